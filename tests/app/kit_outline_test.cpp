// The kit outline: dropping bank questions on it, dragging questions within it, section commands,
// and the kit-level dialogs (properties, new from bank) answered by the scripted prompts.

#include "gui_fixture.h"

#include "commands/commands.h"
#include "panels/bank_panel.h"
#include "panels/kit_tree_panel.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <wx/choice.h>
#include <wx/treectrl.h>

using namespace ikit;
using namespace ikit::test;

namespace {
wxTreeItemId find_item(wxTreeCtrl* tree, const std::string& label_start) {
    wxTreeItemIdValue a, b;
    for (auto s = tree->GetFirstChild(tree->GetRootItem(), a); s.IsOk(); s = tree->GetNextChild(tree->GetRootItem(), a)) {
        if (utf8(tree->GetItemText(s)).rfind(label_start, 0) == 0) return s;
        for (auto q = tree->GetFirstChild(s, b); q.IsOk(); q = tree->GetNextChild(s, b))
            if (utf8(tree->GetItemText(q)).rfind(label_start, 0) == 0) return q;
    }
    return {};
}
}  // namespace

TEST_CASE("bank questions dropped on a kit question go right after it", "[gui]") {
    GuiFixture f;
    f.open_sample();
    KitDocument& doc = f.frame->document();
    const KitSection& second = doc.kit().sections.at(1);
    const KitQuestion target = second.questions.at(0);
    wxTreeCtrl* tree = f.frame->kit_panel()->tree();
    const wxTreeItemId item = find_item(tree, target.text);
    REQUIRE(item.IsOk());
    tree->EnsureVisible(item);
    f.pump();
    wxRect rect;
    REQUIRE(tree->GetBoundingRect(item, rect, true));

    const Question* dropped = nullptr;
    for (const auto& q : f.services->library.bank.questions())
        if (q.text != target.text) dropped = &q;
    REQUIRE(dropped);
    const std::size_t before = doc.kit().question_count();
    f.frame->kit_panel()->drop_bank_questions({dropped->id}, rect.GetPosition() + wxPoint(rect.width / 2, rect.height / 2));
    REQUIRE(doc.kit().question_count() == before + 1);
    CHECK(doc.kit().sections[1].questions[1].bank_id == dropped->id);
}

TEST_CASE("dragging a question onto another section's question moves it there", "[gui]") {
    GuiFixture f;
    f.open_sample();
    KitDocument& doc = f.frame->document();
    const std::string moving = doc.kit().sections[0].questions[0].id;
    const std::string target_text = doc.kit().sections[1].questions[0].text;
    wxTreeCtrl* tree = f.frame->kit_panel()->tree();
    const wxTreeItemId from = find_item(tree, doc.kit().sections[0].questions[0].text);
    const wxTreeItemId to = find_item(tree, target_text);
    REQUIRE(from.IsOk());
    REQUIRE(to.IsOk());

    wxTreeEvent begin(wxEVT_TREE_BEGIN_DRAG, tree, from);
    tree->ProcessWindowEvent(begin);
    CHECK(begin.IsAllowed());
    wxTreeEvent end(wxEVT_TREE_END_DRAG, tree, to);
    tree->ProcessWindowEvent(end);
    f.pump();
    CHECK(doc.position_of(moving) == (QuestionPosition{1, 0}));
    CHECK(doc.history().undo_description() == "Move question");
}

TEST_CASE("section commands add, rename and remove sections", "[gui]") {
    GuiFixture f;
    f.open_sample();
    KitDocument& doc = f.frame->document();
    const std::size_t sections = doc.kit().sections.size();
    f.frame->kit_panel()->select_section(doc.kit().sections[0].id);

    f.prompts->text = "Wrap-up";
    f.menu(kCmdAddSection);
    REQUIRE(doc.kit().sections.size() == sections + 1);
    CHECK(doc.kit().sections[1].title == "Wrap-up");
    CHECK(f.frame->kit_panel()->selected_section_id() == doc.kit().sections[1].id);

    f.prompts->text = "Closing";
    f.menu(kCmdRenameSection);
    CHECK(doc.kit().sections[1].title == "Closing");
    CHECK(find_item(f.frame->kit_panel()->tree(), "Closing").IsOk());

    f.menu(kCmdRemoveSection);
    CHECK(doc.kit().sections.size() == sections);
    CHECK_FALSE(find_item(f.frame->kit_panel()->tree(), "Closing").IsOk());
}

TEST_CASE("kit properties and New from Bank go through their dialogs", "[gui]") {
    GuiFixture f;
    KitDocument& doc = f.frame->document();
    const Role& role = f.services->library.bank.roles().back();

    KitProperties properties = doc.kit().properties;
    properties.title = "Panel for support leads";
    properties.role_id = role.id;
    properties.role_name = role.name;
    properties.length_minutes = 45;
    f.prompts->properties = properties;
    f.menu(kCmdProperties);
    CHECK(doc.kit().properties == properties);
    CHECK(doc.history().undo_description() == "Change kit properties");
    CHECK(f.frame->GetTitle().Contains("Panel for support leads"));
    // The bank follows the kit's role.
    CHECK(f.frame->bank_panel()->role_choice()->GetStringSelection() == wx(role.name));

    f.prompts->save_choice = SaveChoice::DontSave;
    KitRequest request;
    request.role = role.id;
    request.minutes = 45;
    request.title = "Assembled";
    f.prompts->new_kit = request;
    f.menu(kCmdNewFromBank);
    CHECK(doc.kit().properties.title == "Assembled");
    CHECK(doc.kit().question_count() > 0);
    CHECK(doc.modified());
    CHECK(doc.path().empty());
}
