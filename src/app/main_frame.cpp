#include "main_frame.h"

#include "commands/bank_question_adding.h"
#include "commands/commands.h"
#include "commands/pool_commands.h"
#include "commands/score_commands.h"
#include "commands/suggested_wording.h"
#include "panels/bank_panel.h"
#include "panels/checks_panel.h"
#include "panels/kit_summary.h"
#include "panels/kit_tree_panel.h"
#include "panels/question_editor_panel.h"
#include "panels/control_names.h"
#include "panels/start_panel.h"
#include "prompts.h"
#include "util/version.h"
#include "score_workspaces.h"
#include "workspaces/plan_panel.h"
#include "workspaces/workspace_strip.h"
#include "wx_text.h"

#include <wx/artprov.h>
#include <wx/config.h>
#include <wx/dnd.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/statusbr.h>
#include <wx/toolbar.h>

#include <algorithm>
#include <cstdlib>
#include <set>

namespace ikit {

namespace {

/// Opens .ikit files dropped anywhere on the window.
class KitFileDropTarget : public wxFileDropTarget {
public:
    KitFileDropTarget(wxWindow& window, KitSession& session) : window_(window), session_(session) {}
    bool OnDropFiles(wxCoord, wxCoord, const wxArrayString& names) override {
        if (names.empty()) return false;
        const std::string path = utf8(names[0]);
        window_.CallAfter([this, path] { session_.open_path(path); });
        return true;
    }

private:
    wxWindow& window_;
    KitSession& session_;
};

}  // namespace

MainFrame::MainFrame(const AppServices& services)
    // A real size from the start: panes, toolbar and scrollbars laid out in a default (near 0×0) frame
    // get negative sizes, which GTK reports as criticals once a window manager maps the window.
    : wxFrame(nullptr, wxID_ANY, product_name(), wxDefaultPosition, wxWindow::FromDIP(wxSize(1280, 800), nullptr)),
      services_(services), document_(new_empty_kit(), ""), edits_(document_), selection_(document_),
      session_(edits_, services_, this), autosaver_(edits_, services_.recovery_dir, services_.autosave_interval_ms),
      context_{document_, edits_, session_, selection_, services_, *services_.prompts, clipboard_, history_, *this} {
    SetMinSize(FromDIP(wxSize(900, 600)));
#ifdef __WXGTK__
    // wxGTK shows a top-level window "deferred", once the window manager has said how big its frame is;
    // that first showing allocates the window ~2×2 pixels, and every control in it (toolbar, buttons,
    // scrollbars) a negative size: the GTK criticals seen under a window manager. Show it at once instead
    // (the size is corrected when the frame extents arrive).
    m_deferShow = false;
#endif
    // The icon installed with the desktop file (absent when run from the build tree).
    const wxIcon icon = wxArtProvider::GetIcon("org.interviewkitbuilder.InterviewKitBuilder", wxART_FRAME_ICON);
    if (icon.IsOk()) SetIcon(icon);
    build_layout();
    build_status_bar();
    register_commands();
    SetDropTarget(new KitFileDropTarget(*this, session_));

    session_.set_file_used_handler([this](const std::string& path) { history_.AddFileToHistory(wx(path)); });
    edits_.add_change_listener([this] { on_document_changed(); });
    selection_.add_listener([this] {
        editor_->show_question(selection_.question_id());
        if (!selection_.question_id().empty() && workspaces_->current() == "build") widen_editor_for_question();
    });
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close, this);
    window_state_ = std::make_unique<WindowState>(WindowParts{*this, *left_, *right_, *outer_, *bank_, session_, history_});
    window_state_->restore();
    on_document_changed();
    checks_->run_now(document_.kit());
    show_start(true);
    // Lay the toolbar and the panes out at the window's size now: shown before its first size event, GTK
    // would first allocate them their unset (near 0×0) sizes and report negative sizes.
    SendSizeEvent();
}

MainFrame::~MainFrame() {
    scores_.reset();     // the score panes outlive their session too
    editor_->detach();  // the panes outlive the document and its edit path (wx destroys children after this)
}

