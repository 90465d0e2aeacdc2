#pragma once
/// \file shortcut_row.h
/// One line of Help ▸ Keyboard Shortcuts, as the command registry lists it and the dialog shows it.

#include <string>

namespace ikit {

/// Where a command is, what it is called, and its keys.
struct ShortcutRow {
    std::string menu;     ///< "File"
    std::string command;  ///< "Save As…"
    std::string keys;     ///< "Ctrl+Shift+S"; several are joined by ", "
    bool operator==(const ShortcutRow& other) const {
        return menu == other.menu && command == other.command && keys == other.keys;
    }
};

}  // namespace ikit
