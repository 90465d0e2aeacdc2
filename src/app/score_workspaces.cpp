#include "score_workspaces.h"

#include "edit_path.h"
#include "panels/compare_panel.h"
#include "panels/debrief_panel.h"
#include "panels/scorecard_form.h"
#include "panels/scores_panel.h"
#include "prompts.h"

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
    // INTERIM: the core's debrief PDF arrives with scores-core.
}

}  // namespace ikit
