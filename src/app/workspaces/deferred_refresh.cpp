#include "workspaces/deferred_refresh.h"

#include <wx/window.h>

namespace ikit {

DeferredRefresh::DeferredRefresh(wxWindow& window, std::function<void()> update)
    : window_(window), update_(std::move(update)) {
    window_.Bind(wxEVT_SHOW, [this](wxShowEvent& event) {
        event.Skip();
        // After the show has finished: the window has its size then.
        if (event.IsShown() && stale_) window_.CallAfter([this] {
            if (stale_ && window_.IsShownOnScreen()) run();
        });
    });
}

void DeferredRefresh::request() {
    if (window_.IsShownOnScreen()) run();
    else stale_ = true;
}

void DeferredRefresh::run() {
    stale_ = false;
    if (update_) update_();
}

}  // namespace ikit
