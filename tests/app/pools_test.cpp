// A question's pool of variants in the app (issue 19): the editor's Variants tab adds, edits, removes and
// reorders members, turns a question into a pool and dissolves it, each as one named undo step that one
// Undo takes back exactly; the outline shows the pool and its size; a bank question's variant group is
// offered; a pool of one shows the check's advice.

#include "gui_fixture.h"

#include "bank/variant_groups.h"
#include "commands/commands.h"
#include "commands/pool_commands.h"
#include "panels/checks_panel.h"
#include "panels/display_text.h"
#include "panels/pool_editor.h"
#include "panels/question_editor_panel.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>

#include <algorithm>

using namespace ikit;
using namespace ikit::test;

namespace {

/// The outline's label of the question with this id ("" when it is not shown).
std::string outline_label(const GuiFixture& f, const std::string& id) {
    const std::string number = std::to_string(question_number(f.document().kit(), id)) + ".";
    for (const std::string& label : f.tree_labels())
        if (label.rfind(number, 0) == 0) return label;
    return {};
}

/// The outline item of the question with this id.
wxTreeItemId outline_item(const GuiFixture& f, const std::string& id) {
    auto* tree = f.control<wxTreeCtrl>(control_name::kKitOutline);
    const std::string number = std::to_string(question_number(f.document().kit(), id)) + ".";
    wxTreeItemIdValue a, b;
    for (auto s = tree->GetFirstChild(tree->GetRootItem(), a); s.IsOk(); s = tree->GetNextChild(tree->GetRootItem(), a))
        for (auto q = tree->GetFirstChild(s, b); q.IsOk(); q = tree->GetNextChild(s, b))
            if (utf8(tree->GetItemText(q)).rfind(number, 0) == 0) return q;
    return {};
}

/// The outline's tooltip of the question with this id.
std::string outline_tooltip(const GuiFixture& f, const std::string& id) {
    auto* tree = f.control<wxTreeCtrl>(control_name::kKitOutline);
    wxTreeEvent event(wxEVT_TREE_ITEM_GETTOOLTIP, tree, outline_item(f, id));
    tree->ProcessWindowEvent(event);
    return utf8(event.GetToolTip());
}

const KitQuestion& question(const GuiFixture& f, const std::string& id) { return *f.document().kit().find_question(id); }

/// Selects the first question of the sample kit and returns its id.
std::string select_first(GuiFixture& f) {
    f.open_sample();
    const std::string id = f.document().kit().sections[0].questions[0].id;
    f.selection().select_question(id);
    f.pump();
    return id;
}

/// Chooses the Add list's last entry, a new wording of the user's own.
void choose_new_wording(GuiFixture& f) {
    auto* choice = f.control<wxChoice>(control_name::kPoolAddChoice);
    choice->SetSelection(static_cast<int>(choice->GetCount()) - 1);
}

/// Types into a field and leaves it, as a user does.
void type_into(GuiFixture& f, const char* name, const std::string& text) {
    auto* box = f.control<wxTextCtrl>(name);
    box->SetValue(wx(text));
    f.leave(box);
}

/// Selects pool member `member` in the Variants tab's list, as a click does.
void pick_member(GuiFixture& f, int member) {
    auto* list = f.control<wxListBox>(control_name::kPoolMembers);
    list->SetSelection(member);
    wxCommandEvent event(wxEVT_LISTBOX, list->GetId());
    event.SetEventObject(list);
    event.SetInt(member);
    list->ProcessWindowEvent(event);
}

}  // namespace

