// The bank pane's search and the kit pane's editing, driven through the real controls.

#include "gui_fixture.h"

#include "commands/commands.h"
#include "panels/bank_list_model.h"
#include "panels/bank_panel.h"
#include "panels/kit_tree_panel.h"
#include "panels/question_editor_panel.h"
#include "util/text.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/menu.h>
#include <wx/srchctrl.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>
#include <wx/uiaction.h>

using namespace ikit;
using namespace ikit::test;

namespace {
unsigned list_rows(GuiFixture& f) {
    auto* model = static_cast<wxDataViewVirtualListModel*>(f.control<wxDataViewCtrl>(control_name::kBankList)->GetModel());
    return model->GetCount();
}
}  // namespace

TEST_CASE("typing in the search box filters the bank list on every keystroke", "[gui]") {
    GuiFixture f;
    const unsigned all = list_rows(f);
    REQUIRE(all == f.services->library.bank.questions().size());

    // Each SetValue sends the text event a keystroke sends; "c", "cu", … narrows the last result.
    std::string typed;
    unsigned previous = all;
    for (char c : std::string("conflict")) {
        typed += c;
        f.control<wxSearchCtrl>(control_name::kBankSearch)->SetValue(wx(typed));
        BankFilter filter;
        filter.search = typed;
        CHECK(list_rows(f) == f.services->library.bank.filter(filter).size());
        CHECK(list_rows(f) <= previous);
        previous = list_rows(f);
    }
    CHECK(previous > 0);
    CHECK(previous < all);
    // The rows shown are those questions, in bank order, and the list shows their text.
    auto* model = static_cast<BankListModel*>(f.control<wxDataViewCtrl>(control_name::kBankList)->GetModel());
    BankFilter filter;
    filter.search = typed;
    const auto expected = f.services->library.bank.filter(filter);
    CHECK(model->rows() == expected);
    wxVariant text;
    model->GetValueByRow(text, 0, kBankColText);
    CHECK(utf8(text.GetString()) == f.services->library.bank.questions()[expected.front()].text);

    f.control<wxSearchCtrl>(control_name::kBankSearch)->SetValue("zzzz-no-such-words");
    CHECK(list_rows(f) == 0);
    f.control<wxSearchCtrl>(control_name::kBankSearch)->SetValue("");
    CHECK(list_rows(f) == all);

    // Real keystrokes in the focused search box do the same.
    f.frame->Raise();
    f.control<wxSearchCtrl>(control_name::kBankSearch)->SetFocus();
    f.pump(50);
    wxUIActionSimulator keys;
    keys.Text("team");
    f.pump(100);
    REQUIRE(utf8(f.control<wxSearchCtrl>(control_name::kBankSearch)->GetValue()) == "team");
    BankFilter team;
    team.search = "team";
    CHECK(model->rows() == f.services->library.bank.filter(team));
    CHECK(list_rows(f) < all);
}

TEST_CASE("add a bank question with the button, move it, undo and redo", "[gui]") {
    GuiFixture f;
    f.open_sample();
    const KitDocument& doc = f.document();
    const std::size_t before = doc.kit().question_count();
    REQUIRE(before > 0);

    // Pick a bank question not in the kit yet whose competency has a section, not the last one.
    BankPanel* bank = f.control<BankPanel>(control_name::kBankPane);
    auto section_of = [&](const Question& q) {
        for (std::size_t s = 0; s + 1 < doc.kit().sections.size(); ++s)
            if (doc.kit().sections[s].competency_id == q.main_competency()) return static_cast<int>(s);
        return -1;
    };
    unsigned row = 0;
    for (; row < list_rows(f); ++row) {
        f.select_bank_row(row);
        bool in_kit = false;
        for (const auto& s : doc.kit().sections)
            for (const auto& q : s.questions) in_kit |= q.bank_id == bank->selected_questions().front()->id;
        if (!in_kit && section_of(*bank->selected_questions().front()) >= 0) break;
    }
    REQUIRE(row < list_rows(f));
    const Question* chosen = bank->selected_questions().front();
    const auto section = static_cast<std::size_t>(section_of(*chosen));
    REQUIRE(f.control<wxButton>(control_name::kBankAdd)->IsEnabled());

    // It goes to the end of its competency's section, whatever is selected in the kit.
    const std::size_t size = doc.kit().sections[section].questions.size();
    int number = 0;
    for (std::size_t s = 0; s <= section; ++s) number += static_cast<int>(doc.kit().sections[s].questions.size());
    f.selection().select_question(doc.kit().sections.back().questions.front().id);
    f.click(f.control<wxButton>(control_name::kBankAdd));
    REQUIRE(doc.kit().question_count() == before + 1);
    const KitQuestion& added = doc.kit().sections[section].questions[size];
    CHECK(added.bank_id == chosen->id);
    CHECK(added.text == chosen->text);
    CHECK_FALSE(added.rubric.empty());
    // The tree shows it, selected, and the details pane edits it.
    CHECK(f.selection().question_id() == added.id);
    CHECK(utf8(f.control<wxTreeCtrl>(control_name::kKitOutline)->GetItemText(f.control<wxTreeCtrl>(control_name::kKitOutline)->GetSelection())) ==
          std::to_string(number + 1) + ".  (" + std::to_string(chosen->minutes) + " min)  " + chosen->text);
    CHECK(utf8(f.control<wxTextCtrl>(control_name::kQuestionText)->GetValue()) == chosen->text);
    CHECK(f.tree_labels().size() == doc.kit().sections.size() + doc.kit().question_count());

    // Move it down (Kit ▸ Move Down, Alt+Down): it swaps with the next question.
    const std::string id = added.id;
    const std::string next_id = doc.kit().sections[0].questions.size() > 2 ? doc.kit().sections[0].questions[2].id : "";
    f.menu(kCmdMoveDown);
    const QuestionPosition moved = doc.position_of(id);
    CHECK(moved == (QuestionPosition{section + 1, 0}));  // the last of its section: first of the next
    CHECK(f.selection().question_id() == id);

    // The Edit menu names what Undo will undo.
    f.frame->UpdateWindowUI(wxUPDATE_UI_RECURSE);
    wxMenuItem* undo = f.frame->GetMenuBar()->FindItem(wxID_UNDO);
    REQUIRE(undo);
    f.frame->GetMenuBar()->UpdateMenus();
    CHECK(utf8(f.frame->commands().current_label(wxID_UNDO)) == "&Undo Move question");

    f.menu(wxID_UNDO);
    CHECK(doc.position_of(id) == (QuestionPosition{section, size}));
    CHECK(utf8(f.frame->commands().current_label(wxID_REDO)) == "&Redo Move question");
    f.menu(wxID_REDO);
    CHECK(doc.position_of(id) == moved);
    f.menu(wxID_UNDO);
    f.menu(wxID_UNDO);  // and the add
    CHECK(doc.kit().question_count() == before);
    CHECK(doc.kit().find_question(id) == nullptr);
    CHECK(f.tree_labels().size() == doc.kit().sections.size() + before);
    (void)next_id;
}

