#include "workspaces/plan_panel.h"

#include "edit_path.h"
#include "model/coverage_matrix.h"
#include "panels/control_names.h"
#include "panels/ui_style.h"
#include "workspaces/coverage_grid.h"
#include "workspaces/interview_list.h"
#include "workspaces/plan_question_list.h"
#include "workspaces/time_bar.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/artprov.h>
#include <wx/bmpbuttn.h>
#include <wx/button.h>
#include <wx/grid.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/translation.h>

#include <algorithm>

namespace ikit {

namespace {

/// Below this width (in DIPs) the selected interview's details go below the interviews, not beside them:
/// side by side in the 60% of a 1024-pixel window they cut their labels and texts.
constexpr int kSideBySideWidth = 1100;

std::string interviewers_line(const Interview& interview) {
    std::string line;
    for (const auto& slot : interview.interviewers) line += (line.empty() ? "" : ", ") + slot.display_name();
    return line;
}

/// A small square of `colour` and its meaning, for the coverage legend.
void add_swatch(wxWindow* parent, wxSizer* sizer, const wxColour& colour, const wxString& meaning) {
    auto* swatch = new wxPanel(parent, wxID_ANY, wxDefaultPosition, parent->FromDIP(wxSize(12, 12)), wxBORDER_SIMPLE);
    swatch->SetBackgroundColour(colour);
    sizer->Add(swatch, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, parent->FromDIP(5));
    auto* text = new wxStaticText(parent, wxID_ANY, meaning);
    text->SetForegroundColour(muted_text_colour());
    sizer->Add(text, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, parent->FromDIP(16));
}

wxButton* icon_button(wxWindow* parent, const wxArtID& art, const wxString& tip) {
    auto* button = new wxBitmapButton(parent, wxID_ANY, wxArtProvider::GetBitmapBundle(art, wxART_BUTTON));
    button->SetToolTip(tip);
    return button;
}

}  // namespace

PlanPanel::PlanPanel(wxWindow* parent, EditPath& edits)
    : wxPanel(parent, wxID_ANY), edits_(edits), document_(edits.document()), deferred_(*this, [this] { update(); }) {
    SetName(control_name::kPlanWorkspace);
    split_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    split_->SetMinimumPaneSize(FromDIP(200));
    split_->SetSashGravity(0.4);
    questions_ = new PlanQuestionList(split_, document_);
    right_ = new wxPanel(split_);
    split_->SplitVertically(questions_, right_, FromDIP(470));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(split_, 1, wxEXPAND);
    SetSizer(sizer);
    // The questions take 40% of the width the first time the workspace has a real size (set before, the
    // sash was clamped to the near-empty panel's width); the rest goes to the interviews and coverage.
    split_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        const int width = event.GetSize().x;
        if (sash_placed_ || width < FromDIP(600)) return;
        sash_placed_ = true;
        CallAfter([this] { split_->SetSashPosition(split_->GetClientSize().x * 2 / 5); });
    });

    // While the kit has no plan: what a plan is, and the one button that starts one.
    auto* right_sizer = new wxBoxSizer(wxVERTICAL);
    empty_ = new wxPanel(right_);
    empty_->SetName(control_name::kPlanEmpty);
    auto* empty_sizer = new wxBoxSizer(wxVERTICAL);
    empty_sizer->AddStretchSpacer(1);
    empty_sizer->Add(make_heading(empty_, _("One interview, or a loop?")), 0, wxALIGN_CENTER_HORIZONTAL | wxBOTTOM, FromDIP(10));
    auto* explain = make_hint(empty_, _(L"This kit is one interview: everyone asks every question. Split it into a loop "
                                         "\u2014 a phone screen, a few panel interviews, the hiring manager \u2014 each with "
                                         "its own interviewers and a few competencies to focus on, so that every "
                                         "competency is rated independently by at least two people."));
    explain->Wrap(FromDIP(460));
    empty_sizer->Add(explain, 0, wxALIGN_CENTER_HORIZONTAL | wxBOTTOM, FromDIP(14));
    auto* start = new wxButton(empty_, wxID_ANY, _("Add the First Interview"));
    start->SetName(control_name::kPlanAddInterview);
    start->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const std::string id = add_interview(edits_, "");
        select_interview(id);
        focus_interview_name();
    });
    empty_sizer->Add(start, 0, wxALIGN_CENTER_HORIZONTAL);
    empty_sizer->AddStretchSpacer(2);
    empty_->SetSizer(empty_sizer);
    right_sizer->Add(empty_, 1, wxEXPAND);

    loop_ = new wxScrolledWindow(right_, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    loop_->SetScrollRate(0, FromDIP(12));
    auto* loop_sizer = new wxBoxSizer(wxVERTICAL);
    top_ = new wxBoxSizer(wxHORIZONTAL);
    auto* top = top_;

    // The interviews, in the order the candidate meets them.
    auto* interviews = new wxBoxSizer(wxVERTICAL);
    auto* head = new wxBoxSizer(wxHORIZONTAL);
    head->Add(make_heading(loop_, _("Interviews")), 1, wxALIGN_CENTER_VERTICAL);
    auto* add = new wxButton(loop_, wxID_ANY, _("Add"));
    add->SetToolTip(_("Add an interview at the end of the loop (Ctrl+Shift+I)"));
    remove_ = new wxButton(loop_, wxID_ANY, _("Remove"));
    remove_->SetToolTip(_("Remove the selected interview; its questions are then in no interview (Del)"));
    earlier_ = icon_button(loop_, wxART_GO_UP, _("Move the selected interview earlier (Alt+Up)"));
    later_ = icon_button(loop_, wxART_GO_DOWN, _("Move the selected interview later (Alt+Down)"));
    for (wxWindow* b : std::initializer_list<wxWindow*>{add, remove_, earlier_, later_})
        head->Add(b, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(4));
    interviews->Add(head, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
    list_ = new InterviewList(loop_);
    list_->SetName(control_name::kPlanInterviews);
    // Four interviews in sight (a loop rarely has more; more scroll), the rest of the height to the coverage.
    list_->SetMinSize(wxSize(FromDIP(260), 4 * (list_->GetCharHeight() * 2 + FromDIP(14)) + FromDIP(4)));
    interviews->Add(list_, 1, wxEXPAND);
    top->Add(interviews, 1, wxEXPAND | wxRIGHT, FromDIP(14));

    // The selected interview.
    auto* details = new wxBoxSizer(wxVERTICAL);
    build_details(loop_, details);
    top->Add(details, 1, wxEXPAND);
    loop_sizer->Add(top, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));

    // The coverage matrix, with its legend.
    auto* coverage_head = new wxBoxSizer(wxHORIZONTAL);
    coverage_head->Add(make_heading(loop_, _("Coverage")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(18));
    add_swatch(loop_, coverage_head, gap_colour(), _("not assessed"));
    add_swatch(loop_, coverage_head, single_rater_colour(), _("one interviewer only"));
    loop_sizer->Add(coverage_head, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
    // The note (questions in no interview, …) on a line of its own: beside the legend it is cut when narrow.
    coverage_note_ = new wxStaticText(loop_, wxID_ANY, "");
    coverage_note_->SetForegroundColour(muted_text_colour());
    loop_sizer->Add(coverage_note_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
    coverage_ = new CoverageGrid(loop_);
    coverage_->SetName(control_name::kPlanCoverage);
    coverage_->SetMinSize(FromDIP(wxSize(300, 120)));
    loop_sizer->Add(coverage_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP | wxBOTTOM, FromDIP(8));
    loop_->SetSizer(loop_sizer);
    right_sizer->Add(loop_, 1, wxEXPAND);
    right_->SetSizer(right_sizer);

    // Wiring: every change through the edit path, as one named step.
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const std::string id = add_interview(edits_, "");
        select_interview(id);
        focus_interview_name();
    });
    remove_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove_interview(edits_, selected_interview()); });
    earlier_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move_interview(edits_, selected_interview(), -1); });
    later_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move_interview(edits_, selected_interview(), +1); });
    list_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) {
        flush_pending_edits();
        update_details();
    });
    list_->Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (!on_list_key(event.GetKeyCode(), event.GetModifiers())) event.Skip();
    });
    list_->set_drop_handler([this](const std::vector<PlanItem>& items, const std::string& id) {
        assign_to_interview(edits_, items, id);
        list_->select_id(id);
        update_details();
    });
    questions_->set_assign_handler([this](const std::vector<PlanItem>& items, const std::string& id) {
        assign_to_interview(edits_, items, id);
        if (!id.empty()) {
            list_->select_id(id);
            update_details();
        }
    });

    edits_.add_pending_edits(*this);
    edits_.add_change_listener([this] { deferred_.request(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        const bool narrow = event.GetSize().x < FromDIP(kSideBySideWidth);
        if (narrow != narrow_) arrange(narrow);
    });
    refresh();
}