TEST_CASE("adding, editing and removing a variant in the Variants tab are one undo step each", "[gui][pools]") {
    GuiFixture f;
    const std::string id = select_first(f);
    const KitDocument& doc = f.document();
    REQUIRE_FALSE(question(f, id).pool.present);
    CHECK(outline_label(f, id).find("pool") == std::string::npos);

    // Add: a new wording of one's own, which makes the question a pool of two.
    const Kit before_add = doc.kit();
    choose_new_wording(f);
    f.click(f.control<wxButton>(control_name::kPoolAdd));
    REQUIRE(question(f, id).pool.present);
    REQUIRE(question(f, id).pool.variants.size() == 1);
    CHECK(question(f, id).pool.variants[0].text.empty());
    CHECK(question(f, id).pool.variants[0].bank_id.empty());
    CHECK(doc.history().undo_description() == "Add variant");
    CHECK(outline_label(f, id).find("[pool of 2]") != std::string::npos);
    CHECK(f.control<PoolEditor>(control_name::kPoolEditor)->selected_member() == 1);
    CHECK(f.control<wxListBox>(control_name::kPoolMembers)->GetCount() == 2);

    // Edit: the wording and notes typed in apply as the field is left, one step per field.
    const Kit before_edit = doc.kit();
    type_into(f, control_name::kPoolVariantText, "Walk me through a time your plan met resistance.");
    CHECK(question(f, id).pool.variants[0].text == "Walk me through a time your plan met resistance.");
    CHECK(doc.history().undo_description() == "Edit variant");
    std::string many;
    for (int i = 1; i <= 12; ++i) many += "signal " + std::to_string(i) + "\n";
    type_into(f, control_name::kPoolVariantListenFor, many);
    CHECK(question(f, id).pool.variants[0].listen_for.size() == 10);  // a variant holds at most 10 of each
    CHECK(question(f, id).pool.variants[0].listen_for.front() == "signal 1");
    CHECK(outline_tooltip(f, id).find("Walk me through a time your plan met resistance.") != std::string::npos);

    // One undo takes back exactly the last step; redo does it again.
    const Kit after_listen = doc.kit();
    f.menu(wxID_UNDO);
    CHECK(question(f, id).pool.variants[0].listen_for.empty());
    CHECK(question(f, id).pool.variants[0].text == "Walk me through a time your plan met resistance.");
    f.menu(wxID_UNDO);
    CHECK(doc.kit() == before_edit);
    CHECK(utf8(f.control<wxTextCtrl>(control_name::kPoolVariantText)->GetValue()).empty());
    f.menu(wxID_REDO);
    f.menu(wxID_REDO);
    CHECK(doc.kit() == after_listen);

    // Remove: the pool stays, of one, and says so.
    const Kit before_remove = doc.kit();
    pick_member(f, 1);
    f.click(f.control<wxButton>(control_name::kPoolRemove));
    CHECK(question(f, id).pool.present);
    CHECK(question(f, id).pool.variants.empty());
    CHECK(doc.history().undo_description() == "Remove variant");
    CHECK(outline_label(f, id).find("[pool of 1]") != std::string::npos);
    f.menu(wxID_UNDO);
    CHECK(doc.kit() == before_remove);
    CHECK(outline_label(f, id).find("[pool of 2]") != std::string::npos);
    f.menu(wxID_REDO);
    CHECK(question(f, id).pool.variants.empty());

    // Undoing every step brings back the kit as it was before the first.
    while (doc.kit() != before_add && doc.history().can_undo()) f.menu(wxID_UNDO);
    CHECK(doc.kit() == before_add);
    CHECK(outline_label(f, id).find("pool") == std::string::npos);
}

TEST_CASE("the question itself is the pool's first member and cannot be removed or edited there", "[gui][pools]") {
    GuiFixture f;
    const std::string id = select_first(f);
    choose_new_wording(f);
    f.click(f.control<wxButton>(control_name::kPoolAdd));
    pick_member(f, 0);
    auto* text = f.control<wxTextCtrl>(control_name::kPoolVariantText);
    CHECK(utf8(text->GetValue()) == question(f, id).text);
    CHECK_FALSE(text->IsEditable());
    CHECK_FALSE(f.control<wxButton>(control_name::kPoolRemove)->IsEnabled());
    CHECK_FALSE(f.control<wxButton>(control_name::kPoolMakeFirst)->IsEnabled());
    auto* list = f.control<wxListBox>(control_name::kPoolMembers);
    CHECK(utf8(list->GetString(0)).find("(the question)") != std::string::npos);
}

