#pragma once
/// \file window_state.h
/// Persistence of the main window's layout and the user's places: size and position, splitters (the
/// bank's list/details one too), the last kit folder and Open Recent, in wxConfig (app name
/// "interview-kit-builder").

class wxFileHistory;
class wxFrame;
class wxSplitterWindow;

namespace ikit {

class BankPanel;
class KitSession;

/// The parts of the main window whose state is kept (all outlive the WindowState).
struct WindowParts {
    wxFrame& frame;               ///< size, position, maximized
    wxSplitterWindow& bank_sash;  ///< bank | kit and details
    wxSplitterWindow& kit_sash;   ///< kit | details
    wxSplitterWindow& checks_sash;///< panes above, checks below
    BankPanel& bank;              ///< its list/details split
    KitSession& session;          ///< the last kit folder
    wxFileHistory& history;       ///< Open Recent
};

/// Restores and saves the state of the main window's parts.
class WindowState {
public:
    /// Keeps the state of `parts`.
    explicit WindowState(const WindowParts& parts) : parts_(parts) {}
    /// Puts the window where it was (on screen, else centred) and the splitters as they were
    /// (else the default proportions); reads the last folder and Open Recent.
    void restore() const;
    /// Writes window size, splitters, last folder and recent files to wxConfig.
    void save() const;

private:
    WindowParts parts_;
};

}  // namespace ikit
