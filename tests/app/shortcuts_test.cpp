// Help ▸ Keyboard Shortcuts lists the keys of every command, from the same registry the menus are
// built from, so the list cannot drift from what the keys do.

#include "gui_fixture.h"

#include "commands/command_registry.h"
#include "commands/commands.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ikit;
using namespace ikit::test;

namespace {
bool has_row(const std::vector<ShortcutRow>& rows, const ShortcutRow& row) {
    return std::find(rows.begin(), rows.end(), row) != rows.end();
}
}  // namespace

TEST_CASE("Keyboard Shortcuts lists every command's keys by menu, extra keys included", "[gui]") {
    GuiFixture f;
    f.menu(kCmdShortcuts);
    const auto& rows = f.prompts->shortcuts;
    REQUIRE_FALSE(rows.empty());
    CHECK(has_row(rows, {"File", "Save", "Ctrl+S"}));
    CHECK(has_row(rows, {"File", "Save As\u2026", "Ctrl+Shift+S"}));
    CHECK(has_row(rows, {"Edit", "Redo", "Ctrl+Shift+Z, Ctrl+Y"}));  // the second key is an alias
    CHECK(has_row(rows, {"Kit", "Move Up", "Alt+Up"}));
    CHECK(has_row(rows, {"Help", "Keyboard Shortcuts\u2026", "F1"}));
    // Menu by menu, in the menu bar's order; no command without keys; every command with keys.
    CHECK(has_row(rows, {"Scores", "Save Scores", "Ctrl+Alt+S"}));
    CHECK(has_row(rows, {"Scores", "Undo or redo a score edit, in the Scores workspace", "Ctrl+Z, Ctrl+Y"}));
    const std::vector<std::string> order{"File", "Edit", "View", "Kit", "Plan", "Scores", "Help"};
    std::size_t menu_at = 0;
    for (const auto& row : rows) {
        while (menu_at < order.size() && order[menu_at] != row.menu) ++menu_at;
        INFO(row.menu << " / " << row.command);
        CHECK(menu_at < order.size());
        CHECK_FALSE(row.keys.empty());
    }
    std::size_t with_keys = 0;
    for (int id : std::vector<int>{wxID_NEW, wxID_OPEN, wxID_SAVE, wxID_UNDO, wxID_COPY, kCmdRunChecks, kCmdProperties})
        if (const Command* c = f.frame->commands().find(id); c && !c->shortcut.empty()) ++with_keys;
    CHECK(with_keys == 7);
}
