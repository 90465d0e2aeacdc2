#include "panels/bank_panel.h"

#include "panels/bank_list_model.h"
#include "panels/competency_renderer.h"
#include "panels/control_names.h"
#include "panels/display_text.h"
#include "panels/drag_formats.h"
#include "panels/question_html.h"
#include "panels/ui_style.h"
#include "wx_text.h"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/gdicmn.h>
#include <wx/html/htmlwin.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/translation.h>

#include <algorithm>

namespace ikit {

namespace {
const QuestionType kTypes[] = {QuestionType::Behavioural, QuestionType::Situational, QuestionType::Technical,
                               QuestionType::Background};
}

BankPanel::BankPanel(wxWindow* parent, const AppServices& services)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, control_name::kBankPane),
      services_(services), bank_(services.library.bank) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(make_heading(this, _("Question bank")), 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
    build_filters(sizer);

    // The list and the selected question's details share the height through a splitter the user can move.
    splitter_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    splitter_->SetName(control_name::kBankSplitter);
    splitter_->SetMinimumPaneSize(FromDIP(70));
    splitter_->SetSashGravity(0.5);
    list_ = new wxDataViewCtrl(splitter_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                               wxDV_MULTIPLE | wxDV_ROW_LINES | wxDV_HORIZ_RULES);
    list_->SetName(control_name::kBankList);
    model_ = new BankListModel(bank_);
    list_->AssociateModel(model_);
    model_->DecRef();  // the control owns it now
    build_columns();
    list_->EnableDragSource(bank_question_format());
    details_ = new wxHtmlWindow(splitter_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxHW_SCROLLBAR_AUTO | wxBORDER_THEME);
    details_->SetBorders(FromDIP(6));
    splitter_->SplitHorizontally(list_, details_, 0);
    sizer->Add(splitter_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    add_button_ = new wxButton(this, wxID_ANY, _("&Add to Kit"));
    add_button_->SetName(control_name::kBankAdd);
    add_button_->SetBitmap(wxArtProvider::GetBitmapBundle(wxART_PLUS, wxART_BUTTON));
    add_button_->SetToolTip(_("Add the selected questions to the kit (or double-click them)"));
    buttons->Add(count_, 0, wxALIGN_CENTER_VERTICAL);
    buttons->AddStretchSpacer();
    buttons->Add(add_button_, 0);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(8));
    SetSizer(sizer);

    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { show_details(); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { add_selected(); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_BEGIN_DRAG, &BankPanel::on_begin_drag, this);
    list_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        fit_columns();
    });
    list_->Bind(wxEVT_MOTION, [this](wxMouseEvent& event) {
        event.Skip();
        show_row_tooltip();
    });
    add_button_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_selected(); });
    apply_filter();
}

BankPanel::~BankPanel() = default;

void BankPanel::build_columns() {
    auto add = [this](wxDataViewRenderer* renderer, const wxString& title, unsigned column, wxAlignment align) {
        if (auto* text = dynamic_cast<wxDataViewTextRenderer*>(renderer)) text->EnableEllipsize(wxELLIPSIZE_END);
        renderer->SetAlignment(align | wxALIGN_CENTER_VERTICAL);
        list_->AppendColumn(new wxDataViewColumn(title, renderer, column, FromDIP(80), align, wxDATAVIEW_COL_RESIZABLE));
    };
    add(new wxDataViewTextRenderer, _("Question"), kBankColText, wxALIGN_LEFT);
    add(new CompetencyRenderer, _("Competencies"), kBankColCompetencies, wxALIGN_LEFT);
    add(new wxDataViewTextRenderer, _("Type"), kBankColType, wxALIGN_LEFT);
    // TRANSLATORS: column header of a question's minutes (keep it short).
    add(new wxDataViewTextRenderer, _("Time"), kBankColMinutes, wxALIGN_RIGHT);
}

