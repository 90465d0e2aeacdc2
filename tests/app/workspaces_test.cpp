// The workspace strip: Build ▸ Plan ▸ … as tabs above the checks, switched by the View menu's keys
// (Ctrl+1, Ctrl+2, …), which Help ▸ Keyboard Shortcuts lists; the keyboard focus comes back to where
// it was in a workspace the user returns to.

#include "gui_fixture.h"

#include "commands/commands.h"
#include "workspaces/workspace_strip.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <wx/uiaction.h>

using namespace ikit;
using namespace ikit::test;

namespace {

bool focus_in(wxWindow* window) {
    for (wxWindow* w = wxWindow::FindFocus(); w; w = w->GetParent())
        if (w == window) return true;
    return false;
}

std::vector<std::string> tab_labels(WorkspaceTabs* tabs) {
    std::vector<std::string> labels;
    for (const auto& label : tabs->labels()) labels.push_back(utf8(label));
    return labels;
}

}  // namespace

TEST_CASE("the strip shows the workspaces that exist, Build first and shown at start", "[gui][workspaces]") {
    GuiFixture f;
    auto* tabs = f.control<WorkspaceTabs>(control_name::kWorkspaceTabs);
    auto* strip = f.control<WorkspaceStrip>(control_name::kWorkspaces);
    const auto labels = tab_labels(tabs);
    REQUIRE_FALSE(labels.empty());
    CHECK(labels.front() == "Build");
    CHECK(tabs->current() == 0);
    CHECK(strip->current() == "build");
    CHECK(strip->panel("build") == f.control<wxWindow>(control_name::kBuildWorkspace));
    CHECK(f.control<wxWindow>(control_name::kBuildWorkspace)->IsShownOnScreen());
    // One View item per tab, with Ctrl+1, Ctrl+2, … in the order of the strip.
    for (size_t i = 0; i < labels.size(); ++i) {
        const Command* view = f.frame->commands().find(kCmdWorkspaceFirst + static_cast<int>(i));
        REQUIRE(view);
        CHECK(utf8(wxStripMenuCodes(view->label)) == labels[i]);
        CHECK(view->shortcut == wxString::Format("Ctrl+%d", static_cast<int>(i) + 1));
    }
    f.menu(kCmdShortcuts);
    const auto& rows = f.prompts->shortcuts;
    const auto listed = [&](const ShortcutRow& row) { return std::find(rows.begin(), rows.end(), row) != rows.end(); };
    CHECK(listed({"View", "Build", "Ctrl+1"}));
    CHECK(listed({"View", "Plan", "Ctrl+2"}));
    CHECK(listed({"Plan", "Add Interview", "Ctrl+Shift+I"}));
    // Keys the plan's lists handle themselves are listed too, under their menu.
    const bool digits = std::any_of(rows.begin(), rows.end(), [](const ShortcutRow& row) {
        return row.menu == "Plan" && row.keys == "1\u20269" && row.command.find("interview 1") != std::string::npos;
    });
    CHECK(digits);
}

TEST_CASE("Ctrl+1 … switch workspaces by keyboard, the focus back where it was in each", "[gui][workspaces]") {
    GuiFixture f;
    f.open_sample();
    f.frame->Raise();
    f.pump(100);
    auto* tabs = f.control<WorkspaceTabs>(control_name::kWorkspaceTabs);
    auto* outline = f.control<wxWindow>(control_name::kKitOutline);
    outline->SetFocus();
    f.pump(50);
    wxUIActionSimulator keys;
    const int last = static_cast<int>(tabs->labels().size());
    keys.Char('0' + last, wxMOD_CONTROL);  // the last workspace
    f.pump(100);
    CHECK(tabs->current() == static_cast<size_t>(last - 1));
    if (last > 1) CHECK_FALSE(focus_in(f.control<wxWindow>(control_name::kBuildWorkspace)));
    f.control<wxWindow>(control_name::kChecksPane)->SetFocus();  // and from the checks, below every workspace
    f.pump(50);
    keys.Char('1', wxMOD_CONTROL);
    f.pump(100);
    CHECK(tabs->current() == 0);
    CHECK(focus_in(outline));
}
