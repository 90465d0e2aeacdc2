// The checks pane follows the kit: a protected-topic question shows up as an error finding; long
// findings are whole in their row's tooltip.

#include "gui_fixture.h"

#include "commands/commands.h"
#include "panels/checks_panel.h"
#include "panels/kit_tree_panel.h"
#include "panels/question_editor_panel.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>

using namespace ikit;
using namespace ikit::test;

TEST_CASE("the checks pane shows a protected-topic finding for a custom question about age", "[gui]") {
    GuiFixture f;
    f.open_sample();
    ChecksPanel* checks = f.control<ChecksPanel>(control_name::kChecksPane);
    f.pump(100);
    auto is_age = [](const Finding& finding) { return finding.check == "protected-topic"; };
    REQUIRE(std::none_of(checks->findings().begin(), checks->findings().end(), is_age));

    f.menu(kCmdAddCustomQuestion);
    QuestionEditorPanel* editor = f.control<QuestionEditorPanel>(control_name::kEditorPane);
    const std::string id = editor->question_id();
    REQUIRE_FALSE(id.empty());
    f.control<wxTextCtrl>(control_name::kQuestionText)->SetValue("How old are you?");
    f.click(f.control<wxButton>(control_name::kQuestionApply));
    REQUIRE(f.document().kit().find_question(id)->text == "How old are you?");

    f.pump(300);  // the checks re-run a moment after the last change
    const auto& findings = checks->findings();
    const auto found = std::find_if(findings.begin(), findings.end(), is_age);
    REQUIRE(found != findings.end());
    CHECK(found->severity == Severity::Error);
    CHECK(found->question_id == id);
    const long row = static_cast<long>(found - findings.begin());
    REQUIRE(f.control<wxListCtrl>(control_name::kChecksList)->GetItemCount() == static_cast<int>(findings.size()));
    CHECK(f.control<wxListCtrl>(control_name::kChecksList)->GetItemText(row, 0) == "Error");

    // Choosing the finding selects its question in the kit.
    f.selection().select_section(f.document().kit().sections[0].id);
    f.control<wxListCtrl>(control_name::kChecksList)->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    f.pump();
    CHECK(f.selection().question_id() == id);
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
}

TEST_CASE("the checks pane's finding column fills the width and a hovered finding shows in full", "[gui]") {
    GuiFixture f;
    f.open_sample();
    f.menu(kCmdAddCustomQuestion);  // "New question" and no rubric competency: findings to show
    ChecksPanel* checks = f.control<ChecksPanel>(control_name::kChecksPane);
    checks->run_now(f.document().kit());
    f.pump(50);
    wxListCtrl* list = f.control<wxListCtrl>(control_name::kChecksList);
    REQUIRE_FALSE(checks->findings().empty());
    const int client = list->GetClientSize().x;
    CHECK(list->GetColumnWidth(0) + list->GetColumnWidth(1) <= client);
    CHECK(list->GetColumnWidth(0) + list->GetColumnWidth(1) >= client - list->FromDIP(8));

    wxRect rect;
    REQUIRE(list->GetItemRect(0, rect));
    const wxPoint point = list->ClientToScreen(rect.GetPosition() + wxPoint(rect.width / 2, rect.height / 2));
    // The generic list draws its rows in a child window, a native one in itself: hover whichever it is.
    std::vector<wxWindow*> areas{list};
    for (wxWindow* child : list->GetChildren()) areas.push_back(child);
    wxString tip;
    for (wxWindow* area : areas) {
        wxMouseEvent motion(wxEVT_MOTION);
        motion.SetEventObject(area);
        motion.SetPosition(area->ScreenToClient(point));
        area->ProcessWindowEvent(motion);
        if (!area->GetToolTipText().empty()) tip = area->GetToolTipText();
    }
    CHECK(utf8(tip) == finding_tooltip(checks->findings().front()));
}
