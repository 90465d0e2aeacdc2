// Scores menu: a candidate's score file (new, open, save, close), the scorecard open for entry
// (submit, reveal the others for the debrief, undo of score edits), the debrief PDF and comparing.

#include "commands/score_commands.h"

#include "commands/command_context.h"
#include "commands/command_registry.h"
#include "score_session.h"
#include "wx_text.h"

namespace ikit {

void register_score_commands(CommandRegistry& registry, const CommandContext&, ScoreSession& session,
                             ScoreActions& actions) {
    const wxString menu = "&Scores";
    ScoreDocument& doc = session.document();
    auto open = [&doc] { return doc.is_open(); };
    registry.add(Command(kCmdNewCandidate, menu, L"&New Candidate\u2026").keys("Ctrl+Alt+N")
                     .described("Start a candidate's scores in a score file you choose (never inside the kit)")
                     .runs([&session, &actions] {
                         if (session.new_candidate()) actions.show_scores();
                     }));
    registry.add(Command(kCmdOpenScores, menu, L"&Open Scores\u2026").keys("Ctrl+Alt+O")
                     .described("Open a candidate's score file (.iscore)")
                     .runs([&session, &actions] {
                         if (session.open()) actions.show_scores();
                     }));
    registry.add(Command(kCmdSaveScores, menu, "&Save Scores").keys("Ctrl+Alt+S")
                     .described("Save the candidate's score file").enabled_when(open)
                     .runs([&session] { session.save(); }));
    registry.add(Command(kCmdSaveScoresAs, menu, L"Save Scores &As\u2026")
                     .described("Save the candidate's scores under a new name").enabled_when(open)
                     .runs([&session] { session.save_as(); }));
    registry.add(Command(kCmdCloseScores, menu, "&Close Scores").described("Close the candidate's score file")
                     .enabled_when(open).runs([&session] { session.close(); }));
    registry.add_separator(menu);
    registry.add(Command(kCmdSubmitScorecard, menu, "S&ubmit Scorecard").keys("Ctrl+Alt+Enter")
                     .described("Record today as the date the open scorecard was submitted")
                     .enabled_when([&actions] { return actions.can_submit(); })
                     .runs([&actions] { actions.submit_scorecard(); }));
    registry.add(Command(kCmdRevealScores, menu, L"&Reveal for Debrief\u2026").keys("Ctrl+Alt+R")
                     .described("Show the other interviewers' ratings of this candidate")
                     .enabled_when([&session, open] { return open() && !session.revealed(); })
                     .runs([&session] { session.reveal(); }));
    registry.add(Command(kCmdUndoScoreEdit, menu, "Undo Score Edit").keys("Ctrl+Alt+Z")
                     .described("Take back the last change to the scores (the kit is not touched)")
                     .enabled_when([&doc] { return doc.can_undo(); })
                     .labelled_by([&doc] {
                         return doc.can_undo() ? "Undo " + wx(doc.undo_description()) : wxString("Undo Score Edit");
                     })
                     .runs([&session, &doc] {
                         session.flush();
                         doc.undo();
                     }));
    registry.add(Command(kCmdRedoScoreEdit, menu, "Redo Score Edit").keys("Ctrl+Alt+Y")
                     .described("Repeat the score change last taken back")
                     .enabled_when([&doc] { return doc.can_redo(); })
                     .labelled_by([&doc] {
                         return doc.can_redo() ? "Redo " + wx(doc.redo_description()) : wxString("Redo Score Edit");
                     })
                     .runs([&doc] { doc.redo(); }));
    registry.add_separator(menu);
    registry.add(Command(kCmdExportDebrief, menu, L"Export &Debrief PDF\u2026").keys("Ctrl+Alt+D")
                     .described("Write the candidate's debrief (ratings, evidence, splits, composite) as a PDF")
                     .enabled_when([&session, open] { return open() && session.others_visible(); })
                     .runs([&actions] { actions.export_debrief(); }));
    // Keys the scorecard form handles itself.
    registry.add_key_note(menu, "Type a rating in a scorecard (0 = no evidence, Backspace clears)", L"1\u20139, 0");
    registry.add_key_note(menu, "Undo or redo a score edit, in the Scores workspace", "Ctrl+Z, Ctrl+Y");
    registry.add(Command(kCmdCompareCandidates, menu, L"Co&mpare Candidates\u2026")
                     .described("Rank several candidates' score files side by side")
                     .runs([&actions] { actions.compare_candidates(); }));
}

}  // namespace ikit
