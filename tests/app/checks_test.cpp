// The checks pane follows the kit: a protected-topic question shows up as an error finding, in full,
// with its suggested wording; the outline marks the question; the suggestion is taken in one step.

#include "gui_fixture.h"

#include "commands/commands.h"
#include "panels/checks_panel.h"
#include "panels/display_text.h"
#include "panels/findings_list.h"
#include "panels/kit_tree_panel.h"
#include "panels/question_editor_panel.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/htmllbox.h>
#include <wx/splitter.h>
#include <wx/textctrl.h>

using namespace ikit;
using namespace ikit::test;

namespace {

/// Adds a custom question with this text through the editor, as a user types it and leaves the field.
std::string add_custom(GuiFixture& f, const char* text) {
    f.menu(kCmdAddCustomQuestion);
    const std::string id = f.control<QuestionEditorPanel>(control_name::kEditorPane)->question_id();
    f.control<wxTextCtrl>(control_name::kQuestionText)->SetValue(text);
    f.leave(f.control<wxTextCtrl>(control_name::kQuestionText));
    f.pump(300);  // the checks re-run a moment after the last change
    return id;
}

/// The outline item of the question with this label prefix.
wxTreeItemId outline_item(wxTreeCtrl* tree, const std::string& id, const KitDocument& doc) {
    const std::string number = std::to_string(question_number(doc.kit(), id)) + ".";
    wxTreeItemIdValue a, b;
    for (auto s = tree->GetFirstChild(tree->GetRootItem(), a); s.IsOk(); s = tree->GetNextChild(tree->GetRootItem(), a))
        for (auto q = tree->GetFirstChild(s, b); q.IsOk(); q = tree->GetNextChild(s, b))
            if (utf8(tree->GetItemText(q)).rfind(number, 0) == 0) return q;
    return {};
}

}  // namespace

TEST_CASE("a protected-topic question is an error in the checks, shown whole, and marked in the outline", "[gui]") {
    GuiFixture f;
    f.open_sample();
    ChecksPanel* checks = f.control<ChecksPanel>(control_name::kChecksPane);
    auto* tree = f.control<wxTreeCtrl>(control_name::kKitOutline);
    const std::string id = add_custom(f, "How old are your children?");
    const auto& findings = checks->findings();
    const auto found = std::find_if(findings.begin(), findings.end(), [&](const Finding& x) {
        return x.check == "protected-topic" && x.question_id == id;
    });
    REQUIRE(found != findings.end());
    const Finding finding = *found;  // the findings are replaced at the next run
    CHECK(finding.severity == Severity::Error);
    REQUIRE_FALSE(finding.suggestion.empty());

    // The list has one row per finding; the row holds the whole message and the suggestion, not a tooltip.
    auto* list = f.control<wxHtmlListBox>(control_name::kChecksList);
    REQUIRE(list->GetItemCount() == findings.size());
    const std::string row = finding_row_html(finding);
    CHECK(row.find("Error") != std::string::npos);
    CHECK(row.find("Suggested wording") != std::string::npos);
    CHECK(utf8(checks->summary()).find("error") != std::string::npos);

    // The outline marks the question: the error icon, the alert colour and the finding in its tooltip.
    const wxTreeItemId item = outline_item(tree, id, f.document());
    REQUIRE(item.IsOk());
    const int error_image = tree->GetItemImage(item);
    CHECK(tree->GetItemTextColour(item).IsOk());
    wxTreeEvent tip(wxEVT_TREE_ITEM_GETTOOLTIP, tree, item);
    tree->ProcessWindowEvent(tip);
    CHECK(utf8(tip.GetToolTip()).find(finding.message) != std::string::npos);
    // A plain custom question carries the custom icon, not the error's.
    const std::string plain = add_custom(f, "What do you look for in a first week?");
    CHECK(tree->GetItemImage(outline_item(tree, plain, f.document())) != error_image);

    // Choosing the finding selects its question in the kit.
    f.selection().select_section(f.document().kit().sections[0].id);
    checks->select_finding(finding);
    f.pump();
    CHECK(f.selection().question_id() == id);
}

TEST_CASE("Use the Suggested Wording rewrites the flagged question in one undo step", "[gui]") {
    GuiFixture f;
    f.open_sample();
    ChecksPanel* checks = f.control<ChecksPanel>(control_name::kChecksPane);
    const std::string id = add_custom(f, "How old are your children?");
    const auto& findings = checks->findings();
    const auto found = std::find_if(findings.begin(), findings.end(),
                                    [&](const Finding& x) { return x.question_id == id && !x.suggestion.empty(); });
    REQUIRE(found != findings.end());
    const Finding finding = *found;
    auto* use = f.control<wxButton>(control_name::kChecksUseSuggestion);
    checks->select_finding(finding);
    f.pump();
    REQUIRE(use->IsShown());
    f.click(use);
    CHECK(f.document().kit().find_question(id)->text == finding.suggestion);
    CHECK(f.document().history().undo_description() == "Use suggested wording");
    CHECK(utf8(f.control<wxTextCtrl>(control_name::kQuestionText)->GetValue()) == finding.suggestion);
    f.pump(300);
    CHECK(std::none_of(checks->findings().begin(), checks->findings().end(), [&](const Finding& x) {
        return x.question_id == id && x.check == "protected-topic";
    }));
    f.menu(wxID_UNDO);
    CHECK(f.document().kit().find_question(id)->text == "How old are your children?");
}

TEST_CASE("the checks pane grows with its findings, and rows wrap at the pane's width", "[gui]") {
    GuiFixture f;
    f.open_sample();
    ChecksPanel* checks = f.control<ChecksPanel>(control_name::kChecksPane);
    f.pump(100);
    const int before = checks->GetSize().y;
    add_custom(f, "How old are your children?");
    add_custom(f, "Are you married, and do you plan to have kids?");
    add_custom(f, "Where were you born?");
    f.pump(100);
    CHECK(checks->findings().size() >= 3);
    CHECK(checks->GetSize().y > before);
    CHECK(checks->GetSize().y <= f.frame->GetClientSize().y * 2 / 5 + checks->FromDIP(8));
}

TEST_CASE("a finding's row text and tooltip carry its message and suggestion", "[gui]") {
    Finding finding;
    finding.message = "Asks about age, a protected topic.";
    CHECK(finding_text(finding) == finding.message);
    CHECK(finding_tooltip(finding) == finding.message);
    finding.suggestion = "Are you legally allowed to work here?";
    CHECK(finding_text(finding) == "Asks about age, a protected topic.  Try: Are you legally allowed to work here?");
    CHECK(finding_tooltip(finding) ==
          "Asks about age, a protected topic.\n\nTry: Are you legally allowed to work here?");
    finding.message = "Uses <b> & friends";
    CHECK(finding_row_html(finding).find("&lt;b&gt; &amp; friends") != std::string::npos);
}
