#pragma once
/// \file main_frame.h
/// The main window: lays out the bank, kit, details and checks panes, the menus and toolbar built
/// from the command registry, and the status bar; keeps them in step with the open KitDocument.

#include "app_services.h"
#include "autosaver.h"
#include "commands/command_registry.h"
#include "document/kit_document.h"
#include "kit_clipboard.h"
#include "kit_session.h"

#include <wx/filehistory.h>
#include <wx/frame.h>

#include <memory>
#include <optional>
#include <vector>

class wxSplitterWindow;

namespace ikit {

class BankPanel;
class ChecksPanel;
class KitTreePanel;
class QuestionEditorPanel;

/// The app's one top-level window.
class MainFrame : public wxFrame {
public:
    /// Builds the window over `services` (which must outlive it) with a new empty kit.
    explicit MainFrame(const AppServices& services);
    ~MainFrame() override;

    KitDocument& document() { return document_; }                 ///< the open kit
    KitSession& session() { return *session_; }                   ///< file actions
    const AppServices& services() const { return services_; }     ///< shared services
    CommandRegistry& commands() { return commands_; }             ///< menus and toolbar commands
    KitClipboard& clipboard() { return clipboard_; }              ///< copied questions
    Autosaver& autosaver() { return *autosaver_; }                ///< recovery file writer
    wxFileHistory& file_history() { return history_; }            ///< Open Recent
    BankPanel* bank_panel() const { return bank_; }               ///< left pane
    KitTreePanel* kit_panel() const { return kit_; }              ///< centre pane
    QuestionEditorPanel* editor_panel() const { return editor_; } ///< right pane
    ChecksPanel* checks_panel() const { return checks_; }         ///< bottom pane

    /// Adds bank questions at `where` (default: the kit's insertion point), each with its default rubric.
    void add_bank_questions(const std::vector<const Question*>& questions,
                            std::optional<QuestionPosition> where = std::nullopt);
    /// Offers to restore a kit autosaved by an earlier session that did not close normally.
    void offer_recovery();
    /// Shows the bank files that failed to load, if any.
    void report_load_problems();
    /// Closes the open kit (asking about unsaved changes) and starts a new empty one.
    bool close_kit();
    /// Writes window size, splitters, last folder and recent files to wxConfig.
    void save_window_state();

private:
    void build_layout();
    void build_status_bar();
    void register_commands();
    void on_document_changed();
    void update_title();
    void update_status();
    void on_close(wxCloseEvent& event);
    void restore_window_state();

    const AppServices& services_;
    KitDocument document_;
    std::unique_ptr<KitSession> session_;
    std::unique_ptr<Autosaver> autosaver_;
    CommandRegistry commands_;
    KitClipboard clipboard_;
    wxFileHistory history_;
    wxSplitterWindow* outer_ = nullptr;
    wxSplitterWindow* left_ = nullptr;
    wxSplitterWindow* right_ = nullptr;
    BankPanel* bank_ = nullptr;
    KitTreePanel* kit_ = nullptr;
    QuestionEditorPanel* editor_ = nullptr;
    ChecksPanel* checks_ = nullptr;
    std::string shown_role_;
};

}  // namespace ikit
