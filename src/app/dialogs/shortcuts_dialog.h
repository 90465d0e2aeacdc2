#pragma once
/// \file shortcuts_dialog.h
/// Help ▸ Keyboard Shortcuts: every command that has keys, by menu, in a list that fits them all.

#include "shortcut_row.h"

#include <wx/dialog.h>

#include <vector>

namespace ikit {

/// Shows the keyboard shortcuts of the menus.
class ShortcutsDialog : public wxDialog {
public:
    /// A dialog listing `rows` (menu, command, keys) in their order.
    ShortcutsDialog(wxWindow* parent, const std::vector<ShortcutRow>& rows);
};

}  // namespace ikit
