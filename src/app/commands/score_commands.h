#pragma once
/// \file score_commands.h
/// The Scores menu: new candidate, open, save, submit, reveal for debrief, undo of score edits, the
/// debrief PDF and comparing candidates. Score commands never touch the kit or its undo history.

namespace ikit {

class CommandRegistry;
class ScoreSession;
struct CommandContext;

/// What the score commands ask of the scores and debrief workspaces.
class ScoreActions {
public:
    /// Nothing to release.
    virtual ~ScoreActions() = default;
    /// Shows the Scores workspace (with the keyboard focus where entry starts).
    virtual void show_scores() = 0;
    /// Shows the Debrief workspace, on the candidate's page.
    virtual void show_debrief() = 0;
    /// Shows the Debrief workspace on the compare page and asks for score files to add.
    virtual void compare_candidates() = 0;
    /// Submits the scorecard open for entry (today's date).
    virtual void submit_scorecard() = 0;
    /// True when a scorecard is open for entry and may be changed.
    virtual bool can_submit() const = 0;
    /// Asks where to save the open candidate's debrief PDF and writes it.
    virtual void export_debrief() = 0;
};

/// Ids of the score commands (apart from the main list in commands.h, so the two grow without meeting).
enum ScoreCommandId {
    kCmdNewCandidate = 6400,
    kCmdOpenScores,
    kCmdSaveScores,
    kCmdSaveScoresAs,
    kCmdCloseScores,
    kCmdSubmitScorecard,
    kCmdRevealScores,
    kCmdUndoScoreEdit,
    kCmdRedoScoreEdit,
    kCmdExportDebrief,
    kCmdCompareCandidates,
};

/// Scores: New Candidate, Open, Save, Save As, Close, Submit, Reveal for Debrief, Undo/Redo Score Edit,
/// Export Debrief PDF, Compare Candidates.
void register_score_commands(CommandRegistry& registry, const CommandContext& context, ScoreSession& session,
                             ScoreActions& actions);

}  // namespace ikit