void BankPanel::fit_columns() {
    if (list_->GetColumnCount() < kBankColCount) return;
    // Type and time are as wide as their longest text; competencies take about a third of what is
    // left and the question text all the rest, so nothing needs a horizontal scrollbar.
    const int padding = FromDIP(14);
    int type = list_->GetTextExtent(_("Type")).x;
    for (QuestionType t : kTypes) type = std::max(type, list_->GetTextExtent(wx(std::string(short_type_label(t)))).x);
    const int time = std::max(list_->GetTextExtent(_("Time")).x, list_->GetTextExtent(wx(minutes_text(99))).x) + padding;
    type += padding;
    const int available = list_->GetClientSize().x - FromDIP(2);  // the client area leaves out the scrollbar
    const int rest = available - type - time;
    const int least = std::max(FromDIP(105), list_->GetTextExtent(_("Competencies")).x + 2 * padding);
    // In a narrow pane the question text keeps the room and the competencies stay in tooltip and details.
    const bool narrow = rest - least < FromDIP(140);
    const int competencies = narrow ? 0 : std::clamp(rest * 3 / 10, least, std::max(least, FromDIP(190)));
    list_->GetColumn(kBankColText)->SetWidth(std::max(FromDIP(60), rest - competencies));
    wxDataViewColumn* column = list_->GetColumn(kBankColCompetencies);
    if (column->IsHidden() != narrow) column->SetHidden(narrow);
    if (!narrow) column->SetWidth(competencies);
    list_->GetColumn(kBankColType)->SetWidth(type);
    list_->GetColumn(kBankColMinutes)->SetWidth(time);
}

void BankPanel::show_row_tooltip() {
    // GTK reports the motion in the rows' own window (below the column header), while HitTest takes the
    // control's coordinates (header included): taking the event's position put the tooltip one row up.
    // The pointer's screen position, made relative to the control, is what HitTest expects.
    const wxPoint point = list_->ScreenToClient(wxGetMousePosition());
    wxDataViewItem item;
    wxDataViewColumn* column = nullptr;
    list_->HitTest(point, item, column);
    const Question* q = item.IsOk() ? model_->question_at(model_->GetRow(item)) : nullptr;
    if (q == tooltip_question_) return;
    tooltip_question_ = q;
    if (q) list_->SetToolTip(wx(bank_question_tooltip(bank_, *q)));
    else list_->UnsetToolTip();
}

void BankPanel::build_filters(wxSizer* sizer) {
    auto* grid = new wxFlexGridSizer(2, FromDIP(6), FromDIP(8));
    grid->AddGrowableCol(1);
    role_ = new wxChoice(this, wxID_ANY);
    role_->SetName(control_name::kBankRole);
    role_->Append(_("Any role"));
    for (const auto& r : bank_.roles()) role_->Append(wx(r.name));
    role_->SetSelection(0);
    type_ = new wxChoice(this, wxID_ANY);
    type_->Append(_("Any type"));
    for (QuestionType t : kTypes) type_->Append(wx(std::string(short_type_label(t))));
    type_->SetSelection(0);
    type_->SetToolTip(_("Show only questions of this type"));
    role_->SetToolTip(_("Show only questions asked for this role (follows the kit's role)"));
    role_->SetMinSize(wxSize(FromDIP(60), -1));
    type_->SetMinSize(wxSize(FromDIP(60), -1));
    competencies_ = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(76)));
    for (const auto& c : bank_.competencies()) competencies_->Append(wx(c.name));
    competencies_->SetToolTip(_("Tick one or more competencies; questions for any of them are shown"));
    search_ = new wxSearchCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    search_->SetName(control_name::kBankSearch);
    search_->SetDescriptiveText(_("Search questions, probes, tags"));
    search_->ShowCancelButton(true);

    grid->Add(new wxStaticText(this, wxID_ANY, _("&Search:")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(search_, 1, wxEXPAND);
    // Role and type on rows of their own: side by side, a narrow bank pane (when the details pane
    // widens for writing) squeezed the role's long names to nothing.
    grid->Add(new wxStaticText(this, wxID_ANY, _("&Role:")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(role_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, _("T&ype:")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(type_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Co&mpetencies:")), 0, wxALIGN_TOP | wxTOP, FromDIP(2));
    grid->Add(competencies_, 1, wxEXPAND);
    sizer->Add(grid, 0, wxEXPAND | wxALL, FromDIP(8));
    count_ = new wxStaticText(this, wxID_ANY, "");
    count_->SetForegroundColour(muted_text_colour());

    role_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { apply_filter(); });
    type_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { apply_filter(); });
    competencies_->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent&) { apply_filter(); });
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { apply_filter(); });
    // Down (or Enter) in the search box goes to the results, the first one selected.
    search_->Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        const int key = event.GetKeyCode();
        if ((key == WXK_DOWN || key == WXK_NUMPAD_DOWN) && event.GetModifiers() == wxMOD_NONE && shown_count() > 0) {
            list_->SetFocus();
            if (selected_questions().empty()) {
                const wxDataViewItem first = model_->GetItem(0);
                list_->Select(first);
                list_->SetCurrentItem(first);
                list_->EnsureVisible(first);
                show_details();
            }
            return;
        }
        event.Skip();
    });
    search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { search_->ChangeValue(""); apply_filter(); });
}