TEST_CASE("making a variant first swaps it with the question's wording, as one undo step", "[gui][pools]") {
    GuiFixture f;
    const std::string id = select_first(f);
    const std::string old_text = question(f, id).text;
    const auto old_probes = question(f, id).probes;
    choose_new_wording(f);
    f.click(f.control<wxButton>(control_name::kPoolAdd));
    type_into(f, control_name::kPoolVariantText, "Describe a process you fixed.");
    type_into(f, control_name::kPoolVariantProbes, "What did it cost?");
    const Kit before = f.document().kit();
    pick_member(f, 1);
    f.click(f.control<wxButton>(control_name::kPoolMakeFirst));
    const KitQuestion& q = question(f, id);
    CHECK(q.text == "Describe a process you fixed.");
    CHECK(q.probes == std::vector<std::string>{"What did it cost?"});
    CHECK(q.bank_id.empty());
    REQUIRE(q.pool.variants.size() == 1);
    CHECK(q.pool.variants[0].text == old_text);
    CHECK(q.pool.variants[0].probes == old_probes);
    CHECK(q.pool.variants[0].bank_id == before.find_question(id)->bank_id);
    CHECK(q.rubric == before.find_question(id)->rubric);
    CHECK(q.minutes == before.find_question(id)->minutes);
    CHECK(f.document().history().undo_description() == "Make variant first");
    CHECK(f.control<PoolEditor>(control_name::kPoolEditor)->selected_member() == 0);
    f.menu(wxID_UNDO);
    CHECK(f.document().kit() == before);
}

TEST_CASE("dissolving a pool makes it an ordinary question again, as one undo step", "[gui][pools]") {
    GuiFixture f;
    const std::string id = select_first(f);
    choose_new_wording(f);
    f.click(f.control<wxButton>(control_name::kPoolAdd));
    type_into(f, control_name::kPoolVariantText, "Another way to ask it?");
    choose_new_wording(f);
    f.click(f.control<wxButton>(control_name::kPoolAdd));
    REQUIRE(question(f, id).pool.size() == 3);
    CHECK(outline_label(f, id).find("[pool of 3]") != std::string::npos);
    auto* toggle = f.control<wxButton>(control_name::kPoolToggle);
    CHECK(utf8(wxControl::RemoveMnemonics(toggle->GetLabel())) == "Dissolve Pool");
    const Kit before = f.document().kit();
    f.click(toggle);
    CHECK_FALSE(question(f, id).pool.present);
    CHECK(question(f, id).pool.variants.empty());
    CHECK(f.document().history().undo_description() == "Dissolve pool");
    CHECK(outline_label(f, id).find("pool") == std::string::npos);
    CHECK(utf8(wxControl::RemoveMnemonics(toggle->GetLabel())) == "Turn into Pool");
    CHECK(f.control<wxListBox>(control_name::kPoolMembers)->GetCount() == 1);
    f.menu(wxID_UNDO);
    CHECK(f.document().kit() == before);
    CHECK(outline_label(f, id).find("[pool of 3]") != std::string::npos);
}

TEST_CASE("the bank's variant group of a question is offered, members not in the pool yet", "[gui][pools]") {
    GuiFixture f;
    f.open_sample();
    const QuestionBank& bank = f.services->library.bank;
    // A bank question with at least two other members in its group.
    const Question* source = nullptr;
    for (const Question& q : bank.questions())
        if (variants_of(bank, q).size() >= 3) {
            source = &q;
            break;
        }
    REQUIRE(source);
    const auto group = variants_of(bank, *source);
    const Rubric* rubric = f.services->library.rubrics.default_for(source->competency_ids);
    const std::string id = f.frame->context().edits.apply(
        [&](KitDocument& doc) { return doc.add_bank_question(*source, rubric ? *rubric : Rubric{}, QuestionPosition{0, 0}); });
    f.selection().select_question(id);
    f.pump();

    auto* choice = f.control<wxChoice>(control_name::kPoolAddChoice);
    REQUIRE(choice->GetCount() == group.size());  // the other members, then a new wording
    CHECK(utf8(choice->GetString(0)).rfind("From the bank: ", 0) == 0);
    CHECK(choice->GetSelection() == 0);
    const Kit before = f.document().kit();
    f.click(f.control<wxButton>(control_name::kPoolAdd));
    const KitQuestion& q = question(f, id);
    REQUIRE(q.pool.variants.size() == 1);
    CHECK(q.pool.variants[0].bank_id == group[1]->id);
    CHECK(q.pool.variants[0].text == group[1]->text);
    CHECK(q.pool.variants[0].probes == group[1]->probes);
    CHECK(f.document().history().undo_description() == "Add variant");
    // The member added is no longer offered.
    CHECK(choice->GetCount() == group.size() - 1);
    for (unsigned i = 0; i < choice->GetCount(); ++i)
        CHECK(utf8(choice->GetString(i)).find(group[1]->text.substr(0, 30)) == std::string::npos);
    const auto& source_label = *f.control<wxStaticText>(control_name::kPoolSource);
    CHECK(utf8(source_label.GetLabel()).find(group[1]->id) != std::string::npos);
    // Through the menu: Add Variant adds the next one offered.
    f.menu(kCmdAddVariant);
    CHECK(question(f, id).pool.variants.size() == 2);
    CHECK(question(f, id).pool.variants[1].bank_id == group[2]->id);
    f.menu(wxID_UNDO);
    f.menu(wxID_UNDO);
    CHECK(f.document().kit() == before);
}

