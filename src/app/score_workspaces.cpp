#include "score_workspaces.h"

#include "edit_path.h"
#include "panels/compare_panel.h"
#include "panels/debrief_panel.h"
#include "panels/scorecard_form.h"
#include "panels/scores_panel.h"
#include "prompts.h"

#include "export/debrief_pdf.h"
#include "io/atomic_file.h"
#include "print/print_language.h"
#include "scoring/combination.h"
#include "scoring/score_reports.h"
#include "util/file_name.h"
#include "wx_text.h"

#include <wx/filename.h>
#include <wx/utils.h>
#include <wx/window.h>

namespace ikit {

ScoreWorkspaces::ScoreWorkspaces(EditPath& edits, Prompts& prompts, wxWindow* dialog_parent,
                                 std::function<void(const std::string&)> show_workspace)
    : edits_(edits), prompts_(prompts), dialog_parent_(dialog_parent), show_workspace_(std::move(show_workspace)),
      session_(document_, edits, prompts, dialog_parent) {}

ScoreWorkspaces::~ScoreWorkspaces() {
    session_.set_flush(nullptr);
    if (scores_) scores_->detach();
    if (debrief_) debrief_->detach();
}

wxWindow* ScoreWorkspaces::make_scores_panel(wxWindow* parent) {
    if (!scores_) scores_ = new ScoresPanel(parent, session_, edits_);
    return scores_;
}

wxWindow* ScoreWorkspaces::make_debrief_panel(wxWindow* parent) {
    if (!debrief_) debrief_ = new DebriefPanel(parent, session_, edits_, [this] { export_debrief(); });
    return debrief_;
}

void ScoreWorkspaces::show_scores() {
    if (show_workspace_) show_workspace_("scores");
    if (scores_) scores_->focus_entry();
}

void ScoreWorkspaces::show_debrief() {
    if (show_workspace_) show_workspace_("debrief");
    if (debrief_) debrief_->show_compare(false);
}

void ScoreWorkspaces::compare_candidates() {
    if (show_workspace_) show_workspace_("debrief");
    if (!debrief_) return;
    debrief_->show_compare(true);
    debrief_->compare().choose_files();
}

bool ScoreWorkspaces::can_submit() const {
    return scores_ && document_.is_open() && !session_.interviewer().empty() && !session_.read_only();
}

void ScoreWorkspaces::submit_scorecard() {
    if (!can_submit()) return;
    scores_->submit();
}

void ScoreWorkspaces::export_debrief() {
    session_.flush();
    if (!document_.is_open() || !session_.others_visible()) return;
    const ScoreSheet& sheet = document_.sheet();
    const Kit& kit = session_.kit();
    const std::string name = safe_file_stem("Debrief " + sheet.candidate, "debrief") + ".pdf";
    const std::string path = prompts_.choose_pdf_file(dialog_parent_, session_.last_folder(), name);
    if (path.empty()) return;
    try {
        const Combination combination = combine(kit, sheet);
        const DebriefInput debrief{kit, sheet, combination, compare_kit_identity(sheet.kit, kit)};
        ScorePdfOptions options;
        options.paper = effective_paper(kit.properties.paper);
        options.labels = print_translator(kit, "");  // the kit's language, else the user's
        const ScorePdf pdf = render_debrief_pdf(debrief, options);
        write_file_atomically(path, pdf.bytes);
        std::string message = "The debrief of " + sheet.candidate + " was written to " + path + ".";
        for (const auto& warning : pdf.warnings) message += "\n" + warning;
        switch (prompts_.ask_after_export(dialog_parent_, message)) {
            case ExportedChoice::Open:
                if (pdf_opener_) pdf_opener_(path);
                else wxLaunchDefaultApplication(wx(path));
                break;
            case ExportedChoice::ShowInFolder: wxLaunchDefaultApplication(wxFileName(wx(path)).GetPath()); break;
            case ExportedChoice::Close: break;
        }
    } catch (const std::exception& e) {
        prompts_.show_error(dialog_parent_, "Could not export the debrief", e.what());
    }
}

}  // namespace ikit
