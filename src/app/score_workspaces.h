#pragma once
/// \file score_workspaces.h
/// The Scores and Debrief workspaces and what they share: the open score sheet (its own document,
/// never part of the kit) and its session. The main window holds one of these, adds its two panels
/// to the workspace strip and its commands to the registry, and asks it before closing.

#include "commands/score_commands.h"
#include "score_document.h"
#include "score_session.h"

#include <functional>
#include <string>

class wxWindow;

namespace ikit {

class DebriefPanel;
class EditPath;
class Prompts;
class ScoresPanel;

/// The scores and debrief workspaces of the main window.
class ScoreWorkspaces : public ScoreActions {
public:
    /// Works over the kit of `edits` (read only); dialogs through `prompts` parented to `dialog_parent`;
    /// `show_workspace` shows the workspace of an id ("scores", "debrief").
    ScoreWorkspaces(EditPath& edits, Prompts& prompts, wxWindow* dialog_parent,
                    std::function<void(const std::string&)> show_workspace);
    /// Leaves the panels without a session (they may outlive it while the window is destroyed).
    ~ScoreWorkspaces() override;
    /// Not copyable: the panels point at its session.
    ScoreWorkspaces(const ScoreWorkspaces&) = delete;
    /// Not assignable, for the same reason.
    ScoreWorkspaces& operator=(const ScoreWorkspaces&) = delete;

    /// The open score sheet's session.
    ScoreSession& session() { return session_; }
    /// Builds the Scores workspace's panel under `parent` (once).
    wxWindow* make_scores_panel(wxWindow* parent);
    /// Builds the Debrief workspace's panel under `parent` (once).
    wxWindow* make_debrief_panel(wxWindow* parent);
    /// The Scores panel (nullptr until made).
    ScoresPanel* scores_panel() const { return scores_; }
    /// The Debrief panel (nullptr until made).
    DebriefPanel* debrief_panel() const { return debrief_; }
    /// Sets what opens a written PDF (default: the desktop's viewer, after asking).
    void set_pdf_opener(std::function<void(const std::string&)> opener) { pdf_opener_ = std::move(opener); }

    void show_scores() override;
    void show_debrief() override;
    void compare_candidates() override;
    void submit_scorecard() override;
    bool can_submit() const override;
    void export_debrief() override;

private:
    EditPath& edits_;
    Prompts& prompts_;
    wxWindow* dialog_parent_;
    std::function<void(const std::string&)> show_workspace_;
    std::function<void(const std::string&)> pdf_opener_;
    ScoreDocument document_;
    ScoreSession session_;
    ScoresPanel* scores_ = nullptr;
    DebriefPanel* debrief_ = nullptr;
};

}  // namespace ikit
