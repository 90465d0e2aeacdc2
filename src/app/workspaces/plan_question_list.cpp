#include "workspaces/plan_question_list.h"

#include "panels/control_names.h"
#include "panels/display_text.h"
#include "panels/ui_style.h"
#include "workspaces/plan_drag.h"
#include "wx_text.h"

#include <wx/dataview.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/translation.h>

#include <algorithm>

namespace ikit {

namespace {

enum Column { kTextColumn, kInterviewColumn, kMinutesColumn };

wxString hint_text() {
    return _(L"Drag a section or question onto an interview, or press 1\u20139 to assign it to that "
              "interview (0: to none). Right-click or Shift+F10 opens the menu.");
}

constexpr int kAssignMenuFirst = wxID_HIGHEST + 700;  // + interview index; kAssignMenuFirst - 1 = none

std::string one_line(std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

}  // namespace

PlanQuestionList::PlanQuestionList(wxWindow* parent, const KitDocument& document)
    : wxPanel(parent, wxID_ANY), document_(document) {
    SetName(control_name::kPlanQuestions);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(make_heading(this, _("Questions")), 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
    hint_ = new wxStaticText(this, wxID_ANY, hint_text());
    hint_->SetForegroundColour(muted_text_colour());
    sizer->Add(hint_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
    tree_ = new wxTreeListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTL_MULTIPLE);
    tree_->SetName(control_name::kPlanQuestionTree);
    tree_->AppendColumn(_("Question"), FromDIP(300), wxALIGN_LEFT, wxCOL_RESIZABLE);
    tree_->AppendColumn(_("Interview"), FromDIP(130), wxALIGN_LEFT, wxCOL_RESIZABLE);
    tree_->AppendColumn(
        // TRANSLATORS: column header of a question's minutes (keep it short).
        _("Min"), FromDIP(48), wxALIGN_RIGHT, wxCOL_RESIZABLE);
    sizer->Add(tree_, 1, wxEXPAND | wxALL, FromDIP(8));
    SetSizer(sizer);

    // The question column takes the width the others leave (GTK would give it to the last column).
    tree_->GetDataView()->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { fit_columns(); });
    });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        // The hint wraps to the pane's width.
        const int width = GetClientSize().x - FromDIP(16);
        if (width <= FromDIP(60) || width == hint_width_) return;
        hint_width_ = width;
        hint_->SetLabel(hint_text());
        hint_->Wrap(width);
        CallAfter([this] { Layout(); });
    });
    tree_->Bind(wxEVT_TREELIST_SELECTION_CHANGED, [this](wxTreeListEvent&) {
        const auto items = selected_items();
        if (select_handler_ && !items.empty()) select_handler_(items.front());
    });
    tree_->Bind(wxEVT_TREELIST_ITEM_CONTEXT_MENU, [this](wxTreeListEvent&) { show_assign_menu(); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (!on_key(event)) event.Skip();
    });

    // Dragging: the selected items (or the one under the pointer) onto an interview.
    wxDataViewCtrl* view = tree_->GetDataView();
    view->EnableDragSource(plan_item_format());
    view->Bind(wxEVT_DATAVIEW_ITEM_BEGIN_DRAG, [this](wxDataViewEvent& event) {
        const PlanItem* dragged = item_of(event.GetItem().GetID());
        if (!dragged) {
            event.Veto();
            return;
        }
        std::vector<PlanItem> items = selected_items();
        if (std::find(items.begin(), items.end(), *dragged) == items.end()) items = {*dragged};
        event.SetDataObject(new PlanItemData(items));
        event.SetDragFlags(wxDrag_DefaultMove);
    });
}

void PlanQuestionList::fit_columns() {
    const int total = tree_->GetDataView()->GetClientSize().x;
    const int interview = std::max(FromDIP(120), std::min(FromDIP(170), total / 3));
    // The minutes column as wide as its header, whatever the language.
    const int minutes = std::max(FromDIP(44), GetTextExtent(tree_->GetDataView()->GetColumn(kMinutesColumn)->GetTitle()).x + FromDIP(16));
    const int text = total - interview - minutes - FromDIP(4);
    if (text < FromDIP(80) || text == last_text_width_) return;
    last_text_width_ = text;
    tree_->SetColumnWidth(kInterviewColumn, interview);
    tree_->SetColumnWidth(kMinutesColumn, minutes);
    tree_->SetColumnWidth(kTextColumn, text);
}

