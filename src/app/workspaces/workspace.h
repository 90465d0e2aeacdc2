#pragma once
/// \file workspace.h
/// A workspace of the main window (Build, Plan, Scores, Debrief): a panel of its own over the one
/// edit path, a tab in the workspace strip and an item in the View menu with its shortcut. A new
/// workspace is one `Workspace` added to the strip; nothing else in the window needs to change.

#include <wx/string.h>

#include <functional>
#include <string>
#include <vector>

class wxWindow;

namespace ikit {

/// One workspace: what it is called, its key, and how its panel is made.
struct Workspace {
    std::string id;      ///< stable id, e.g. "plan"
    wxString label;      ///< the View menu's label with its mnemonic, e.g. "&Plan" (the tab shows "Plan")
    wxString keys;       ///< its shortcut, e.g. "Ctrl+2"
    wxString help;       ///< what it is for (status bar help of its View item, tooltip of its tab)
    std::function<wxWindow*(wxWindow* parent)> make_panel;  ///< builds its panel as a child of `parent`
};

/// What the View commands see of the workspace strip.
class WorkspaceSwitcher {
public:
    /// Nothing to release.
    virtual ~WorkspaceSwitcher() = default;
    /// The workspaces, in the order the strip shows them.
    virtual const std::vector<Workspace>& workspaces() const = 0;
    /// The id of the workspace shown.
    virtual std::string current() const = 0;
    /// Shows the workspace `id` and puts the keyboard focus in it; false when there is none of that id.
    virtual bool show(const std::string& id) = 0;
};

}  // namespace ikit
