// The kit outline: dropping bank questions on it, dragging questions within it, section commands,
// numbering and tooltips, and the kit-level dialogs (properties, new from bank) answered by the
// scripted prompts.

#include "gui_fixture.h"

#include "commands/commands.h"
#include "panels/bank_panel.h"
#include "panels/display_text.h"
#include "panels/kit_tree_panel.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <wx/choice.h>
#include <wx/treectrl.h>

using namespace ikit;
using namespace ikit::test;

namespace {
/// The first item whose label contains `text` (section labels start with the title, question labels
/// with their number and minutes).
wxTreeItemId find_item(wxTreeCtrl* tree, const std::string& text) {
    wxTreeItemIdValue a, b;
    for (auto s = tree->GetFirstChild(tree->GetRootItem(), a); s.IsOk(); s = tree->GetNextChild(tree->GetRootItem(), a)) {
        if (utf8(tree->GetItemText(s)).find(text) != std::string::npos) return s;
        for (auto q = tree->GetFirstChild(s, b); q.IsOk(); q = tree->GetNextChild(s, b))
            if (utf8(tree->GetItemText(q)).find(text) != std::string::npos) return q;
    }
    return {};
}
}  // namespace

TEST_CASE("bank questions dropped on a kit question go right after it", "[gui]") {
    GuiFixture f;
    f.open_sample();
    const KitDocument& doc = f.document();
    const KitSection& second = doc.kit().sections.at(1);
    const KitQuestion target = second.questions.at(0);
    wxTreeCtrl* tree = f.control<wxTreeCtrl>(control_name::kKitOutline);
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
    // Near the start of the label: a long label runs past the pane's edge on a small screen.
    const wxPoint point = rect.GetPosition() + wxPoint(std::min(rect.width / 2, tree->FromDIP(40)), rect.height / 2);
    f.control<KitTreePanel>(control_name::kKitPane)->drop_bank_questions({dropped->id}, point);
    REQUIRE(doc.kit().question_count() == before + 1);
    CHECK(doc.kit().sections[1].questions[1].bank_id == dropped->id);
}

TEST_CASE("dragging a question onto another section's question moves it there", "[gui]") {
    GuiFixture f;
    f.open_sample();
    const KitDocument& doc = f.document();
    const std::string moving = doc.kit().sections[0].questions[0].id;
    const std::string target_text = doc.kit().sections[1].questions[0].text;
    wxTreeCtrl* tree = f.control<wxTreeCtrl>(control_name::kKitOutline);
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
    const KitDocument& doc = f.document();
    const std::size_t sections = doc.kit().sections.size();
    f.selection().select_section(doc.kit().sections[0].id);

    f.prompts->text = "Wrap-up";
    f.menu(kCmdAddSection);
    REQUIRE(doc.kit().sections.size() == sections + 1);
    CHECK(doc.kit().sections[1].title == "Wrap-up");
    CHECK(f.selection().section_id() == doc.kit().sections[1].id);

    f.prompts->text = "Closing";
    f.menu(kCmdRenameSection);
    CHECK(doc.kit().sections[1].title == "Closing");
    CHECK(find_item(f.control<wxTreeCtrl>(control_name::kKitOutline), "Closing").IsOk());

    f.menu(kCmdRemoveSection);
    CHECK(doc.kit().sections.size() == sections);
    CHECK_FALSE(find_item(f.control<wxTreeCtrl>(control_name::kKitOutline), "Closing").IsOk());
}