void MainFrame::build_layout() {
    // The workspaces above (Build ▸ Plan ▸ …), the checks below them, whatever the workspace.
    outer_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    workspaces_ = new WorkspaceStrip(outer_);
    checks_ = new ChecksPanel(outer_, services_.rules, services_.checks_delay_ms);
    register_workspaces();
    if (!services_.rules_error.empty()) checks_->set_rules_problem(services_.rules_error);
    outer_->SetMinimumPaneSize(FromDIP(80));
    outer_->SetSashGravity(1.0);
    outer_->SplitHorizontally(workspaces_, checks_, -FromDIP(110));
    outer_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (pending_checks_height_ > 0) CallAfter([this] {
            if (pending_checks_height_ > 0) fit_checks_pane(pending_checks_height_);
        });
    });
    checks_->set_select_handler([this](const Finding& finding) {
        // A finding about the plan is shown in the plan, any other in the kit builder.
        if (finding.check == "plan") {
            workspaces_->show("plan");
            plan_->select_item({finding.question_id.empty() ? finding.section_id : "", finding.question_id});
            return;
        }
        if (!finding.question_id.empty() || !finding.section_id.empty()) workspaces_->show("build");
        if (!finding.question_id.empty()) selection_.select_question(finding.question_id);
        else if (!finding.section_id.empty()) selection_.select_section(finding.section_id);
    });
    checks_->set_use_suggestion_handler([this](const Finding& finding) { use_suggested_wording(context_, finding); });
    checks_->set_findings_handler([this](const std::vector<Finding>& findings) { kit_->set_findings(findings); });
    checks_->set_height_handler([this](int height) { fit_checks_pane(height); });
    session_.set_problems_handler([this](const std::vector<Finding>& errors) {
        run_checks();
        if (!errors.empty()) checks_->select_finding(errors.front());
    });
}

void MainFrame::register_workspaces() {
    // One line per workspace, in the strip's order: Build ▸ Plan ▸ Scores ▸ Debrief.
    workspaces_->add({"build", _("&Build"), "Ctrl+1", _("Build the kit: the question bank, the kit's questions and their details"),
                      [this](wxWindow* parent) { return build_kit_builder(parent); }});
    workspaces_->add({"plan", _("&Plan"), "Ctrl+2", _("Plan the interview loop: interviews, interviewers, who asks what, coverage"),
                      [this](wxWindow* parent) { return plan_ = new PlanPanel(parent, edits_); }});
    plan_->set_show_handler([this] { workspaces_->show("plan"); });
    register_score_workspaces();
}

void MainFrame::register_score_workspaces() {
    // Scores and Debrief (issue 18): a candidate's score file, its own document, never part of the kit.
    scores_ = std::make_unique<ScoreWorkspaces>(edits_, *services_.prompts, this,
                                                [this](const std::string& id) { workspaces_->show(id); });
    // Their keys follow the strip's places: Ctrl+3 and Ctrl+4 after Build and Plan.
    auto next_key = [this] { return wxString::Format("Ctrl+%zu", workspaces_->workspaces().size() + 1); };
    workspaces_->add({"scores", _("&Scores"), next_key(), _("Enter an interviewer's scorecard for a candidate, from the keyboard"),
                      [this](wxWindow* parent) { return scores_->make_scores_panel(parent); }});
    workspaces_->add({"debrief", _("&Debrief"), next_key(),
                      _("The candidate's debrief (ratings, evidence, splits, composite) and the comparison of candidates"),
                      [this](wxWindow* parent) { return scores_->make_debrief_panel(parent); }});
}

