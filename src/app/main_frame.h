#pragma once
/// \file main_frame.h
/// The main window: lays out the workspace strip (Build: the bank, kit and details panes; Plan; …)
/// above the checks pane, the menus and toolbar built from the command registry, and the status bar;
/// keeps them in step with the open KitDocument, which every part changes through the one EditPath.

#include "app_services.h"
#include "autosaver.h"
#include "commands/command_context.h"
#include "commands/command_registry.h"
#include "commands/window_actions.h"
#include "document/kit_document.h"
#include "edit_path.h"
#include "kit_clipboard.h"
#include "kit_selection.h"
#include "kit_session.h"
#include "window_state.h"

#include <wx/filehistory.h>
#include <wx/frame.h>

#include <memory>
#include <string>
#include <vector>

class wxSplitterWindow;

namespace ikit {

class BankPanel;
class ChecksPanel;
class KitTreePanel;
class PlanPanel;
class QuestionEditorPanel;
class StartPanel;
class ScoreWorkspaces;
class WorkspaceStrip;

/// The app's one top-level window.
class MainFrame : public wxFrame, private WindowActions {
public:
    /// Builds the window over `services` (which must outlive it) with a new empty kit.
    explicit MainFrame(const AppServices& services);
    ~MainFrame() override;

    /// What the commands work with: the open kit, the edit path, session, selection, services, ….
    const CommandContext& context() const { return context_; }
    /// The menu, shortcut and toolbar commands.
    CommandRegistry& commands() { return commands_; }
    /// The Scores and Debrief workspaces and their open score sheet.
    ScoreWorkspaces& scores() { return *scores_; }
    /// The recovery file writer.
    Autosaver& autosaver() { return autosaver_; }

    /// Offers to restore a kit autosaved by an earlier session that did not close normally.
    void offer_recovery();
    /// Shows the bank files that failed to load, if any.
    void report_load_problems();
    /// True while the start page stands in place of the kit (until a kit is chosen or edited).
    bool start_page_shown() const;
    /// Writes window size, splitters, last folder and recent files to wxConfig.
    void save_window_state() { window_state_->save(); }

private:
    void build_layout();
    void register_workspaces();
    wxWindow* build_kit_builder(wxWindow* parent);
    void register_score_workspaces();
    void build_status_bar();
    void register_commands();
    void on_document_changed();
    void update_title();
    void update_status();
    void on_close(wxCloseEvent& event);
    void show_start(bool shown);
    void fit_checks_pane(int wanted_height);
    void widen_editor_for_question();

    // WindowActions, for the commands
    wxWindow* dialog_parent() override { return this; }
    std::vector<const Question*> selected_bank_questions() const override;
    bool focus_in_bank() const override;
    void focus_question_text() override;
    void run_checks() override;
    void focus_bank_search() override;
    void show_start_page() override { show_start(true); }
    void close_window() override { Close(); }

    const AppServices& services_;
    KitDocument document_;
    EditPath edits_;
    KitSelection selection_;
    KitSession session_;
    Autosaver autosaver_;
    KitClipboard clipboard_;
    wxFileHistory history_;
    CommandContext context_;
    CommandRegistry commands_;
    std::unique_ptr<WindowState> window_state_;
    wxSplitterWindow* outer_ = nullptr;
    WorkspaceStrip* workspaces_ = nullptr;
    wxSplitterWindow* left_ = nullptr;
    wxSplitterWindow* right_ = nullptr;
    BankPanel* bank_ = nullptr;
    KitTreePanel* kit_ = nullptr;
    QuestionEditorPanel* editor_ = nullptr;
    ChecksPanel* checks_ = nullptr;
    StartPanel* start_ = nullptr;
    PlanPanel* plan_ = nullptr;
    std::string shown_role_;
    int pending_checks_height_ = 0;  // the checks pane's wanted height, until the window has its size
    std::unique_ptr<ScoreWorkspaces> scores_;  // the Scores and Debrief workspaces (issue 18)
};

}  // namespace ikit