void PlanQuestionList::refresh() {
    std::vector<std::string> structure;
    for (const auto& s : document_.kit().sections) {
        structure.push_back("s:" + s.id);
        for (const auto& q : s.questions) structure.push_back("q:" + q.id);
    }
    if (structure != structure_) {
        structure_ = std::move(structure);
        rebuild();
    }
    update_texts();
}

void PlanQuestionList::rebuild() {
    const std::vector<PlanItem> selected = selected_items();
    std::vector<std::string> folded;
    for (const auto& [row, item] : items_)  // (a section without questions cannot be unfolded)
        if (!item.section_id.empty() && tree_->GetFirstChild(row).IsOk() && !tree_->IsExpanded(row))
            folded.push_back(item.section_id);
    tree_->DeleteAllItems();
    items_.clear();
    const Kit& kit = document_.kit();
    for (const auto& s : kit.sections) {
        const wxTreeListItem section = tree_->AppendItem(tree_->GetRootItem(), wx(s.title));
        items_.push_back({section, {s.id, ""}});
        for (const auto& q : s.questions) {
            const wxTreeListItem question = tree_->AppendItem(section, "");
            items_.push_back({question, {"", q.id}});
        }
        if (std::find(folded.begin(), folded.end(), s.id) == folded.end()) tree_->Expand(section);
    }
    for (const PlanItem& item : selected)
        if (const wxTreeListItem found = find(item); found.IsOk()) tree_->Select(found);
}

std::string PlanQuestionList::interview_label(const PlanItem& item) const {
    const Kit& kit = document_.kit();
    bool split = false;
    const std::string id = interview_of_item(kit, item, &split);
    // TRANSLATORS: the interview column of a section whose questions are in different interviews.
    if (split) return utf8(_("mixed"));
    const Interview* interview = kit.plan.find(id);
    if (interview) {
        const auto at = std::find_if(kit.plan.interviews.begin(), kit.plan.interviews.end(),
                                     [&](const Interview& i) { return &i == interview; });
        return std::to_string(at - kit.plan.interviews.begin() + 1) + ". " + interview->name;
    }
    return kit.plan.empty() ? "" : "\u2014";
}

void PlanQuestionList::update_texts() {
    const Kit& kit = document_.kit();
    int number = 0;
    for (wxTreeListItem s = tree_->GetFirstChild(tree_->GetRootItem()); s.IsOk(); s = tree_->GetNextSibling(s)) {
        const PlanItem& section_item = *item_of(s.GetID());
        const KitSection* section = kit.find_section(section_item.section_id);
        if (!section) continue;
        int minutes = 0;
        for (const auto& q : section->questions) minutes += std::max(0, q.minutes);
        tree_->SetItemText(s, kTextColumn, wx(section->title));
        tree_->SetItemText(s, kInterviewColumn, wx(interview_label(section_item)));
        tree_->SetItemText(s, kMinutesColumn, wxString::Format("%d", minutes));
        for (wxTreeListItem q = tree_->GetFirstChild(s); q.IsOk(); q = tree_->GetNextSibling(q)) {
            const PlanItem& question_item = *item_of(q.GetID());
            const KitQuestion* question = kit.find_question(question_item.question_id);
            if (!question) continue;
            tree_->SetItemText(q, kTextColumn, wxString::Format("%d.  ", ++number) + wx(one_line(question->text)));
            tree_->SetItemText(q, kInterviewColumn, wx(interview_label(question_item)));
            tree_->SetItemText(q, kMinutesColumn, wxString::Format("%d", question->minutes));
        }
    }
}