TEST_CASE("a pool of one shows the check's advice, in the checks and the outline", "[gui][pools]") {
    GuiFixture f;
    const std::string id = select_first(f);
    REQUIRE(f.frame->commands().is_enabled(kCmdTurnIntoPool));
    CHECK_FALSE(f.frame->commands().is_enabled(kCmdDissolvePool));
    f.menu(kCmdTurnIntoPool);
    CHECK(question(f, id).pool.present);
    CHECK(question(f, id).pool.variants.empty());
    CHECK(f.document().history().undo_description() == "Turn into pool");
    CHECK(outline_label(f, id).find("[pool of 1]") != std::string::npos);
    CHECK(f.frame->commands().is_enabled(kCmdDissolvePool));
    f.menu(kCmdRunChecks);
    const auto& findings = f.control<ChecksPanel>(control_name::kChecksPane)->findings();
    const auto advice = std::find_if(findings.begin(), findings.end(), [&](const Finding& x) {
        return x.check == "pool" && x.question_id == id;
    });
    REQUIRE(advice != findings.end());
    CHECK(advice->severity == Severity::Advice);
    CHECK(outline_tooltip(f, id).find(advice->message) != std::string::npos);
    // Adding a variant through the menu answers the advice.
    choose_new_wording(f);
    f.menu(kCmdAddVariant);
    type_into(f, control_name::kPoolVariantText, "What would you do differently next time?");
    f.menu(kCmdRunChecks);
    const auto& later = f.control<ChecksPanel>(control_name::kChecksPane)->findings();
    CHECK(std::none_of(later.begin(), later.end(),
                       [&](const Finding& x) { return x.check == "pool" && x.question_id == id; }));
}

TEST_CASE("the Kit menu's pool commands act on the Variants tab's selected member", "[gui][pools]") {
    GuiFixture f;
    const std::string id = select_first(f);
    CHECK_FALSE(f.frame->commands().is_enabled(kCmdRemoveVariant));
    f.menu(kCmdShowVariants);
    auto* tabs = f.control<wxNotebook>(control_name::kQuestionTabs);
    CHECK(tabs->GetCurrentPage() == f.control<PoolEditor>(control_name::kPoolEditor));
    choose_new_wording(f);
    f.menu(kCmdAddVariant);
    CHECK(utf8(tabs->GetPageText(static_cast<std::size_t>(tabs->GetSelection()))) == "Variants (2)");
    type_into(f, control_name::kPoolVariantText, "A second wording?");
    REQUIRE(f.frame->commands().is_enabled(kCmdRemoveVariant));
    REQUIRE(f.frame->commands().is_enabled(kCmdMakeVariantFirst));
    f.menu(kCmdMakeVariantFirst);
    CHECK(question(f, id).text == "A second wording?");
    pick_member(f, 1);
    f.menu(kCmdRemoveVariant);
    CHECK(question(f, id).pool.variants.empty());
    f.menu(kCmdDissolvePool);
    CHECK_FALSE(question(f, id).pool.present);
    CHECK(utf8(tabs->GetPageText(static_cast<std::size_t>(tabs->GetSelection()))) == "Variants");
}