BankFilter BankPanel::current_filter() const {
    BankFilter filter;
    const int role = role_->GetSelection();
    if (role > 0) filter.role_id = bank_.roles()[static_cast<std::size_t>(role - 1)].id;
    const int type = type_->GetSelection();
    if (type > 0) filter.type = kTypes[type - 1];
    for (unsigned i = 0; i < competencies_->GetCount(); ++i)
        if (competencies_->IsChecked(i)) filter.competency_ids.push_back(bank_.competencies()[i].id);
    filter.search = utf8(search_->GetValue());
    return filter;
}

void BankPanel::apply_filter() {
    const BankFilter filter = current_filter();
    // One more letter (or word) typed with the same facets can only narrow the last result.
    const bool narrows = have_last_ && filter.role_id == last_filter_.role_id && filter.type == last_filter_.type &&
                         filter.competency_ids == last_filter_.competency_ids &&
                         filter.search.size() > last_filter_.search.size() &&
                         filter.search.compare(0, last_filter_.search.size(), last_filter_.search) == 0;
    std::vector<std::size_t> rows = narrows ? bank_.filter_within(filter, model_->rows()) : bank_.filter(filter);
    last_filter_ = filter;
    have_last_ = true;
    model_->set_rows(std::move(rows));
    const std::size_t shown = model_->rows().size(), total = bank_.questions().size();
    count_->SetLabel(wx(bank_count_text(shown, total)));
    show_details();
}

std::vector<const Question*> BankPanel::selected_questions() const {
    wxDataViewItemArray items;
    list_->GetSelections(items);
    std::vector<unsigned> rows;
    for (const auto& item : items) rows.push_back(model_->GetRow(item));
    std::sort(rows.begin(), rows.end());
    std::vector<const Question*> out;
    for (unsigned row : rows)
        if (const Question* q = model_->question_at(row)) out.push_back(q);
    return out;
}

std::size_t BankPanel::shown_count() const { return model_->rows().size(); }

void BankPanel::set_role_filter(const std::string& role_id) {
    int selection = 0;
    for (std::size_t i = 0; i < bank_.roles().size(); ++i)
        if (bank_.roles()[i].id == role_id) selection = static_cast<int>(i) + 1;
    if (selection == role_->GetSelection()) return;
    role_->SetSelection(selection);
    apply_filter();
}

void BankPanel::show_details() {
    const auto selected = selected_questions();
    add_button_->Enable(!selected.empty());
    if (selected.empty()) {
        details_->SetPage(wx(empty_detail_html(utf8(model_->rows().empty()
                                                        ? _("No question matches these filters. Clear the search or untick competencies.")
                                                        : _("Select a question to see what to listen for, probes and red "
                                                            "flags. Double-click it, or drag it onto the kit, to add it.")))));
        return;
    }
    details_->SetPage(wx(question_detail_html(bank_, *selected.front())));
}

void BankPanel::add_selected() {
    const auto selected = selected_questions();
    if (!selected.empty() && add_handler_) add_handler_(selected);
}

void BankPanel::on_begin_drag(wxDataViewEvent& event) {
    std::vector<std::string> ids;
    for (const Question* q : selected_questions()) ids.push_back(q->id);
    if (ids.empty()) {
        if (const Question* q = model_->question_at(model_->GetRow(event.GetItem()))) ids.push_back(q->id);
    }
    if (ids.empty()) {
        event.Veto();
        return;
    }
    event.SetDataObject(new BankQuestionData(ids));
    event.SetDragFlags(wxDrag_CopyOnly);
}

void BankPanel::set_questions_in_kit(std::set<std::string> bank_ids) {
    if (bank_ids == in_kit_) return;
    in_kit_ = bank_ids;
    model_->set_in_kit(std::move(bank_ids));
    list_->Refresh();
}

void BankPanel::focus_search() {
    search_->SetFocus();
    search_->SelectAll();
}

int BankPanel::details_split() const { return splitter_->GetSashPosition(); }

void BankPanel::set_details_split(int position) { splitter_->SetSashPosition(position); }

}  // namespace ikit
