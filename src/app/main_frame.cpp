#include "main_frame.h"

#include "commands/commands.h"
#include "panels/bank_panel.h"
#include "panels/checks_panel.h"
#include "panels/kit_summary.h"
#include "panels/kit_tree_panel.h"
#include "panels/question_editor_panel.h"
#include "prompts.h"
#include "util/text.h"
#include "util/version.h"
#include "wx_text.h"

#include <wx/artprov.h>
#include <wx/dnd.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/statusbr.h>
#include <wx/toolbar.h>

namespace ikit {

namespace {

/// Opens .ikit files dropped anywhere on the window.
class KitFileDropTarget : public wxFileDropTarget {
public:
    explicit KitFileDropTarget(MainFrame& frame) : frame_(frame) {}
    bool OnDropFiles(wxCoord, wxCoord, const wxArrayString& names) override {
        if (names.empty()) return false;
        const std::string path = utf8(names[0]);
        frame_.CallAfter([this, path] { frame_.session().open_path(path); });
        return true;
    }

private:
    MainFrame& frame_;
};

}  // namespace

MainFrame::MainFrame(const AppServices& services)
    : wxFrame(nullptr, wxID_ANY, product_name(), wxDefaultPosition, wxDefaultSize),
      services_(services), document_(KitSession::empty_kit(), "") {
    SetMinSize(FromDIP(wxSize(900, 600)));
    // The icon installed with the desktop file (absent when run from the build tree).
    const wxIcon icon = wxArtProvider::GetIcon("org.interviewkitbuilder.InterviewKitBuilder", wxART_FRAME_ICON);
    if (icon.IsOk()) SetIcon(icon);
    session_ = std::make_unique<KitSession>(document_, services_, this);
    autosaver_ = std::make_unique<Autosaver>(document_, services_.recovery_dir, services_.autosave_interval_ms);
    build_layout();
    build_status_bar();
    register_commands();
    SetDropTarget(new KitFileDropTarget(*this));

    session_->set_file_used_handler([this](const std::string& path) { history_.AddFileToHistory(wx(path)); });
    session_->set_saved_handler([this] { autosaver_->discard(); });
    document_.set_change_listener([this] { on_document_changed(); });
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close, this);
    restore_window_state();
    on_document_changed();
    checks_->run_now(document_.kit());
}

MainFrame::~MainFrame() {
    document_.set_change_listener(nullptr);
    editor_->detach();  // the panes outlive document_ (wx destroys children after this destructor)
}

void MainFrame::build_layout() {
    outer_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    left_ = new wxSplitterWindow(outer_, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    right_ = new wxSplitterWindow(left_, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    bank_ = new BankPanel(left_, services_);
    kit_ = new KitTreePanel(right_, document_);
    editor_ = new QuestionEditorPanel(right_, document_, services_.library);
    checks_ = new ChecksPanel(outer_, services_.rules, services_.checks_delay_ms);
    if (!services_.rules_error.empty()) checks_->set_rules_problem(services_.rules_error);

    for (wxSplitterWindow* s : {left_, right_}) s->SetMinimumPaneSize(FromDIP(120));
    outer_->SetMinimumPaneSize(FromDIP(80));
    // Widths grow in the default proportions: bank 36%, kit 34%, details 30%.
    left_->SetSashGravity(0.36);
    right_->SetSashGravity(0.53);
    outer_->SetSashGravity(1.0);
    left_->SplitVertically(bank_, right_, FromDIP(500));
    right_->SplitVertically(kit_, editor_, FromDIP(380));
    outer_->SplitHorizontally(left_, checks_, -FromDIP(110));

    bank_->set_add_handler([this](const std::vector<const Question*>& questions) { add_bank_questions(questions); });
    kit_->set_selection_handler([this] { editor_->show_question(kit_->selected_question_id()); });
    kit_->set_bank_drop_handler([this](const std::vector<std::string>& ids, QuestionPosition where) {
        std::vector<const Question*> questions;
        for (const auto& id : ids)
            if (const Question* q = services_.library.bank.find(id)) questions.push_back(q);
        add_bank_questions(questions, where);
    });
    kit_->set_file_drop_handler([this](const std::string& path) { session_->open_path(path); });
    checks_->set_select_handler([this](const Finding& finding) {
        if (!finding.question_id.empty()) kit_->select_question(finding.question_id);
        else if (!finding.section_id.empty()) kit_->select_section(finding.section_id);
    });
}

void MainFrame::build_status_bar() {
    CreateStatusBar(3);
    const int widths[] = {FromDIP(130), FromDIP(220), -1};
    GetStatusBar()->SetStatusWidths(3, widths);
}

void MainFrame::register_commands() {
    register_file_commands(commands_, *this);
    register_edit_commands(commands_, *this);
    register_kit_commands(commands_, *this);
    register_help_commands(commands_, *this);
    commands_.set_before_action([this] { editor_->commit(); });
    SetMenuBar(commands_.build_menu_bar());
    // Labels beside the icons: as clear as labels below them, and a good 20 px lower, left to the panes.
    auto* toolbar = CreateToolBar(wxTB_HORIZONTAL | wxTB_FLAT | wxTB_TEXT | wxTB_HORZ_LAYOUT);
    commands_.build_toolbar(toolbar, {wxID_NEW, wxID_OPEN, wxID_SAVE, kCmdExportScorecard, 0, wxID_UNDO, wxID_REDO, 0,
                                      kCmdAddFromBank, wxID_DELETE, 0, kCmdMoveUp, kCmdMoveDown});
    commands_.bind(this);
    commands_.install_aliases(this);
    // The outline would take Alt+Up/Down as plain arrows (moving the selection): route them to Move Up/Down.
    kit_->tree()->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        const int key = event.GetKeyCode();
        if (event.GetModifiers() == wxMOD_ALT && (key == WXK_UP || key == WXK_DOWN || key == WXK_NUMPAD_UP ||
                                                  key == WXK_NUMPAD_DOWN))
            commands_.execute(key == WXK_UP || key == WXK_NUMPAD_UP ? kCmdMoveUp : kCmdMoveDown);
        else
            event.Skip();
    });
    Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
        const wxString path = history_.GetHistoryFile(static_cast<size_t>(event.GetId() - wxID_FILE1));
        editor_->commit();
        if (!session_->open_path(utf8(path)) && !wxFileExists(path)) history_.RemoveFileFromHistory(static_cast<size_t>(event.GetId() - wxID_FILE1));
    }, wxID_FILE1, wxID_FILE9);
}

