#pragma once
/// \file ready_report.h
/// `--report-ready`, for the start-up benchmark (tests/bench/app_start.sh): notices the first moment a
/// person could use the main window, prints the wall-clock time and quits.

#include <cstddef>
#include <memory>

class wxFrame;

namespace ikit {

/// What has happened so far on the way to a usable window.
struct ReadyWatch {
    bool painted = false;   ///< the window has been drawn on screen
    bool started = false;   ///< the start-up work after Show() (opening the kit) is done; set by the app
    bool reported = false;  ///< the time has been printed
};

/// Watches `frame` from before it is shown. Once it has been drawn (the status bar, which wx paints itself,
/// has had its first paint), `started` is set and the event loop is idle, prints
/// "ready <ns since the epoch> questions <bank size>" on stdout and ends the main loop.
std::shared_ptr<ReadyWatch> watch_for_ready(wxFrame& frame, std::size_t questions);

}  // namespace ikit
