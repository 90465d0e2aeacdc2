#include "workspaces/workspace_strip.h"

#include "panels/control_names.h"

#include <wx/dcbuffer.h>
#include <wx/settings.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/translation.h>

namespace ikit {

namespace {

/// The first control in `window` (depth first, in tab order) that takes the keyboard focus.
wxWindow* first_focusable(wxWindow* window) {
    for (wxWindow* child : window->GetChildren()) {
        if (!child->IsShown() || !child->IsEnabled() || child->IsTopLevel()) continue;
        if (child->AcceptsFocus() && child->GetChildren().empty()) return child;
        if (wxWindow* inner = first_focusable(child)) return inner;
        if (child->AcceptsFocus()) return child;
    }
    return nullptr;
}

bool is_inside(const wxWindow* window, const wxWindow* ancestor) {
    for (; window; window = window->GetParent())
        if (window == ancestor) return true;
    return false;
}

}  // namespace

// --- the tabs ---

WorkspaceTabs::WorkspaceTabs(wxWindow* parent, std::function<void(size_t)> choose)
    : wxControl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_NONE), choose_(std::move(choose)) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { on_paint(); });
    Bind(wxEVT_LEFT_DOWN, [this](wxMouseEvent& event) {
        const int tab = hit(event.GetPosition());
        if (tab >= 0 && choose_) choose_(static_cast<size_t>(tab));
    });
    Bind(wxEVT_MOTION, [this](wxMouseEvent& event) {
        const int tab = hit(event.GetPosition());
        if (tab == hover_) return;
        hover_ = tab;
        SetToolTip(tab >= 0 ? tips_[static_cast<size_t>(tab)] : wxString());
        SetCursor(tab >= 0 ? wxCursor(wxCURSOR_HAND) : wxNullCursor);
        Refresh();
    });
    Bind(wxEVT_LEAVE_WINDOW, [this](wxMouseEvent&) {
        hover_ = -1;
        Refresh();
    });
}

void WorkspaceTabs::add(const wxString& label, const wxString& tip) {
    labels_.push_back(label);
    tips_.push_back(tip);
    InvalidateBestSize();
    Refresh();
}

void WorkspaceTabs::set_current(size_t index) {
    current_ = index;
    Refresh();
}

std::vector<wxRect> WorkspaceTabs::tab_rects() const {
    wxClientDC dc(const_cast<WorkspaceTabs*>(this));
    wxFont bold = GetFont();
    bold.SetWeight(wxFONTWEIGHT_BOLD);
    dc.SetFont(bold);
    std::vector<wxRect> rects;
    int x = FromDIP(8);
    const int height = GetClientSize().y;
    for (const auto& label : labels_) {
        const int width = dc.GetTextExtent(label).x + FromDIP(32);
        rects.emplace_back(x, 0, width, height);
        x += width + FromDIP(2);
    }
    return rects;
}

int WorkspaceTabs::hit(const wxPoint& point) const {
    const auto rects = tab_rects();
    for (size_t i = 0; i < rects.size(); ++i)
        if (rects[i].Contains(point)) return static_cast<int>(i);
    return -1;
}

wxSize WorkspaceTabs::DoGetBestClientSize() const {
    return wxSize(FromDIP(200), GetCharHeight() + FromDIP(16));
}

void WorkspaceTabs::on_paint() {
    wxAutoBufferedPaintDC dc(this);
    const wxColour face = wxSystemSettings::GetColour(wxSYS_COLOUR_BTNFACE);
    const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_BTNTEXT);
    const wxColour accent = wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT);
    const wxColour line = wxSystemSettings::GetColour(wxSYS_COLOUR_3DSHADOW);
    dc.SetBackground(face);
    dc.Clear();
    const wxSize size = GetClientSize();
    dc.SetPen(wxPen(line));
    dc.DrawLine(0, size.y - 1, size.x, size.y - 1);
    const auto rects = tab_rects();
    wxFont bold = GetFont();
    bold.SetWeight(wxFONTWEIGHT_BOLD);
    for (size_t i = 0; i < rects.size(); ++i) {
        const wxRect& r = rects[i];
        const bool current = i == current_;
        if (current || static_cast<int>(i) == hover_) {
            dc.SetPen(*wxTRANSPARENT_PEN);
            dc.SetBrush(current ? wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW) : face.ChangeLightness(108));
            dc.DrawRectangle(r.x, r.y, r.width, r.height - 1);
        }
        if (current) {
            dc.SetBrush(accent);
            dc.DrawRectangle(r.x, r.GetBottom() - FromDIP(2), r.width, FromDIP(3));
        }
        dc.SetFont(current ? bold : GetFont());
        // Width reserved for bold text, so labels do not shift when chosen.
        dc.SetTextForeground(current ? text : text.ChangeLightness(135));
        const wxSize extent = dc.GetTextExtent(labels_[i]);
        dc.DrawText(labels_[i], r.x + (r.width - extent.x) / 2, r.y + (r.height - extent.y) / 2);
    }
}

// --- the strip ---

WorkspaceStrip::WorkspaceStrip(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetName(control_name::kWorkspaces);
    tabs_ = new WorkspaceTabs(this, [this](size_t index) {
        if (index < workspaces_.size()) show(workspaces_[index].id);
    });
    tabs_->SetName(control_name::kWorkspaceTabs);
    book_ = new wxSimplebook(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(tabs_, 0, wxEXPAND);
    sizer->Add(book_, 1, wxEXPAND);
    SetSizer(sizer);
}

void WorkspaceStrip::add(Workspace workspace) {
    wxWindow* page = workspace.make_panel(book_);
    book_->AddPage(page, wxStripMenuCodes(workspace.label), workspaces_.empty());
    // TRANSLATORS: a workspace tab's tooltip: what it is for, then its shortcut.
    tabs_->add(wxStripMenuCodes(workspace.label), wxString::Format(_("%1$s (%2$s)"), workspace.help, workspace.keys));
    const size_t index = workspaces_.size();
    workspaces_.push_back(std::move(workspace));
    last_focus_.emplace_back();
    // Where the focus goes in a workspace is remembered, to put it back when the user returns.
    page->Bind(wxEVT_CHILD_FOCUS, [this, index](wxChildFocusEvent& event) {
        event.Skip();
        if (wxWindow* focus = wxWindow::FindFocus()) last_focus_[index] = focus;
    });
}

wxWindow* WorkspaceStrip::panel(const std::string& id) const {
    for (size_t i = 0; i < workspaces_.size(); ++i)
        if (workspaces_[i].id == id) return book_->GetPage(i);
    return nullptr;
}

std::string WorkspaceStrip::current() const {
    const int page = book_->GetSelection();
    return page >= 0 && page < static_cast<int>(workspaces_.size()) ? workspaces_[static_cast<size_t>(page)].id : std::string();
}

bool WorkspaceStrip::show(const std::string& id) {
    for (size_t i = 0; i < workspaces_.size(); ++i) {
        if (workspaces_[i].id != id) continue;
        const bool switching = static_cast<int>(i) != book_->GetSelection();
        if (switching) {
            book_->ChangeSelection(i);
            tabs_->set_current(i);
        }
        // The keyboard goes where it last was in this workspace, else to its first control.
        wxWindow* page = book_->GetPage(i);
        wxWindow* focus = last_focus_[i].get();
        if (!focus || !focus->IsShownOnScreen() || !is_inside(focus, page)) focus = first_focusable(page);
        if (focus) focus->SetFocus();
        if (switching && switch_handler_) switch_handler_(id);
        return true;
    }
    return false;
}

}  // namespace ikit
