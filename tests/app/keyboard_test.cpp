// The keyboard: Ctrl+F jumps to the bank search, Down goes from the search to the results, Tab goes
// bank → kit → details → checks, F7 shows the checks with their result in the status bar, dialogs
// open in their first field, and the new keys are listed in Help ▸ Keyboard Shortcuts.

#include "gui_fixture.h"

#include "commands/commands.h"
#include "dialogs/export_dialog.h"
#include "dialogs/new_kit_dialog.h"
#include "panels/bank_panel.h"
#include "panels/checks_panel.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <wx/dataview.h>
#include <wx/htmllbox.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/statusbr.h>
#include <wx/uiaction.h>

using namespace ikit;
using namespace ikit::test;

namespace {
/// True when the keyboard focus is in `window` or one of its children.
bool focus_in(wxWindow* window) {
    for (wxWindow* w = wxWindow::FindFocus(); w; w = w->GetParent())
        if (w == window) return true;
    return false;
}
}  // namespace

TEST_CASE("Ctrl+F goes to the bank search and Down from there to the first result", "[gui][keys]") {
    GuiFixture f;
    f.open_sample();
    f.frame->Raise();
    f.pump(100);
    auto* search = f.control<wxSearchCtrl>(control_name::kBankSearch);
    auto* list = f.control<wxDataViewCtrl>(control_name::kBankList);
    f.control<wxWindow>(control_name::kKitOutline)->SetFocus();
    f.pump(50);
    f.menu(kCmdFindInBank);  // what Ctrl+F runs (its key is checked in the shortcuts list below)
    f.pump(50);
    CHECK(focus_in(search));

    wxUIActionSimulator keys;
    keys.Char(WXK_DOWN);
    f.pump(100);
    CHECK(focus_in(list));
    CHECK(f.control<BankPanel>(control_name::kBankPane)->selected_questions().size() == 1);
}

TEST_CASE("Tab order goes bank, kit, details, checks", "[gui][keys]") {
    GuiFixture f;
    f.open_sample();
    f.pump(50);
    auto* bank = f.control<wxWindow>(control_name::kBankPane);
    auto* kit = f.control<wxWindow>(control_name::kKitPane);
    // The bank's splitter holds the bank first, then the kit's own splitter (kit and details).
    wxWindow* left = bank->GetParent();
    const auto& children = left->GetChildren();
    std::vector<wxWindow*> order(children.begin(), children.end());
    const auto bank_at = std::find(order.begin(), order.end(), bank);
    const auto kit_at = std::find(order.begin(), order.end(), kit->GetParent());
    REQUIRE(bank_at != order.end());
    REQUIRE(kit_at != order.end());
    CHECK(bank_at < kit_at);
    // And navigation from the bank's last control lands in the kit, not in the checks.
    auto* add = f.control<wxWindow>(control_name::kBankAdd);
    add->Enable();
    add->SetFocus();
    f.pump(50);
    add->Navigate(wxNavigationKeyEvent::IsForward);
    f.pump(50);
    CHECK(focus_in(kit));
}

TEST_CASE("F7 shows the checks, gives them the focus and says the result in the status bar", "[gui][keys]") {
    GuiFixture f;
    f.open_sample();
    f.menu(kCmdAddCustomQuestion);  // "New question" without competency or rubric: findings to show
    f.pump(100);
    auto* splitter = f.control<wxWindow>(control_name::kChecksPane)->GetParent();
    auto* outer = dynamic_cast<wxSplitterWindow*>(splitter);
    REQUIRE(outer);
    outer->SetSashPosition(outer->GetClientSize().y - outer->FromDIP(20));  // dragged nearly shut
    f.pump(50);
    f.menu(kCmdRunChecks);
    f.pump(50);
    auto* checks = f.control<ChecksPanel>(control_name::kChecksPane);
    CHECK(checks->GetSize().y >= checks->wanted_height() - checks->FromDIP(8));
    CHECK(focus_in(checks));
    CHECK(utf8(f.frame->GetStatusBar()->GetStatusText(2)).rfind("Checks: ", 0) == 0);
    REQUIRE_FALSE(checks->findings().empty());
    CHECK(f.control<wxHtmlListBox>(control_name::kChecksList)->GetSelection() == 0);  // its fix one key away
}

TEST_CASE("dialogs open with the keyboard in their first field", "[gui][keys]") {
    GuiFixture f;
    f.open_sample();
    ExportRequest request;
    request.path = (f.dir / "kit.pdf").string();
    auto* dialog = new ExportDialog(f.frame, request);
    dialog->Show();
    f.pump(300);
    CHECK(wxWindow::FindFocus() == wxWindow::FindWindowByName("export_candidate", dialog));
    dialog->Destroy();

    auto* new_kit = new NewKitDialog(f.frame, *f.services);
    new_kit->Show();
    f.pump(300);
    CHECK(wxWindow::FindFocus() == wxWindow::FindWindowByName("new_kit_role", new_kit));
    new_kit->Destroy();
    f.pump();
}

TEST_CASE("the new keys are listed in Help > Keyboard Shortcuts", "[gui][keys]") {
    GuiFixture f;
    f.menu(kCmdShortcuts);
    auto listed = [&](const char* keys, const char* label) {
        for (const ShortcutRow& row : f.prompts->shortcuts)
            if (row.keys == keys && row.command.find(label) != std::string::npos) return true;
        return false;
    };
    CHECK(listed("Ctrl+F", "Find in Bank"));
    CHECK(listed("F7", "Run Checks"));
}
