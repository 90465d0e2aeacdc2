// The plan workspace driven as a user would: interviews added, renamed, timed, reordered and removed;
// sections and questions assigned by key, by drop and from the menu; each change one named undo step,
// with the coverage matrix and the time bars following every step, undo and redo included.

#include "gui_fixture.h"

#include "commands/commands.h"
#include "test_kits.h"
#include "workspaces/coverage_grid.h"
#include "workspaces/interview_list.h"
#include "workspaces/plan_drag.h"
#include "workspaces/time_bar.h"
#include "workspaces/workspace_strip.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <wx/grid.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>
#include <wx/treelist.h>
#include <wx/uiaction.h>

using namespace ikit;
using namespace ikit::test;

namespace {

/// The sample kit (q1 6 min in "KPIs & metrics", q2 7 min in "Conflict resolution") open, the Plan shown.
void open_plan(GuiFixture& f, Kit kit = sample_kit()) {
    f.frame->context().edits.apply([&](KitDocument& doc) { doc.reset(kit, "", false); });
    f.menu(kCmdWorkspaceFirst + 1);
    f.pump(50);
    REQUIRE(f.control<WorkspaceStrip>(control_name::kWorkspaces)->current() == "plan");
}

std::string undo_name(GuiFixture& f) { return f.document().history().undo_description(); }

std::vector<std::string> interview_names(GuiFixture& f) {
    std::vector<std::string> names;
    for (const auto& i : f.document().kit().plan.interviews) names.push_back(i.name);
    return names;
}

/// The coverage grid's cell at the row labelled `row` and the column headed by `column` (its start).
std::string cell(GuiFixture& f, const std::string& row, const std::string& column) {
    auto* grid = f.control<wxGrid>(control_name::kPlanCoverage);
    int y = -1, x = -1;
    for (int r = 0; r < grid->GetNumberRows(); ++r)
        if (utf8(grid->GetRowLabelValue(r)).rfind(row, 0) == 0) y = r;
    for (int c = 0; c < grid->GetNumberCols(); ++c) {
        wxString label = grid->GetColLabelValue(c);
        label.Replace("\n", " ");
        if (utf8(label).rfind(column, 0) == 0) x = c;
    }
    if (y < 0 || x < 0) return "<no cell " + row + " / " + column + ">";
    return utf8(grid->GetCellValue(y, x));
}

/// Selects one row of the plan's question list (a section or question, by the start of its text).
void select_question_row(GuiFixture& f, const std::string& start) {
    auto* tree = f.control<wxTreeListCtrl>(control_name::kPlanQuestionTree);
    tree->UnselectAll();
    for (wxTreeListItem item = tree->GetFirstItem(); item.IsOk(); item = tree->GetNextItem(item)) {
        const std::string text = utf8(tree->GetItemText(item));
        if (text.find(start) != std::string::npos) {
            tree->Select(item);
            return;
        }
    }
    FAIL("no row " << start);
}

std::string interview_column(GuiFixture& f, const std::string& start) {
    auto* tree = f.control<wxTreeListCtrl>(control_name::kPlanQuestionTree);
    for (wxTreeListItem item = tree->GetFirstItem(); item.IsOk(); item = tree->GetNextItem(item))
        if (utf8(tree->GetItemText(item)).find(start) != std::string::npos) return utf8(tree->GetItemText(item, 1));
    return "<no row " + start + ">";
}

/// Types a key into `window` as the keyboard would (after giving it the focus).
void press(GuiFixture& f, wxWindow* window, int key, int modifiers = wxMOD_NONE) {
    window->SetFocus();
    f.pump(30);
    wxUIActionSimulator keys;
    keys.Char(key, modifiers);
    f.pump(80);
}

/// Adds two interviews through the UI: "Phone screen" (the first button) and "Panel" (Plan ▸ Add).
void add_two_interviews(GuiFixture& f) {
    f.click(f.control<wxWindow>(control_name::kPlanAddInterview));
    f.pump();
    auto* name = f.control<wxTextCtrl>(control_name::kPlanInterviewName);
    name->SetValue("Phone screen");
    f.leave(name);
    f.menu(kCmdAddInterview);
    f.pump();
    name->SetValue("Panel");
    f.leave(name);
    f.pump();
    REQUIRE(interview_names(f) == std::vector<std::string>{"Phone screen", "Panel"});
}

}  // namespace