PlanPanel::~PlanPanel() { edits_.remove_pending_edits(*this); }

void PlanPanel::build_details(wxWindow* parent, wxSizer* details) {
    details_heading_ = make_heading(parent, _("Interview"));
    details->Add(details_heading_, 0, wxBOTTOM, FromDIP(6));
    auto* grid = new wxFlexGridSizer(2, FromDIP(6), FromDIP(10));
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(parent, wxID_ANY, _("Name:")), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
    name_ = new wxTextCtrl(parent, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    name_->SetName(control_name::kPlanInterviewName);
    name_->SetHint(_("e.g. Phone screen"));
    grid->Add(name_, 1, wxEXPAND);
    grid->Add(new wxStaticText(parent, wxID_ANY, _("Length:")), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
    auto* length = new wxBoxSizer(wxHORIZONTAL);
    minutes_ = new wxSpinCtrl(parent, wxID_ANY, "45", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS | wxTE_PROCESS_ENTER, 1, 600, 45);
    minutes_->SetName(control_name::kPlanInterviewMinutes);
    minutes_->SetMinSize(wxSize(FromDIP(120), -1));  // room for three digits and both buttons
    length->Add(minutes_, 0, wxALIGN_CENTER_VERTICAL);
    length->Add(new wxStaticText(parent, wxID_ANY, _("minutes")), 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(6));
    grid->Add(length, 0);
    details->Add(grid, 0, wxEXPAND);
    time_ = new TimeBar(parent);
    time_->SetName(control_name::kPlanTimeBar);
    details->Add(time_, 0, wxEXPAND | wxTOP, FromDIP(8));

    auto* slots_head = new wxBoxSizer(wxHORIZONTAL);
    auto* slots_label = new wxStaticText(parent, wxID_ANY, _("Interviewers"));
    wxFont bold = slots_label->GetFont();
    bold.SetWeight(wxFONTWEIGHT_BOLD);
    slots_label->SetFont(bold);
    slots_head->Add(slots_label, 1, wxALIGN_CENTER_VERTICAL);
    auto* add_slot = new wxButton(parent, wxID_ANY, _("Add"));
    add_slot->SetToolTip(_("Add an interviewer: a name, or a role to fill for each candidate"));
    remove_slot_ = new wxButton(parent, wxID_ANY, _("Remove"));
    remove_slot_->SetToolTip(_("Remove the selected interviewer (Del)"));
    slots_head->Add(add_slot, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(4));
    slots_head->Add(remove_slot_, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(4));
    details->Add(slots_head, 0, wxEXPAND | wxTOP, FromDIP(6));

    slots_ = new wxGrid(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_THEME | wxWANTS_CHARS);
    slots_->SetName(control_name::kPlanInterviewers);
    slots_->CreateGrid(0, 2, wxGrid::wxGridSelectRows);
    slots_->SetColLabelValue(0, _("Name"));
    slots_->SetColLabelValue(1, _("Role"));
    slots_->HideRowLabels();
    slots_->SetColLabelSize(slots_->GetCharHeight() + FromDIP(10));
    slots_->SetDefaultRowSize(slots_->GetCharHeight() + FromDIP(12), true);
    slots_->SetLabelFont(slots_->GetFont());
    slots_->SetColLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
    slots_->EnableDragRowSize(false);
    slots_->SetMinSize(wxSize(FromDIP(200), slots_->GetColLabelSize() + 2 * (slots_->GetCharHeight() + FromDIP(12)) + FromDIP(2)));
    slots_->SetToolTip(_("A person's name, or only a role (e.g. Peer manager) to fill for each candidate. "
                         "Type to edit, Enter to keep, Del to remove."));
    details->Add(slots_, 1, wxEXPAND | wxTOP, FromDIP(4));
    slots_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        const int width = slots_->GetClientSize().x;
        if (width > FromDIP(100)) {
            slots_->SetColSize(0, width * 55 / 100);
            slots_->SetColSize(1, width - width * 55 / 100);
        }
    });

    name_->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        event.Skip();
        commit_name();
    });
    name_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { commit_name(); });
    minutes_->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        event.Skip();
        commit_minutes();
    });
    minutes_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { commit_minutes(); });
    // The arrows change the length at once (each click its own step, as the time bar follows it).
    minutes_->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) {
        if (!minutes_->HasFocus()) commit_minutes();
        else {
            const Interview* i = document_.kit().plan.find(shown_interview_);
            if (i) time_->set_budget({planned_minutes_of_interview(document_.kit(), *i), minutes_->GetValue()});
        }
    });
    add_slot->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_interviewer_slot(); });
    remove_slot_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const int row = selected_interviewer();
        if (row >= 0) remove_interviewer(edits_, shown_interview_, static_cast<size_t>(row));
    });
    slots_->Bind(wxEVT_GRID_CELL_CHANGED, &PlanPanel::on_slot_changed, this);
    slots_->Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_DELETE && event.GetModifiers() == wxMOD_NONE && !slots_->IsCellEditControlShown()) {
            const int row = selected_interviewer();
            if (row >= 0) remove_interviewer(edits_, shown_interview_, static_cast<size_t>(row));
            return;
        }
        event.Skip();
    });
}