wxWindow* MainFrame::build_kit_builder(wxWindow* parent) {
    left_ = new wxSplitterWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    left_->SetName(control_name::kBuildWorkspace);
    right_ = new wxSplitterWindow(left_, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    bank_ = new BankPanel(left_, services_);
    kit_ = new KitTreePanel(right_, edits_, selection_);
    editor_ = new QuestionEditorPanel(right_, edits_, services_.library);
    start_ = new StartPanel(left_, StartActions{[this] { session_.new_from_bank(); },
                                                [this] {
                                                    if (session_.new_kit()) show_start(false);
                                                },
                                                [this] { session_.open(); },
                                                [this](const std::string& path) { session_.open_path(path); }});
    start_->Hide();
    // Tab goes bank, kit, details (then the checks): the bank pane was created after the kit's splitter.
    bank_->MoveBeforeInTabOrder(right_);

    for (wxSplitterWindow* s : {left_, right_}) s->SetMinimumPaneSize(FromDIP(120));
    // Width the window gains goes where the work is: 30% to the bank, the rest shared by the kit
    // (whose outline shows whole questions) and the details (where they are written).
    left_->SetSashGravity(0.3);
    right_->SetSashGravity(0.5);
    left_->SplitVertically(bank_, right_, FromDIP(500));
    right_->SplitVertically(kit_, editor_, FromDIP(380));

    bank_->set_add_handler([this](const std::vector<const Question*>& questions) {
        add_bank_questions(context_, questions);
    });
    kit_->set_bank_drop_handler([this](const std::vector<std::string>& ids, QuestionPosition where) {
        std::vector<const Question*> questions;
        for (const auto& id : ids)
            if (const Question* q = services_.library.bank.find(id)) questions.push_back(q);
        add_bank_questions(context_, questions, where);
    });
    kit_->set_file_drop_handler([this](const std::string& path) { session_.open_path(path); });
    kit_->set_move_handler([this](bool up) { commands_.execute(up ? kCmdMoveUp : kCmdMoveDown); });
    return left_;
}

void MainFrame::build_status_bar() {
    CreateStatusBar(3);
    const int widths[] = {FromDIP(130), FromDIP(220), -1};
    GetStatusBar()->SetStatusWidths(3, widths);
}

void MainFrame::register_commands() {
    register_file_commands(commands_, context_);
    register_edit_commands(commands_, context_);
    register_view_commands(commands_, *workspaces_);
    register_kit_commands(commands_, context_);
    register_pool_commands(commands_, editor_->pool_actions());
    register_plan_commands(commands_, context_, *plan_);
    register_score_commands(commands_, context_, scores_->session(), *scores_);
    register_help_commands(commands_, context_);
    commands_.set_before_action([this] { edits_.flush(); });  // every command sees the fields' edits applied
    SetMenuBar(commands_.build_menu_bar());
    // Labels beside the icons: as clear as labels below them, and a good 20 px lower, left to the panes.
    auto* toolbar = CreateToolBar(wxTB_HORIZONTAL | wxTB_FLAT | wxTB_TEXT | wxTB_HORZ_LAYOUT);
    commands_.build_toolbar(toolbar, {kCmdNewFromBank, wxID_NEW, wxID_OPEN, wxID_SAVE, kCmdExportScorecard, 0, wxID_UNDO, wxID_REDO, 0,
                                      kCmdAddFromBank, wxID_DELETE, 0, kCmdMoveUp, kCmdMoveDown});
    // Labels of a longer language (German is a third longer) beside the icons would not all fit the window:
    // below the icons each tool is only as wide as the wider of the two.
    if (toolbar->GetBestSize().x > GetClientSize().x) {
        toolbar->SetWindowStyleFlag(toolbar->GetWindowStyleFlag() & ~wxTB_HORZ_LAYOUT);
        toolbar->Realize();
        toolbar->InvalidateBestSize();
    }
    commands_.bind(this);
    commands_.install_aliases(this);
    Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
        const auto index = static_cast<size_t>(event.GetId() - wxID_FILE1);
        const wxString path = history_.GetHistoryFile(index);
        if (!session_.open_path(utf8(path)) && !wxFileExists(path)) history_.RemoveFileFromHistory(index);
    }, wxID_FILE1, wxID_FILE9);
}

void MainFrame::on_document_changed() {
    selection_.forget_missing();
    kit_->refresh();
    editor_->refresh();
    update_title();
    update_status();
    checks_->schedule(document_.kit());
    std::set<std::string> in_kit;
    for (const auto& s : document_.kit().sections)
        for (const auto& q : s.questions)
            if (!q.bank_id.empty()) in_kit.insert(q.bank_id);
    bank_->set_questions_in_kit(std::move(in_kit));
    if (start_page_shown() && (document_.modified() || !document_.path().empty() || document_.kit().question_count() > 0))
        show_start(false);
    const std::string& role = document_.kit().properties.role_id;
    if (role != shown_role_) {
        shown_role_ = role;
        bank_->set_role_filter(role);
    }
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
    const auto files = Autosaver::find(services_.recovery_dir, autosaver_.recovery_path());
    if (files.empty()) return;
    const RecoveryFile& newest = files.front();
    const std::string name = KitDocument(newest.kit, "").display_name();
    const std::string message = utf8(wxString::Format(
        _(L"Interview Kit Builder closed without saving \u201c%s\u201d. Its last autosaved state can be restored."
          "\n\nRestore it now?"),
        wx(name)));
    if (services_.prompts->ask_yes_no(this, utf8(_("Restore unsaved work")), message, utf8(_("&Restore")),
                                      utf8(_("&Discard")))) {
        if (!session_.confirm_discard()) return;
        edits_.apply([&](KitDocument& doc) { doc.reset(newest.kit, newest.original_path, true); });
        autosaver_.tick();  // safe in this session's recovery file before the old one goes
    }
    for (const auto& f : files) Autosaver::remove(f.kit_file);
}

void MainFrame::report_load_problems() {
    if (services_.library.errors.empty()) return;
    services_.prompts->show_problems(
        this, utf8(_("Some data files could not be loaded")),
        utf8(_("These files were skipped; the rest of the bank and rubrics loaded. Fix or remove them and restart "
               "Interview Kit Builder to use them.")),
        services_.library.errors);
}