void MainFrame::add_bank_questions(const std::vector<const Question*>& questions, std::optional<QuestionPosition> where) {
    if (questions.empty()) return;
    editor_->commit();
    if (!where) where = kit_->insertion_point();
    if (!where || document_.kit().sections.empty()) {  // a kit without sections: start one for the first question
        const std::string& competency = questions.front()->main_competency();
        const std::string title = competency.empty() ? "Questions" : services_.library.bank.competency_name(competency);
        document_.add_section(title, 0, competency);
        where = QuestionPosition{0, 0};
    }
    std::string last;
    for (const Question* q : questions) {
        const Rubric* rubric = services_.library.rubrics.for_question(*q);
        last = document_.add_bank_question(*q, rubric ? *rubric : Rubric{}, *where);
        ++where->index;
    }
    kit_->select_question(last);
}

void MainFrame::on_document_changed() {
    kit_->refresh();
    editor_->refresh();
    update_title();
    update_status();
    checks_->schedule(document_.kit());
    const std::string& role = document_.kit().properties.role_id;
    if (role != shown_role_) {
        shown_role_ = role;
        bank_->set_role_filter(role);
    }
    if (!document_.modified()) autosaver_->discard();
}

void MainFrame::update_title() {
    SetTitle(wxString(document_.modified() ? "*" : "") + wx(document_.display_name()) + L" \u2014 " + product_name());
}

void MainFrame::update_status() {
    const KitSummary summary = summarise_kit(document_.kit());
    SetStatusText(wx(summary.questions), 0);
    SetStatusText(wx((summary.over_time ? "\u26a0 " : "") + summary.time), 1);
    SetStatusText(wx((summary.uncovered ? "\u26a0 " : "") + summary.coverage), 2);
}

void MainFrame::offer_recovery() {
    const auto files = Autosaver::find(services_.recovery_dir, autosaver_->recovery_path());
    if (files.empty()) return;
    const RecoveryFile& newest = files.front();
    std::string name = trim(newest.kit.properties.title);
    if (name.empty()) name = kUntitledKitTitle;
    const std::string message = "Interview Kit Builder closed without saving \u201c" + name +
                                "\u201d. Its last autosaved state can be restored.\n\nRestore it now?";
    if (services_.prompts->ask_yes_no(this, "Restore unsaved work", message, "&Restore", "&Discard")) {
        if (!session_->confirm_discard()) return;
        document_.reset(newest.kit, newest.original_path, true);
        autosaver_->tick();  // safe in this session's recovery file before the old one goes
    }
    for (const auto& f : files) Autosaver::remove(f.kit_file);
}

void MainFrame::report_load_problems() {
    if (services_.library.errors.empty()) return;
    services_.prompts->show_problems(
        this, "Some data files could not be loaded",
        "These files were skipped; the rest of the bank and rubrics loaded. Fix or remove them and restart "
        "Interview Kit Builder to use them.",
        services_.library.errors);
}

bool MainFrame::close_kit() {
    if (!session_->confirm_discard()) return false;
    autosaver_->discard();
    document_.reset(KitSession::empty_kit(), "", false);
    return true;
}

void MainFrame::on_close(wxCloseEvent& event) {
    editor_->commit();
    if (!session_->confirm_discard() && event.CanVeto()) {
        event.Veto();
        return;
    }
    save_window_state();
    autosaver_->discard();
    Destroy();
}

}  // namespace ikit