void PlanPanel::refresh() { deferred_.run(); }

void PlanPanel::arrange(bool narrow) {
    narrow_ = narrow;
    top_->SetOrientation(narrow ? wxVERTICAL : wxHORIZONTAL);
    // The gap between the interviews and the details: at the list's right side by side, below it stacked.
    wxSizerItem* interviews = top_->GetItem(static_cast<size_t>(0));
    interviews->SetFlag(wxEXPAND | (narrow ? wxBOTTOM : wxRIGHT));
    // Stacked, three interviews in sight leave the coverage its room (more scroll).
    const int rows = narrow ? 3 : 4;
    list_->SetMinSize(wxSize(FromDIP(260), rows * (list_->GetCharHeight() * 2 + FromDIP(14)) + FromDIP(4)));
    loop_->FitInside();
    loop_->Layout();
}

void PlanPanel::update() {
    const bool has_plan = !document_.kit().plan.empty();
    questions_->refresh();
    if (empty_->IsShown() == has_plan || loop_->IsShown() != has_plan) {
        empty_->Show(!has_plan);
        loop_->Show(has_plan);
        right_->Layout();
    }
    update_interviews();
    update_details();
    update_coverage();
}

void PlanPanel::update_interviews() {
    const Kit& kit = document_.kit();
    std::vector<InterviewRow> rows;
    for (const auto& interview : kit.plan.interviews) {
        InterviewRow row;
        row.id = interview.id;
        row.name = interview.name;
        row.interviewers = interviewers_line(interview);
        row.questions = static_cast<int>(questions_of_interview(kit, interview).size());
        row.time = {planned_minutes_of_interview(kit, interview), interview.minutes};
        rows.push_back(std::move(row));
    }
    list_->set_rows(std::move(rows));
}

