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
    const wxString menu = _("&Scores");
    ScoreDocument& doc = session.document();
    auto open = [&doc] { return doc.is_open(); };
    registry.add(Command(kCmdNewCandidate, menu, _(L"&New Candidate\u2026")).keys("Ctrl+Alt+N")
                     .described(_("Start a candidate's scores in a score file you choose (never inside the kit)"))
                     .runs([&session, &actions] {
                         if (session.new_candidate()) actions.show_scores();
                     }));
    registry.add(Command(kCmdOpenScores, menu, _(L"&Open Scores\u2026")).keys("Ctrl+Alt+O")
                     .described(_("Open a candidate's score file (.iscore)"))
                     .runs([&session, &actions] {
                         if (session.open()) actions.show_scores();
                     }));
    registry.add(Command(kCmdSaveScores, menu, _("&Save Scores")).keys("Ctrl+Alt+S")
                     .described(_("Save the candidate's score file")).enabled_when(open)
                     .runs([&session] { session.save(); }));
    registry.add(Command(kCmdSaveScoresAs, menu, _(L"Save Scores &As\u2026"))
                     .described(_("Save the candidate's scores under a new name")).enabled_when(open)
                     .runs([&session] { session.save_as(); }));
    registry.add(Command(kCmdCloseScores, menu, _("&Close Scores")).described(_("Close the candidate's score file"))
                     .enabled_when(open).runs([&session] { session.close(); }));
    registry.add_separator(menu);
    registry.add(Command(kCmdSubmitScorecard, menu, _("S&ubmit Scorecard")).keys("Ctrl+Alt+Enter")
                     .described(_("Record today as the date the open scorecard was submitted"))
                     .enabled_when([&actions] { return actions.can_submit(); })
                     .runs([&actions] { actions.submit_scorecard(); }));
    registry.add(Command(kCmdRevealScores, menu, _(L"&Reveal for Debrief\u2026")).keys("Ctrl+Alt+R")
                     .described(_("Show the other interviewers' ratings of this candidate"))
                     .enabled_when([&session, open] { return open() && !session.revealed(); })
                     .runs([&session] { session.reveal(); }));
    registry.add(Command(kCmdUndoScoreEdit, menu, _("Undo Score Edit")).keys("Ctrl+Alt+Z")
                     .described(_("Take back the last change to the scores (the kit is not touched)"))
                     .enabled_when([&doc] { return doc.can_undo(); })
                     .labelled_by([&doc] {
                         // TRANSLATORS: %s is the score edit taken back, e.g. "Rate question 2".
                         return doc.can_undo() ? wxString::Format(_("Undo %s"), label_text(doc.undo_description()))
                                               : _("Undo Score Edit");
                     })
                     .runs([&session, &doc] {
                         session.flush();
                         doc.undo();
                     }));
    registry.add(Command(kCmdRedoScoreEdit, menu, _("Redo Score Edit")).keys("Ctrl+Alt+Y")
                     .described(_("Repeat the score change last taken back"))
                     .enabled_when([&doc] { return doc.can_redo(); })
                     .labelled_by([&doc] {
                         // TRANSLATORS: %s is the score edit repeated, e.g. "Rate question 2".
                         return doc.can_redo() ? wxString::Format(_("Redo %s"), label_text(doc.redo_description()))
                                               : _("Redo Score Edit");
                     })
                     .runs([&doc] { doc.redo(); }));
    registry.add_separator(menu);
    registry.add(Command(kCmdExportDebrief, menu, _(L"Export &Debrief PDF\u2026")).keys("Ctrl+Alt+D")
                     .described(_("Write the candidate's debrief (ratings, evidence, splits, composite) as a PDF"))
                     .enabled_when([&session, open] { return open() && session.others_visible(); })
                     .runs([&actions] { actions.export_debrief(); }));
    // Keys the scorecard form handles itself.
    registry.add_key_note(menu, _("Type a rating in a scorecard (0 = no evidence, Backspace clears)"), L"1\u20139, 0");
    registry.add_key_note(menu, _("Undo or redo a score edit, in the Scores workspace"), "Ctrl+Z, Ctrl+Y");
    registry.add(Command(kCmdCompareCandidates, menu, _(L"Co&mpare Candidates\u2026"))
                     .described(_("Rank several candidates' score files side by side"))
                     .runs([&actions] { actions.compare_candidates(); }));
}

}  // namespace ikit