TEST_CASE("interviews are added and renamed, each one named undo step", "[gui][plan]") {
    GuiFixture f;
    open_plan(f);
    CHECK(f.control<wxWindow>(control_name::kPlanEmpty)->IsShown());
    f.click(f.control<wxWindow>(control_name::kPlanAddInterview));
    f.pump();
    REQUIRE(f.document().kit().plan.interviews.size() == 1);
    CHECK(f.document().kit().plan.interviews[0].minutes == 45);  // the first lasts as long as the kit
    CHECK(undo_name(f) == "Add interview");
    CHECK_FALSE(f.control<wxWindow>(control_name::kPlanEmpty)->IsShown());
    auto* name = f.control<wxTextCtrl>(control_name::kPlanInterviewName);
    CHECK(wxWindow::FindFocus() == name);  // typing names it at once
    name->SetValue("Phone screen");
    f.leave(name);
    CHECK(interview_names(f) == std::vector<std::string>{"Phone screen"});
    CHECK(undo_name(f) == "Rename interview");

    // Rename from the menu (Shift+F2) asks for the name.
    f.prompts->text = "Recruiter call";
    f.menu(kCmdRenameInterview);
    CHECK(interview_names(f) == std::vector<std::string>{"Recruiter call"});
    CHECK(undo_name(f) == "Rename interview");
    f.menu(wxID_UNDO);
    f.pump();
    CHECK(interview_names(f) == std::vector<std::string>{"Phone screen"});
    CHECK(utf8(name->GetValue()) == "Phone screen");
}

TEST_CASE("assigning by key, its undo and redo, with the coverage matrix after each", "[gui][plan]") {
    GuiFixture f;
    open_plan(f);
    add_two_interviews(f);
    // Nothing assigned: both named competencies are gaps, both questions in no interview.
    CHECK(cell(f, "KPIs & metrics", "1. Phone") == "");
    CHECK(cell(f, "KPIs & metrics", "Interviewers") == "none \u2013 gap");
    CHECK(interview_column(f, "How do you measure") == "\u2014");

    auto* tree = f.control<wxTreeListCtrl>(control_name::kPlanQuestionTree);
    select_question_row(f, "KPIs & metrics");  // the section
    press(f, tree->GetDataView(), '1');
    CHECK(undo_name(f) == "Assign to Phone screen");
    CHECK(interview_column(f, "How do you measure") == "1. Phone screen");
    CHECK(cell(f, "KPIs & metrics", "1. Phone") == "1");
    CHECK(cell(f, "KPIs & metrics", "2. Panel") == "");
    CHECK(cell(f, "KPIs & metrics", "Interviewers") == "0");  // assessed, but nobody to rate it yet
    CHECK(cell(f, "Conflict resolution", "Interviewers") == "none \u2013 gap");

    f.menu(wxID_UNDO);
    f.pump();
    CHECK(f.document().kit().plan.interviews[0].section_ids.empty());
    CHECK(cell(f, "KPIs & metrics", "1. Phone") == "");
    CHECK(cell(f, "KPIs & metrics", "Interviewers") == "none \u2013 gap");
    CHECK(interview_column(f, "How do you measure") == "\u2014");

    f.menu(wxID_REDO);
    f.pump();
    CHECK(f.document().kit().plan.interviews[0].section_ids == std::vector<std::string>{"s1"});
    CHECK(cell(f, "KPIs & metrics", "1. Phone") == "1");
    CHECK(interview_column(f, "How do you measure") == "1. Phone screen");

    // A single question to the second interview, then out of every interview with 0.
    select_question_row(f, "Tell me about a time two agents");
    press(f, tree->GetDataView(), '2');
    CHECK(undo_name(f) == "Assign to Panel");
    CHECK(cell(f, "Conflict resolution", "2. Panel") == "1");
    press(f, tree->GetDataView(), '0');
    CHECK(undo_name(f) == "Unassign");
    CHECK(cell(f, "Conflict resolution", "2. Panel") == "");
}

TEST_CASE("dropping questions on an interview assigns them; interviewers make the matrix count raters", "[gui][plan]") {
    GuiFixture f;
    open_plan(f);
    add_two_interviews(f);
    auto* list = f.control<InterviewList>(control_name::kPlanInterviews);
    // What the drop target hands over: the dragged items, dropped on the second row.
    PlanItemData dragged({{"s1", ""}, {"", "q2"}});
    PlanItemData received;
    received.SetData(dragged.GetSize(), dragged.GetData());
    const std::vector<PlanItem> items = received.items();
    REQUIRE(items.size() == 2);
    const wxRect second = list->GetItemRect(1);
    REQUIRE(list->drop_items(items, second.GetPosition() + wxPoint(5, 5)));
    f.pump();
    CHECK(undo_name(f) == "Assign to Panel");
    CHECK(cell(f, "KPIs & metrics", "2. Panel") == "1");
    CHECK(cell(f, "Conflict resolution", "2. Panel") == "1");
    CHECK(list->selected_id() == f.document().kit().plan.interviews[1].id);

    // Two interviewers on the panel: a named person and a role.
    f.menu(kCmdAddInterviewer);
    f.pump();
    auto* slots = f.control<wxGrid>(control_name::kPlanInterviewers);
    if (slots->IsCellEditControlShown()) slots->HideCellEditControl();
    REQUIRE(slots->GetNumberRows() == 1);
    CHECK(undo_name(f) == "Add interviewer");
    slots->SetCellValue(0, 0, "Alex Chen");
    wxGridEvent changed(slots->GetId(), wxEVT_GRID_CELL_CHANGED, slots, 0, 0);
    slots->ProcessWindowEvent(changed);
    CHECK(undo_name(f) == "Change interviewer");
    CHECK(f.document().kit().plan.interviews[1].interviewers[0].name == "Alex Chen");
    CHECK(cell(f, "KPIs & metrics", "Interviewers") == "1 only");  // a single rater, marked
    auto* coverage = f.control<CoverageGrid>(control_name::kPlanCoverage);
    CHECK(coverage->GetCellBackgroundColour(0, coverage->GetNumberCols() - 1) == single_rater_colour());

    f.menu(kCmdAddInterviewer);
    f.pump();
    if (slots->IsCellEditControlShown()) slots->HideCellEditControl();
    slots->SetCellValue(1, 1, "Peer manager");
    wxGridEvent role(slots->GetId(), wxEVT_GRID_CELL_CHANGED, slots, 1, 1);
    slots->ProcessWindowEvent(role);
    CHECK(f.document().kit().plan.interviews[1].interviewers[1] == InterviewerSlot{"", "Peer manager"});
    CHECK(cell(f, "KPIs & metrics", "Interviewers") == "2");
    CHECK(utf8(list->rows()[1].interviewers) == "Alex Chen, Peer manager");
}