void PlanPanel::update_details() {
    const Kit& kit = document_.kit();
    const std::string id = list_->selected_id();
    const Interview* interview = kit.plan.find(id);
    const auto& all = kit.plan.interviews;
    const auto at = std::find_if(all.begin(), all.end(), [&](const Interview& i) { return i.id == id; });
    remove_->Enable(interview != nullptr);
    earlier_->Enable(interview && at != all.begin());
    later_->Enable(interview && at + 1 < all.end());
    for (wxWindow* w : std::initializer_list<wxWindow*>{name_, minutes_, slots_, remove_slot_}) w->Enable(interview != nullptr);
    if (!interview) {
        shown_interview_.clear();
        details_heading_->SetLabel(_("Interview"));
        return;
    }
    loading_ = true;
    const bool other = id != shown_interview_;
    shown_interview_ = id;
    details_heading_->SetLabel(wxString::Format(_("Interview %d"), static_cast<int>(at - all.begin()) + 1));
    // Every change writes what was typed first (pending edits), so the fields can show the kit as it is now.
    if (name_->GetValue() != wx(interview->name)) name_->ChangeValue(wx(interview->name));
    if (minutes_->GetValue() != interview->minutes) minutes_->SetValue(interview->minutes);
    time_->set_budget({planned_minutes_of_interview(kit, *interview), interview->minutes});
    // The slots, unless one is being typed in.
    if (other || !slots_->IsCellEditControlShown()) {
        const int row = slots_->GetGridCursorRow();
        if (slots_->IsCellEditControlShown()) slots_->DisableCellEditControl();
        if (slots_->GetNumberRows() > 0) slots_->DeleteRows(0, slots_->GetNumberRows());
        slots_->AppendRows(static_cast<int>(interview->interviewers.size()));
        for (size_t r = 0; r < interview->interviewers.size(); ++r) {
            slots_->SetCellValue(static_cast<int>(r), 0, wx(interview->interviewers[r].name));
            slots_->SetCellValue(static_cast<int>(r), 1, wx(interview->interviewers[r].role));
        }
        if (!other && row >= 0 && row < slots_->GetNumberRows()) slots_->SetGridCursor(row, slots_->GetGridCursorCol());
    }
    remove_slot_->Enable(!interview->interviewers.empty());
    loading_ = false;
    Layout();
}

