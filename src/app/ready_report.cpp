#include "ready_report.h"

#include <wx/app.h>
#include <wx/frame.h>
#include <wx/statusbr.h>

#include <chrono>
#include <cstdio>

namespace ikit {

std::shared_ptr<ReadyWatch> watch_for_ready(wxFrame& frame, std::size_t questions) {
    auto watch = std::make_shared<ReadyWatch>();
    if (wxWindow* status_bar = frame.GetStatusBar())
        status_bar->Bind(wxEVT_PAINT, [watch](wxPaintEvent& event) {
            watch->painted = true;
            event.Skip();
        });
    else
        watch->painted = true;
    frame.Bind(wxEVT_IDLE, [&frame, questions, watch](wxIdleEvent& event) {
        event.Skip();
        if (watch->reported || !watch->started || !watch->painted || !frame.IsShownOnScreen()) return;
        watch->reported = true;
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        std::printf("ready %lld questions %zu\n",
                    static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()),
                    questions);
        std::fflush(stdout);
        wxTheApp->ExitMainLoop();
    });
    return watch;
}

}  // namespace ikit