TEST_CASE("double-clicking a bank question adds it; delete, duplicate, copy and paste edit the kit", "[gui]") {
    GuiFixture f;
    const KitDocument& doc = f.document();
    REQUIRE(doc.kit().question_count() == 0);
    f.select_bank_row(0);
    wxDataViewCtrl* list = f.control<wxDataViewCtrl>(control_name::kBankList);
    wxDataViewEvent activate(wxEVT_DATAVIEW_ITEM_ACTIVATED, list, list->GetSelection());
    list->ProcessWindowEvent(activate);
    REQUIRE(doc.kit().question_count() == 1);
    const std::string id = doc.kit().sections[0].questions[0].id;
    CHECK(f.selection().question_id() == id);

    f.control<wxTreeCtrl>(control_name::kKitOutline)->SetFocus();
    f.menu(kCmdDuplicate);
    CHECK(doc.kit().question_count() == 2);
    CHECK(doc.history().undo_description() == "Duplicate question");

    f.selection().select_question(id);
    f.menu(wxID_COPY);
    f.menu(wxID_PASTE);
    REQUIRE(doc.kit().question_count() == 3);
    CHECK(doc.kit().sections[0].questions[1].text == doc.kit().sections[0].questions[0].text);
    CHECK(doc.history().undo_description() == "Paste question");

    f.menu(wxID_DELETE);
    CHECK(doc.kit().question_count() == 2);
    CHECK(doc.history().undo_description() == "Remove question");
}

TEST_CASE("editing a question in the details pane is one undo step per committed field", "[gui]") {
    GuiFixture f;
    f.open_sample();
    const KitDocument& doc = f.document();
    const KitQuestion original = doc.kit().sections[0].questions[0];
    f.selection().select_question(original.id);
    REQUIRE(utf8(f.control<wxTextCtrl>(control_name::kQuestionText)->GetValue()) == original.text);

    f.control<wxTextCtrl>(control_name::kQuestionProbes)->SetValue("What did you do first?\n\n  And then?  \n");
    f.leave(f.control<wxTextCtrl>(control_name::kQuestionProbes));
    const KitQuestion* edited = doc.kit().find_question(original.id);
    REQUIRE(edited);
    CHECK(edited->probes == std::vector<std::string>{"What did you do first?", "And then?"});
    CHECK(edited->text == original.text);
    CHECK(doc.history().undo_description() == "Edit probes");
    CHECK(doc.modified());

    f.menu(wxID_UNDO);
    CHECK(*doc.kit().find_question(original.id) == original);
    CHECK(utf8(f.control<wxTextCtrl>(control_name::kQuestionProbes)->GetValue()) == join(original.probes, "\n"));
}

TEST_CASE("keyboard: Alt+Down and Alt+Up move the selected question, Delete removes it", "[gui]") {
    GuiFixture f;
    f.open_sample();
    const KitDocument& doc = f.document();
    const std::string id = doc.kit().sections[0].questions[0].id;
    wxTreeCtrl* tree = f.control<wxTreeCtrl>(control_name::kKitOutline);
    f.frame->Raise();
    f.selection().select_question(id);
    tree->SetFocus();
    f.pump(50);
    REQUIRE(wxWindow::FindFocus() == tree);

    wxUIActionSimulator keys;
    keys.Char(WXK_DOWN, wxMOD_ALT);
    f.pump(100);
    CHECK(doc.position_of(id) == (QuestionPosition{0, 1}));
    CHECK(f.selection().question_id() == id);
    keys.Char(WXK_UP, wxMOD_ALT);
    f.pump(100);
    CHECK(doc.position_of(id) == (QuestionPosition{0, 0}));
    keys.Char(WXK_DELETE);
    f.pump(100);
    CHECK(doc.kit().find_question(id) == nullptr);
    keys.Char('z', wxMOD_CONTROL);
    f.pump(100);
    CHECK(doc.kit().find_question(id) != nullptr);
    keys.Char('y', wxMOD_CONTROL);  // the second shortcut of Redo
    f.pump(100);
    CHECK(doc.kit().find_question(id) == nullptr);
    keys.Char('z', wxMOD_CONTROL);
    f.pump(100);
    keys.Char('z', wxMOD_CONTROL | wxMOD_SHIFT);
    f.pump(100);
    CHECK(doc.kit().find_question(id) == nullptr);
}