void PlanPanel::update_coverage() {
    const CoverageMatrix matrix = coverage_matrix(document_.kit());
    if (matrix.empty()) return;
    coverage_->show(matrix);
    wxString note;
    if (matrix.unassigned_questions > 0)
        note = wxString::Format(wxPLURAL("%d question in no interview", "%d questions in no interview",
                                         matrix.unassigned_questions),
                                matrix.unassigned_questions);
    coverage_note_->SetLabel(note.empty() ? wxString() : L"\u2022  " + note);
    coverage_->GetGridWindow()->SetToolTip(
        coverage_->hidden_rows() > 0
            ? wxString::Format(wxPLURAL(L"Questions per competency and interview; at the right, how many different "
                                         "interviewers rate each competency; at the foot, each interview's minutes. "
                                         "The questions also touch %d competency not named for the kit "
                                         "(Kit \u25b8 Properties), not shown.",
                                        L"Questions per competency and interview; at the right, how many different "
                                         "interviewers rate each competency; at the foot, each interview's minutes. "
                                         "The questions also touch %d competencies not named for the kit "
                                         "(Kit \u25b8 Properties), not shown.",
                                        coverage_->hidden_rows()),
                               coverage_->hidden_rows())
            : _("Questions per competency and interview; at the right, how many different interviewers rate each "
                "competency; at the foot, each interview's minutes."));
    coverage_note_->SetForegroundColour(matrix.unassigned_questions > 0 ? alert_text_colour() : muted_text_colour());
    loop_->FitInside();
    loop_->Layout();
}

