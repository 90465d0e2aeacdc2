#include "panels/rubric_editor.h"

#include "panels/control_names.h"
#include "wx_text.h"

#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/translation.h>

#include <algorithm>

namespace ikit {

RubricEditor::RubricEditor(wxWindow* parent, const RubricLibrary& library)
    : wxPanel(parent, wxID_ANY), library_(library) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticText(this, wxID_ANY, _("R&ubric:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    choice_ = new wxChoice(this, wxID_ANY);
    row->Add(choice_, 1, wxEXPAND);
    sizer->Add(row, 0, wxEXPAND | wxBOTTOM, FromDIP(4));

    grid_ = new wxGrid(this, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(150)));
    grid_->SetName(control_name::kRubricLevels);
    grid_->SetMargins(0, 0);
    grid_->CreateGrid(0, 2);
    // TRANSLATORS: column header of a rubric level's short name (e.g. "Strong").
    grid_->SetColLabelValue(0, _("Label"));
    grid_->SetColLabelValue(1, _("What the answer shows"));
    grid_->SetColLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
    grid_->SetRowLabelSize(FromDIP(28));
    grid_->SetColLabelSize(wxGRID_AUTOSIZE);
    grid_->SetDefaultRenderer(new wxGridCellAutoWrapStringRenderer);
    grid_->SetDefaultEditor(new wxGridCellAutoWrapStringEditor);
    grid_->DisableDragRowSize();
    grid_->SetTabBehaviour(wxGrid::Tab_Leave);
    grid_->SetToolTip(_("Double-click a cell to edit this question's copy of the rubric"));
    sizer->Add(grid_, 1, wxEXPAND);
    SetSizer(sizer);

    choice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { on_choice(); });
    grid_->Bind(wxEVT_GRID_CELL_CHANGED, &RubricEditor::on_cell_changed, this);
    grid_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { fit_columns(); });
    });
}

void RubricEditor::set_rubric(const Rubric& rubric) {
    rubric_ = rubric;
    fill_choice();
    fill_grid();
}

void RubricEditor::fill_choice() {
    choice_->Clear();
    choice_->Append(_("(No rubric)"));
    int selection = 0;
    for (std::size_t i = 0; i < library_.rubrics().size(); ++i) {
        const Rubric& r = library_.rubrics()[i];
        const bool same_id = !rubric_.empty() && r.id == rubric_.id;
        choice_->Append(same_id && r != rubric_ ? wxString::Format(_("%s (edited)"), wx(r.name)) : wx(r.name));
        if (same_id) selection = static_cast<int>(i) + 1;
    }
    own_entry_ = !rubric_.empty() && selection == 0;
    if (own_entry_) {
        choice_->Append(rubric_.name.empty() ? _("This question's own rubric") : wx(rubric_.name));
        selection = static_cast<int>(choice_->GetCount()) - 1;
    }
    choice_->SetSelection(selection);
}

void RubricEditor::fill_grid() {
    wxGridUpdateLocker lock(grid_);
    if (grid_->GetNumberRows() > 0) grid_->DeleteRows(0, grid_->GetNumberRows());
    grid_->AppendRows(static_cast<int>(rubric_.levels.size()));
    for (std::size_t i = 0; i < rubric_.levels.size(); ++i) {
        const int row = static_cast<int>(i);
        grid_->SetRowLabelValue(row, wxString::Format("%d", rubric_.levels[i].score));
        grid_->SetCellValue(row, 0, wx(rubric_.levels[i].label));
        grid_->SetCellValue(row, 1, wx(rubric_.levels[i].anchor));
    }
    grid_->Enable(!rubric_.empty());
    fit_columns();
}

void RubricEditor::fit_columns() {
    const int width = grid_->GetClientSize().GetWidth() - grid_->GetRowLabelSize();
    if (width <= 0) return;
    // The label column fits its longest label ("Unsatisfactory" whole, never broken mid-word), within
    // reason; the anchors take the rest.
    int longest = grid_->GetTextExtent(_("Label")).x;
    for (const auto& level : rubric_.levels) longest = std::max(longest, grid_->GetTextExtent(wx(level.label)).x);
    const int label = std::min(longest + FromDIP(16), width / 2);
    grid_->SetColSize(0, label);
    grid_->SetColSize(1, std::max(FromDIP(60), width - label));
    // TRANSLATORS: the short header of the rubric's anchor column, when "What the answer shows" does not fit.
    grid_->SetColLabelValue(1, width - label < grid_->GetTextExtent(_("What the answer shows")).x + FromDIP(12)
                                   ? _("Anchor") : _("What the answer shows"));
    grid_->AutoSizeRows(false);
}

bool RubricEditor::finish_cell_edit() {
    if (!grid_->IsCellEditControlEnabled()) return false;
    const Rubric before = rubric_;
    grid_->DisableCellEditControl();  // saves the typed value: on_cell_changed
    return rubric_ != before;
}

void RubricEditor::on_choice() {
    const int selection = choice_->GetSelection();
    if (own_entry_ && selection == static_cast<int>(choice_->GetCount()) - 1) return;
    Rubric chosen;
    if (selection > 0) chosen = library_.rubrics()[static_cast<std::size_t>(selection - 1)];
    if (chosen == rubric_) return;
    rubric_ = chosen;
    fill_choice();
    fill_grid();
    if (handler_) handler_(utf8(rubric_.empty() ? _("Remove rubric") : _("Change rubric")));
}

void RubricEditor::on_cell_changed(wxGridEvent& event) {
    const auto row = static_cast<std::size_t>(event.GetRow());
    if (row >= rubric_.levels.size()) return;
    const std::string value = utf8(grid_->GetCellValue(event.GetRow(), event.GetCol()));
    if (event.GetCol() == 0) rubric_.levels[row].label = value;
    else rubric_.levels[row].anchor = value;
    grid_->AutoSizeRow(event.GetRow(), false);
    if (handler_) handler_(utf8(_("Edit rubric")));
}

}  // namespace ikit
