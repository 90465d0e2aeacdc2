#pragma once
/// \file command_registry.h
/// The app's commands (id, label, shortcut, help, icon, enabled-when, action), registered by the
/// commands/*.cpp files and turned into the menu bar, the toolbar and their event handlers here.

#include "shortcut_row.h"

#include <wx/artprov.h>
#include <wx/string.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

class wxFrame;
class wxMenu;
class wxMenuBar;
class wxToolBar;

namespace ikit {

/// One thing the user can do from a menu, a shortcut or the toolbar. Built by name:
/// `Command(id, menu, label).keys("Ctrl+S").described("Save the kit").icon(wxART_FILE_SAVE).runs(...)`.
struct Command {
    int id = 0;                           ///< wx id (stock ids where they exist)
    wxString menu;                        ///< top-level menu, e.g. "&File"
    wxString label;                       ///< menu label with mnemonic, e.g. "&Save"
    wxString shortcut;                    ///< e.g. "Ctrl+S" ("" = none)
    wxString help;                        ///< status bar help and toolbar tooltip
    wxArtID art;                          ///< toolbar/menu icon ("" = none)
    std::function<bool()> enabled;        ///< empty = always enabled
    std::function<void()> action;         ///< what it does
    std::function<wxString()> dynamic_label;  ///< e.g. "&Undo Move question"; empty = label
    wxString short_label;                 ///< toolbar label ("" = label without mnemonic)

    /// An empty command (id 0).
    Command() = default;
    /// Command `id` in `menu` shown as `label`; the with-calls below set the rest.
    Command(int command_id, wxString menu_name, wxString menu_label)
        : id(command_id), menu(std::move(menu_name)), label(std::move(menu_label)) {}
    /// Sets the shortcut, e.g. "Ctrl+S".
    Command& keys(wxString keys) { shortcut = std::move(keys); return *this; }
    /// Sets the status bar help and toolbar tooltip.
    Command& described(wxString text) { help = std::move(text); return *this; }
    /// Sets the menu and toolbar icon.
    Command& icon(wxArtID art_id) { art = std::move(art_id); return *this; }
    /// Sets when the command is enabled (default: always).
    Command& enabled_when(std::function<bool()> test) { enabled = std::move(test); return *this; }
    /// Sets what the command does.
    Command& runs(std::function<void()> what) { action = std::move(what); return *this; }
    /// Sets a label computed when the menu opens, e.g. "&Undo Move question".
    Command& labelled_by(std::function<wxString()> make_label) { dynamic_label = std::move(make_label); return *this; }
    /// Sets the toolbar's short label.
    Command& on_toolbar_as(wxString text) { short_label = std::move(text); return *this; }
};

/// Holds the commands and builds the menus and toolbar from them.
class CommandRegistry {
public:
    /// Adds a command to the end of its menu.
    void add(Command command);
    /// Adds a separator to the end of a menu.
    void add_separator(const wxString& menu);
    /// Adds a submenu (e.g. Open Recent) to the end of a menu; the menu bar takes ownership.
    void add_submenu(const wxString& menu, const wxString& label, wxMenu* submenu);
    /// Runs just before every command action (e.g. to apply pending field edits).
    void set_before_action(std::function<void()> hook) { before_ = std::move(hook); }

    /// The command with this id, or nullptr.
    const Command* find(int id) const;
    /// True when the command exists and is enabled now.
    bool is_enabled(int id) const;
    /// Runs a command if it is enabled; true when it ran.
    bool execute(int id) const;
    /// The label a command shows now (dynamic labels resolved, without the shortcut).
    wxString current_label(int id) const;

    /// Every command with a shortcut, menu by menu in menu order, with its extra accelerators too.
    std::vector<ShortcutRow> shortcuts() const;

    /// Builds the menu bar, menus in the order first named.
    wxMenuBar* build_menu_bar() const;
    /// Adds these commands to a toolbar (0 = separator) and realizes it.
    void build_toolbar(wxToolBar* toolbar, const std::vector<int>& ids) const;
    /// Routes menu, toolbar and update-UI events of `frame` to the commands.
    void bind(wxFrame* frame) const;
    /// Extra accelerators (second shortcuts) to add to the frame's table.
    void add_alias(int flags, int key, int id) { aliases_.push_back({flags, key, id}); }
    /// Installs the extra accelerators on the frame.
    void install_aliases(wxFrame* frame) const;

    // --- keys a pane handles itself (listed in Keyboard Shortcuts, no accelerator) ---
    /// Lists `keys` under `menu` in Keyboard Shortcuts as doing `what`, for keys a pane handles itself
    /// (e.g. 1–9 in the plan's question list); installs nothing.
    void add_key_note(const wxString& menu, const wxString& what, const wxString& keys) {
        notes_.push_back({menu, what, keys});
    }

private:
    /// The top-level menus in the order they are first named.
    std::vector<wxString> menu_order() const;

    struct Entry {
        enum Kind { CommandEntry, Separator, Submenu } kind;
        wxString menu;
        std::size_t command = 0;
        wxString label;
        wxMenu* submenu = nullptr;
    };
    struct Alias {
        int flags, key, id;
    };
    std::vector<Command> commands_;
    std::vector<Entry> entries_;
    std::vector<Alias> aliases_;
    struct KeyNote {
        wxString menu, what, keys;
    };
    std::vector<KeyNote> notes_;
    std::function<void()> before_;
};

}  // namespace ikit