bool PlanPanel::commit_name() {
    if (loading_ || shown_interview_.empty()) return false;
    const Interview* interview = document_.kit().plan.find(shown_interview_);
    const std::string name = trim(utf8(name_->GetValue()));
    if (!interview || name.empty() || name == interview->name) return false;
    rename_interview(edits_, shown_interview_, name, this);
    return true;
}

bool PlanPanel::commit_minutes() {
    if (loading_ || shown_interview_.empty()) return false;
    const Interview* interview = document_.kit().plan.find(shown_interview_);
    const int minutes = minutes_->GetValue();
    if (!interview || minutes == interview->minutes) return false;
    set_interview_minutes(edits_, shown_interview_, minutes, this);
    return true;
}

void PlanPanel::on_slot_changed(wxGridEvent& event) {
    if (loading_ || shown_interview_.empty()) return;
    const int row = event.GetRow();
    const Interview* interview = document_.kit().plan.find(shown_interview_);
    if (!interview || row < 0 || row >= static_cast<int>(interview->interviewers.size())) return;
    const InterviewerSlot slot{trim(utf8(slots_->GetCellValue(row, 0))), trim(utf8(slots_->GetCellValue(row, 1)))};
    if (slot != interview->interviewers[static_cast<size_t>(row)])
        change_interviewer(edits_, shown_interview_, static_cast<size_t>(row), slot, this);
}

bool PlanPanel::flush_pending_edits() {
    bool changed = false;
    if (slots_->IsCellEditControlShown()) {
        slots_->SaveEditControlValue();  // its CELL_CHANGED writes the slot
        slots_->HideCellEditControl();
        changed = true;
    }
    changed = commit_name() || changed;
    changed = commit_minutes() || changed;
    return changed;
}

bool PlanPanel::on_list_key(int key, int modifiers) {
    const std::string id = selected_interview();
    if (modifiers == wxMOD_ALT && (key == WXK_UP || key == WXK_DOWN)) {
        if (!id.empty()) move_interview(edits_, id, key == WXK_UP ? -1 : +1);
        return true;
    }
    if (modifiers != wxMOD_NONE) return false;
    switch (key) {
        case WXK_F2: focus_interview_name(); return true;
        case WXK_DELETE:
            if (!id.empty()) remove_interview(edits_, id);
            return true;
        case WXK_INSERT: {
            const std::string added = add_interview(edits_, "");
            select_interview(added);
            focus_interview_name();
            return true;
        }
        default: return false;
    }
}

void PlanPanel::show_plan() {
    if (show_handler_) show_handler_();
}

std::string PlanPanel::selected_interview() const { return list_->selected_id(); }

void PlanPanel::select_interview(const std::string& id) {
    if (deferred_.stale()) refresh();
    list_->select_id(id);
    update_details();
}

std::vector<PlanItem> PlanPanel::selected_items() const { return questions_->selected_items(); }

void PlanPanel::select_item(const PlanItem& item) {
    if (deferred_.stale()) refresh();
    questions_->select(item);
}

void PlanPanel::show_assign_menu() { questions_->show_assign_menu(); }

void PlanPanel::focus_interview_name() {
    if (!name_->IsEnabled()) return;
    name_->SetFocus();
    name_->SelectAll();
}

void PlanPanel::add_interviewer_slot() {
    const std::string id = selected_interview();
    if (id.empty()) return;
    flush_pending_edits();
    add_interviewer(edits_, id, {});
    if (deferred_.stale()) refresh();
    const int row = slots_->GetNumberRows() - 1;
    if (row < 0) return;
    slots_->SetFocus();
    slots_->SetGridCursor(row, 0);
    slots_->SelectRow(row);
    if (IsShownOnScreen()) slots_->EnableCellEditControl();
}

int PlanPanel::selected_interviewer() const {
    const int row = slots_->GetGridCursorRow();
    return row >= 0 && row < slots_->GetNumberRows() ? row : -1;
}

}  // namespace ikit