void MainFrame::on_close(wxCloseEvent& event) {
    // Unsaved scores are asked about first: they are not in the kit, its autosave or its recovery file.
    if (!scores_->session().confirm_discard() && event.CanVeto()) {
        event.Veto();
        return;
    }
    // Closing the kit resets the document, which takes the recovery file with it; when the close
    // cannot be refused and the user cancels, the file stays to be offered back at the next start.
    if (!session_.close_kit() && event.CanVeto()) {
        event.Veto();
        return;
    }
    save_window_state();
    Destroy();
}

std::vector<const Question*> MainFrame::selected_bank_questions() const { return bank_->selected_questions(); }

bool MainFrame::focus_in_bank() const {
    // Outside the kit builder, Delete and Cut leave the kit's questions alone too.
    if (workspaces_->current() != "build") return true;
    for (wxWindow* w = wxWindow::FindFocus(); w; w = w->GetParent())
        if (w == bank_) return true;
    return false;
}

void MainFrame::focus_question_text() { editor_->focus_text(); }

void MainFrame::run_checks() {
    edits_.flush();
    checks_->run_now(document_.kit());
    // The pane may have been dragged nearly shut: give it the room its findings want, and the focus.
    fit_checks_pane(checks_->wanted_height());
    checks_->focus_findings();
    // TRANSLATORS: the status bar after Run Checks; %s is the checks' summary, e.g. "2 errors, 1 warning".
    SetStatusText(wxString::Format(_("Checks: %s"), checks_->summary()), 2);
}

void MainFrame::focus_bank_search() { bank_->focus_search(); }

bool MainFrame::start_page_shown() const { return start_ && start_->IsShown(); }

void MainFrame::show_start(bool shown) {
    if (shown == start_page_shown()) return;
    if (shown) {
        std::vector<StartKit> recent;
        for (size_t i = 0; i < history_.GetCount(); ++i) {
            const std::string path = utf8(history_.GetHistoryFile(i));
            recent.push_back({utf8(wxFileName(wx(path)).GetName()), path});
        }
        start_->set_kits(recent, sample_kits(services_.paths.kits_dir()));
        left_->ReplaceWindow(right_, start_);
        right_->Hide();
        start_->Show();
    } else {
        left_->ReplaceWindow(start_, right_);
        start_->Hide();
        right_->Show();
    }
    left_->UpdateSize();
}

void MainFrame::fit_checks_pane(int wanted_height) {
    const int height = outer_->GetClientSize().y;
    // Before the window has its size (while it is being built) the height means nothing: a sash set
    // from it squeezed the panes above to a few pixels. Fit once the splitter has its real size.
    if (!outer_->IsShownOnScreen() || height < GetMinSize().y / 2) {
        pending_checks_height_ = wanted_height;
        return;
    }
    pending_checks_height_ = 0;
    // The checks take what their findings want, but never more than 40% of the height, nor so much
    // that the bank's filters, list and details lose the room they need above.
    const int pane = std::max(FromDIP(60), std::min({wanted_height, height * 2 / 5, height - FromDIP(440)}));
    const int sash = height - pane - outer_->GetSashSize();
    if (std::abs(outer_->GetSashPosition() - sash) > FromDIP(4)) outer_->SetSashPosition(sash);
}

void MainFrame::widen_editor_for_question() {
    // Writing a question needs room: when a kit question is chosen and the details pane is narrower
    // than a writer's line, the bank gives up width first, then the kit.
    const int total = left_->GetClientSize().x;
    const int want = std::min(FromDIP(520), total * 2 / 5);
    const int editor = right_->GetClientSize().x - right_->GetSashPosition() - right_->GetSashSize();
    if (total <= 0 || editor >= want) return;
    int need = want - editor;
    const int bank = left_->GetSashPosition();
    const int bank_now = std::max(std::min(bank, std::max(FromDIP(260), total / 4)), bank - need);
    // While the bank narrows the kit keeps its width, so the details gain it all.
    const double gravity = right_->GetSashGravity();
    right_->SetSashGravity(0.0);
    if (bank_now < bank) left_->SetSashPosition(bank_now);
    need -= bank - bank_now;
    const int kit = right_->GetSashPosition();
    const int kit_now = std::max(std::min(kit, FromDIP(230)), kit - need);
    if (need > 0 && kit_now < kit) right_->SetSashPosition(kit_now);
    CallAfter([this, gravity] { right_->SetSashGravity(gravity); });
}

}  // namespace ikit
