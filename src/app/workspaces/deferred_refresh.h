#pragma once
/// \file deferred_refresh.h
/// A workspace brought up to date only while it is on screen: a change that comes while it is hidden (a
/// page of the strip not chosen) marks it stale, and it is brought up to date when it is next shown. Laid
/// out while hidden, its lists and scrollbars would be given negative sizes (which GTK reports), and the
/// work would be wasted on a page nobody sees.

#include <functional>

class wxWindow;

namespace ikit {

/// Runs a window's update now when it is on screen, else when the window is next shown.
class DeferredRefresh {
public:
    /// Follows the show events of `window` (which owns this helper); `update` brings it up to date.
    DeferredRefresh(wxWindow& window, std::function<void()> update);

    /// What the window shows changed: updates now when it is on screen, else marks it stale.
    void request();
    /// Updates now, shown or not, and clears the stale mark.
    void run();
    /// True when a change came while hidden and the window does not show it yet.
    bool stale() const { return stale_; }

private:
    wxWindow& window_;
    std::function<void()> update_;
    bool stale_ = false;
};

}  // namespace ikit
