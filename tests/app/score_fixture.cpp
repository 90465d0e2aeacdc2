#include "score_fixture.h"

#include "panels/debrief_panel.h"
#include "score_workspaces.h"
#include "panels/scores_panel.h"
#include "serialize/score_file.h"
#include "wx_text.h"

#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/combobox.h>
#include <wx/button.h>

namespace ikit::test {

ScoreFixture::ScoreFixture() { host = frame; }

ScoreFixture::~ScoreFixture() = default;

ScoreWorkspaces& ScoreFixture::scores() { return frame->scores(); }

void ScoreFixture::use_kit(const Kit& kit) {
    frame->context().edits.apply([&](KitDocument& doc) { doc.reset(kit, "", false); });
    pump();
}

void ScoreFixture::show_scores() {
    scores().show_scores();
    pump(50);
}

void ScoreFixture::show_debrief() {
    scores().show_debrief();
    pump(50);
}

std::string ScoreFixture::visible_text(wxWindow* window) {
    std::string text;
    if (!window || !window->IsShown()) return text;
    if (auto* label = dynamic_cast<wxStaticText*>(window)) text += utf8(label->GetLabel()) + "\n";
    else if (auto* field = dynamic_cast<wxTextCtrl*>(window)) text += utf8(field->GetValue()) + "\n";
    else if (auto* combo = dynamic_cast<wxComboBox*>(window)) text += utf8(combo->GetValue()) + "\n";
    else if (auto* button = dynamic_cast<wxButton*>(window)) text += utf8(button->GetLabel()) + "\n";
    else if (auto* list = dynamic_cast<wxListCtrl*>(window)) {
        for (int c = 0; c < list->GetColumnCount(); ++c) {
            wxListItem column;
            column.SetMask(wxLIST_MASK_TEXT);
            list->GetColumn(c, column);
            text += utf8(column.GetText()) + "\n";
        }
        for (long r = 0; r < list->GetItemCount(); ++r)
            for (int c = 0; c < list->GetColumnCount(); ++c) text += utf8(list->GetItemText(r, c)) + "\n";
    } else if (auto* grid = dynamic_cast<wxGrid*>(window)) {
        for (int c = 0; c < grid->GetNumberCols(); ++c) text += utf8(grid->GetColLabelValue(c)) + "\n";
        for (int r = 0; r < grid->GetNumberRows(); ++r) {
            text += utf8(grid->GetRowLabelValue(r)) + "\n";
            for (int c = 0; c < grid->GetNumberCols(); ++c) text += utf8(grid->GetCellValue(r, c)) + "\n";
        }
    }
    if (auto* book = dynamic_cast<wxNotebook*>(window)) {
        // Only the page shown is visible.
        if (book->GetCurrentPage()) text += visible_text(book->GetCurrentPage());
        return text;
    }
    for (wxWindow* child : window->GetChildren())
        if (!child->IsTopLevel()) text += visible_text(child);
    return text;
}

std::string ScoreFixture::write_sheet(const ScoreSheet& sheet, const std::string& name) {
    const std::string path = (dir / name).string();
    save_score_file(sheet, path);
    return path;
}

}  // namespace ikit::test