std::vector<PlanItem> PlanQuestionList::selected_items() const {
    wxTreeListItems selections;
    tree_->GetSelections(selections);
    std::vector<PlanItem> items;
    // In kit order: walk the tree, keep the selected.
    for (wxTreeListItem s = tree_->GetFirstChild(tree_->GetRootItem()); s.IsOk(); s = tree_->GetNextSibling(s)) {
        const bool section_selected = tree_->IsSelected(s);
        if (section_selected) items.push_back(*item_of(s.GetID()));
        for (wxTreeListItem q = tree_->GetFirstChild(s); q.IsOk(); q = tree_->GetNextSibling(q))
            if (!section_selected && tree_->IsSelected(q)) items.push_back(*item_of(q.GetID()));
    }
    return items;
}

wxTreeListItem PlanQuestionList::find(const PlanItem& item) const {
    for (const auto& [row, shown] : items_)
        if (shown == item) return row;
    return wxTreeListItem();
}

const PlanItem* PlanQuestionList::item_of(const void* id) const {
    for (const auto& [row, shown] : items_)
        if (static_cast<const void*>(row.GetID()) == id) return &shown;
    return nullptr;
}

void PlanQuestionList::select(const PlanItem& item) {
    const wxTreeListItem found = find(item);
    if (!found.IsOk()) return;
    tree_->UnselectAll();
    tree_->Select(found);
    tree_->EnsureVisible(found);
}

void PlanQuestionList::assign(const std::string& interview_id) {
    const auto items = selected_items();
    if (!items.empty() && assign_handler_) assign_handler_(items, interview_id);
}

void PlanQuestionList::show_assign_menu() {
    const Kit& kit = document_.kit();
    if (selected_items().empty()) return;
    wxMenu menu;
    auto* to = new wxMenu;
    for (size_t i = 0; i < kit.plan.interviews.size(); ++i) {
        const wxString key = i < 9 ? wxString::Format("\t%zu", i + 1) : wxString();
        to->Append(kAssignMenuFirst + static_cast<int>(i), wxString::Format("&%zu. ", i + 1) + label_text(kit.plan.interviews[i].name) + key);
    }
    if (kit.plan.interviews.empty()) to->Append(wxID_NONE, _("No interviews yet: add one first"))->Enable(false);
    menu.AppendSubMenu(to, _("&Assign to Interview"));
    menu.Append(kAssignMenuFirst - 1, _("&Not in Any Interview") + "\t0")->Enable(!kit.plan.interviews.empty());
    menu.Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
        const int index = event.GetId() - kAssignMenuFirst;
        const auto& interviews = document_.kit().plan.interviews;
        if (index < 0) assign("");
        else if (index < static_cast<int>(interviews.size())) assign(interviews[static_cast<size_t>(index)].id);
    });
    // Below the first selected row when the keyboard opened it; at the pointer when the mouse did.
    wxPoint where = wxDefaultPosition;
    const wxRect row = tree_->GetDataView()->GetItemRect(wxDataViewItem(find(selected_items().front()).GetID()));
    if (!row.IsEmpty()) where = tree_->GetDataView()->ClientToScreen(row.GetBottomLeft());
    if (where != wxDefaultPosition && !tree_->GetScreenRect().Contains(wxGetMousePosition())) PopupMenu(&menu, ScreenToClient(where));
    else PopupMenu(&menu);
}

bool PlanQuestionList::on_key(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    if ((key == WXK_F10 && event.GetModifiers() == wxMOD_SHIFT) || key == WXK_MENU || key == WXK_WINDOWS_MENU) {
        show_assign_menu();
        return true;
    }
    if (event.GetModifiers() != wxMOD_NONE) return false;
    const auto& interviews = document_.kit().plan.interviews;
    int digit = -1;
    if (key >= '0' && key <= '9') digit = key - '0';
    else if (key >= WXK_NUMPAD0 && key <= WXK_NUMPAD9) digit = key - WXK_NUMPAD0;
    if (digit < 0 || selected_items().empty()) return false;
    if (digit == 0) assign("");
    else if (digit <= static_cast<int>(interviews.size())) assign(interviews[static_cast<size_t>(digit - 1)].id);
    else wxBell();
    return true;
}

}  // namespace ikit