TEST_CASE("the time bar shows planned minutes against the length and what is left", "[gui][plan]") {
    GuiFixture f;
    open_plan(f);
    add_two_interviews(f);
    auto* list = f.control<InterviewList>(control_name::kPlanInterviews);
    list->select_id(f.document().kit().plan.interviews[0].id);
    wxCommandEvent select(wxEVT_LISTBOX, list->GetId());
    list->ProcessWindowEvent(select);
    select_question_row(f, "KPIs & metrics");
    press(f, f.control<wxTreeListCtrl>(control_name::kPlanQuestionTree)->GetDataView(), '1');
    auto* bar = f.control<TimeBar>(control_name::kPlanTimeBar);
    CHECK(bar->budget().planned == 6);
    CHECK(bar->budget().length == 45);
    CHECK(utf8(bar->GetLabel()) == "6 of 45 min \u00b7 39 left for the candidate's questions");
    CHECK(cell(f, "Minutes", "1. Phone") == "6 / 45");

    auto* minutes = f.control<wxSpinCtrl>(control_name::kPlanInterviewMinutes);
    minutes->SetValue(5);
    f.leave(minutes);
    CHECK(undo_name(f) == "Change interview length");
    CHECK(f.document().kit().plan.interviews[0].minutes == 5);
    CHECK(bar->budget().over());
    CHECK(utf8(bar->GetLabel()) == "6 of 5 min \u00b7 1 over");
    CHECK(list->rows()[0].time.left() == -1);
    CHECK(cell(f, "Minutes", "1. Phone") == "6 / 5");
}

TEST_CASE("interviews are reordered by key and removed, each undone", "[gui][plan]") {
    GuiFixture f;
    open_plan(f);
    add_two_interviews(f);
    auto* list = f.control<InterviewList>(control_name::kPlanInterviews);
    list->select_id(f.document().kit().plan.interviews[0].id);
    press(f, list, WXK_DOWN, wxMOD_ALT);
    CHECK(interview_names(f) == std::vector<std::string>{"Panel", "Phone screen"});
    CHECK(undo_name(f) == "Move interview later");
    CHECK(list->GetSelection() == 1);  // the moved interview stays selected
    f.menu(wxID_UNDO);
    f.pump();
    CHECK(interview_names(f) == std::vector<std::string>{"Phone screen", "Panel"});

    list->select_id(f.document().kit().plan.interviews[1].id);
    press(f, list, WXK_DELETE);
    CHECK(interview_names(f) == std::vector<std::string>{"Phone screen"});
    CHECK(undo_name(f) == "Remove interview");
    f.menu(wxID_UNDO);
    f.pump();
    CHECK(interview_names(f) == std::vector<std::string>{"Phone screen", "Panel"});
    CHECK(cell(f, "KPIs & metrics", "2. Panel") == "");  // the matrix has its column back
}

TEST_CASE("a name being typed is written before any other change, as its own step", "[gui][plan]") {
    GuiFixture f;
    open_plan(f);
    add_two_interviews(f);
    auto* name = f.control<wxTextCtrl>(control_name::kPlanInterviewName);
    name->SetValue("Panel: operations");  // typed, the field not left
    f.menu(kCmdAddInterview);             // another change: the name goes in first
    f.pump();
    CHECK(interview_names(f) == std::vector<std::string>{"Phone screen", "Panel: operations", "Interview 3"});
    CHECK(undo_name(f) == "Add interview");
    f.menu(wxID_UNDO);
    f.pump();
    CHECK(undo_name(f) == "Rename interview");
    CHECK(interview_names(f) == std::vector<std::string>{"Phone screen", "Panel: operations"});
}