TEST_CASE("kit properties and New from Bank go through their dialogs", "[gui]") {
    GuiFixture f;
    const KitDocument& doc = f.document();
    const Role& role = f.services->library.bank.roles().back();

    KitProperties properties = doc.kit().properties;
    properties.title = "Panel for support leads";
    properties.role_id = role.id;
    properties.role_name = role.name;
    properties.length_minutes = 45;
    KitSettings settings = doc.kit().settings();
    settings.properties = properties;
    settings.recommendation_labels = {"Do not hire", "Hire"};
    settings.competencies = {*f.services->library.bank.competency("kpis-metrics")};
    f.prompts->properties = settings;
    f.menu(kCmdProperties);
    CHECK(doc.kit().properties == properties);
    CHECK(doc.kit().recommendation_labels == settings.recommendation_labels);
    CHECK(doc.kit().competencies == settings.competencies);
    CHECK(doc.history().undo_description() == "Change kit properties");
    CHECK(f.frame->GetTitle().Contains("Panel for support leads"));
    // The bank follows the kit's role.
    CHECK(f.control<wxChoice>(control_name::kBankRole)->GetStringSelection() == wx(role.name));

    f.prompts->save_choice = SaveChoice::DontSave;
    KitRequest request;
    request.role = role.id;
    request.minutes = 45;
    request.title = "Assembled";
    f.prompts->new_kit = request;
    f.menu(kCmdNewFromBank);
    CHECK(doc.kit().properties.title == "Assembled");
    CHECK(doc.kit().question_count() > 0);
    // Shaped as interviews run: the body, then a close that keeps 10 minutes for the candidate, 5 to spare.
    REQUIRE_FALSE(doc.kit().sections.empty());
    CHECK(doc.kit().sections.back().kind == SectionKind::Close);
    CHECK(doc.kit().sections.back().candidate_minutes == 10);
    CHECK(doc.kit().planned_minutes() + doc.kit().reserved_minutes() <= 40);
    f.pump();
    const auto labels = f.tree_labels();
    CHECK(std::any_of(labels.begin(), labels.end(), [](const std::string& label) {
        return label.find("+ 10 min for the candidate") != std::string::npos;
    }));
    CHECK(doc.modified());
    CHECK(doc.path().empty());
}

TEST_CASE("outline questions are numbered across sections and their tooltip has the whole text", "[gui]") {
    GuiFixture f;
    f.open_sample();
    const Kit& kit = f.document().kit();
    REQUIRE(kit.sections.size() > 1);
    wxTreeCtrl* tree = f.control<wxTreeCtrl>(control_name::kKitOutline);

    // Labels: section rows, then "1.  (5 min)  …", "2.  …" running on into the next section.
    std::vector<std::string> expected;
    int number = 0;
    for (const auto& s : kit.sections) {
        expected.push_back(section_label(s));
        for (const auto& q : s.questions) expected.push_back(question_label(q, ++number));
    }
    CHECK(f.tree_labels() == expected);
    const KitQuestion& first_of_second = kit.sections[1].questions.at(0);
    const std::string label = std::to_string(kit.sections[0].questions.size() + 1) + ".  (" +
                              std::to_string(first_of_second.minutes) + " min)  " + first_of_second.text;
    CHECK(std::find(expected.begin(), expected.end(), label) != expected.end());

    // The tooltip of a question row is its number and whole text, whatever the pane's width.
    const wxTreeItemId item = find_item(tree, first_of_second.text);
    REQUIRE(item.IsOk());
    wxTreeEvent tip(wxEVT_TREE_ITEM_GETTOOLTIP, tree, item);
    tree->ProcessWindowEvent(tip);
    CHECK(utf8(tip.GetToolTip()) == question_tooltip(first_of_second, question_number(kit, first_of_second.id)));
    CHECK(utf8(tip.GetToolTip()).find(first_of_second.text) != std::string::npos);
    wxTreeEvent section_tip(wxEVT_TREE_ITEM_GETTOOLTIP, tree, tree->GetItemParent(item));
    tree->ProcessWindowEvent(section_tip);
    CHECK(utf8(section_tip.GetToolTip()) == section_tooltip(kit.sections[1]));

    // Moving a question renumbers the rows after an edit of the document.
    const std::string moved = kit.sections[0].questions[0].id;
    f.frame->context().edits.apply([&](KitDocument& doc) { doc.move_question(moved, QuestionPosition{1, 0}); });
    f.pump();
    number = 0;
    expected.clear();
    for (const auto& s : kit.sections) {
        expected.push_back(section_label(s));
        for (const auto& q : s.questions) expected.push_back(question_label(q, ++number));
    }
    CHECK(f.tree_labels() == expected);

    // An edit that keeps the outline's shape relabels the row in place, with the same number.
    KitQuestion last = kit.sections.back().questions.back();
    last.minutes += 3;
    f.frame->context().edits.apply([&](KitDocument& doc) { doc.edit_question(last, "Change minutes"); });
    f.pump();
    CHECK(f.tree_labels().back() == question_label(last, static_cast<int>(kit.question_count())));
}
