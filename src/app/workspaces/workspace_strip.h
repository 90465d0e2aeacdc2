#pragma once
/// \file workspace_strip.h
/// The main window's workspaces as a strip of tabs (Build ▸ Plan ▸ Scores ▸ Debrief) over their
/// pages: one page per registered Workspace, only the workspaces that exist. A tab is clicked, or
/// chosen by its key from the View menu (Ctrl+1, Ctrl+2, …); switching back puts the keyboard focus
/// where it last was in that workspace.

#include "workspaces/workspace.h"

#include <wx/control.h>
#include <wx/panel.h>
#include <wx/weakref.h>

#include <functional>
#include <string>
#include <vector>

class wxSimplebook;

namespace ikit {

/// The row of tabs drawn above the pages (clicked with the mouse; the keys are the View menu's).
class WorkspaceTabs : public wxControl {
public:
    /// An empty row; `choose` is called with a tab's index when it is clicked.
    WorkspaceTabs(wxWindow* parent, std::function<void(size_t)> choose);
    /// Adds a tab at the end.
    void add(const wxString& label, const wxString& tip);
    /// Marks tab `index` as the one shown.
    void set_current(size_t index);
    /// The tabs' labels, in order.
    const std::vector<wxString>& labels() const { return labels_; }
    /// The tab shown.
    size_t current() const { return current_; }
    /// Tabs are chosen with the View menu's keys; the strip takes no focus of its own.
    bool AcceptsFocus() const override { return false; }

protected:
    wxSize DoGetBestClientSize() const override;

private:
    void on_paint();
    int hit(const wxPoint& point) const;
    std::vector<wxRect> tab_rects() const;

    std::vector<wxString> labels_;
    std::vector<wxString> tips_;
    size_t current_ = 0;
    int hover_ = -1;
    std::function<void(size_t)> choose_;
};

/// The tab strip and the workspace pages under it.
class WorkspaceStrip : public wxPanel, public WorkspaceSwitcher {
public:
    /// An empty strip; add the workspaces next.
    explicit WorkspaceStrip(wxWindow* parent);

    /// Adds a workspace at the end of the strip and builds its panel.
    void add(Workspace workspace);
    /// The panel of workspace `id`, or nullptr.
    wxWindow* panel(const std::string& id) const;
    /// Calls `handler` with the id of the workspace shown after every switch.
    void set_switch_handler(std::function<void(const std::string&)> handler) { switch_handler_ = std::move(handler); }

    const std::vector<Workspace>& workspaces() const override { return workspaces_; }
    std::string current() const override;
    bool show(const std::string& id) override;

private:
    WorkspaceTabs* tabs_ = nullptr;
    wxSimplebook* book_ = nullptr;
    std::vector<Workspace> workspaces_;
    std::vector<wxWeakRef<wxWindow>> last_focus_;  // per workspace: the control that last had the focus
    std::function<void(const std::string&)> switch_handler_;
};

}  // namespace ikit
