// The bank list's layout: the question column takes the width the compact columns leave, the cells
// are short ("Technical", "6 min", "KPIs & metrics +2"), hovering a row shows the whole question, and
// the list/details splitter is remembered.

#include "gui_fixture.h"

#include "panels/bank_list_model.h"
#include "panels/bank_panel.h"
#include "panels/display_text.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <wx/uiaction.h>

#include <wx/config.h>
#include <wx/dataview.h>
#include <wx/splitter.h>

using namespace ikit;
using namespace ikit::test;

namespace {
wxString cell(wxDataViewCtrl* list, unsigned row, unsigned column) {
    wxVariant value;
    static_cast<BankListModel*>(list->GetModel())->GetValueByRow(value, row, column);
    return value.GetString();
}
}  // namespace

TEST_CASE("the bank list's question column takes the room the compact columns leave", "[gui]") {
    GuiFixture f;
    wxDataViewCtrl* list = f.control<wxDataViewCtrl>(control_name::kBankList);
    f.pump(50);
    REQUIRE(list->GetColumnCount() == kBankColCount);
    const int client = list->GetClientSize().x;
    REQUIRE(client > 200);
    int total = 0;
    for (unsigned c = 0; c < kBankColCount; ++c)
        if (!list->GetColumn(c)->IsHidden()) total += list->GetColumn(c)->GetWidth();
    CHECK(total <= client);              // no horizontal scrolling
    CHECK(total >= client - list->FromDIP(8));  // and no room left over
    const int question = list->GetColumn(kBankColText)->GetWidth();
    for (unsigned c = 1; c < kBankColCount; ++c) CHECK(question > list->GetColumn(c)->GetWidth());
    // Type and time are as wide as their texts, not wider than a word or two.
    CHECK(list->GetColumn(kBankColType)->GetWidth() >= list->GetTextExtent("Behavioural").x);
    CHECK(list->GetColumn(kBankColType)->GetWidth() < list->GetTextExtent("Technical / job knowledge").x);
    CHECK(list->GetColumn(kBankColMinutes)->GetWidth() >= list->GetTextExtent("99 min").x);
    CHECK(list->GetColumn(kBankColMinutes)->GetWidth() < question / 2);
    CHECK(list->GetColumn(kBankColMinutes)->GetAlignment() == wxALIGN_RIGHT);
}

TEST_CASE("bank list cells are compact and a hovered row shows the whole question", "[gui]") {
    GuiFixture f;
    wxDataViewCtrl* list = f.control<wxDataViewCtrl>(control_name::kBankList);
    const QuestionBank& bank = f.services->library.bank;
    f.pump(50);
    const Question* first = static_cast<BankListModel*>(list->GetModel())->question_at(0);
    REQUIRE(first);
    CHECK(cell(list, 0, kBankColMinutes) == wx(std::to_string(first->minutes) + " min"));
    CHECK(cell(list, 0, kBankColType) == wx(std::string(short_type_label(first->type))));
    const wxString competencies = cell(list, 0, kBankColCompetencies);
    CHECK(competencies.StartsWith(wx(bank.competency_name(first->competency_ids.front()))));
    if (first->competency_ids.size() > 1)
        CHECK(competencies.EndsWith("\t+" + wxString::Format("%zu", first->competency_ids.size() - 1)));

    // Point the real pointer (XTest) at rows 0 and 3: GTK reports the motion in the rows' own window,
    // below the header; the tooltip must still describe the row under the pointer, not the one above.
    auto* model = static_cast<BankListModel*>(list->GetModel());
    const int x = list->GetClientSize().x / 3;
    auto row_at = [&](int y) {
        wxDataViewItem item;
        wxDataViewColumn* column = nullptr;
        list->HitTest(wxPoint(x, y), item, column);
        return item.IsOk() ? static_cast<int>(model->GetRow(item)) : -1;
    };
    int top = 0;  // the first pixel of row 0 in the control's coordinates (below the header)
    while (top < list->GetClientSize().y && row_at(top) != 0) ++top;
    int next = top;
    while (next < list->GetClientSize().y && row_at(next) == 0) ++next;
    const int row_height = next - top;
    REQUIRE(row_height > 4);
    wxUIActionSimulator pointer;
    for (int row : {0, 3}) {
        const wxPoint target = list->ClientToScreen(wxPoint(x, top + row * row_height + row_height / 2));
        pointer.MouseMove(target);
        f.pump(150);
        const Question* shown = model->question_at(static_cast<unsigned>(row));
        REQUIRE(shown);
        CHECK(utf8(list->GetToolTipText()) == bank_question_tooltip(bank, *shown));
    }
    CHECK(utf8(list->GetToolTipText()).find(model->question_at(3)->text) == 0);
}

TEST_CASE("the bank's list/details splitter is remembered with the window", "[gui]") {
    int position = 0;
    {
        GuiFixture f;
        wxSplitterWindow* splitter = f.control<wxSplitterWindow>(control_name::kBankSplitter);
        REQUIRE(splitter->IsSplit());
        f.pump(50);
        position = splitter->GetSashPosition() + splitter->FromDIP(23);
        splitter->SetSashPosition(position);
        f.pump();
        position = splitter->GetSashPosition();
        f.frame->save_window_state();
    }
    CHECK(wxConfigBase::Get()->ReadLong("/Window/bank_detail_sash", -1) == position);
    GuiFixture again;
    again.pump(50);
    CHECK(again.control<wxSplitterWindow>(control_name::kBankSplitter)->GetSashPosition() == position);
    wxConfigBase::Get()->DeleteGroup("/Window");  // the next tests start from the default layout
}
