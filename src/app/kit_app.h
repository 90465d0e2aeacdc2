#pragma once
/// \file kit_app.h
/// The wxApp of Interview Kit Builder: reads the command line, loads the bank, rubrics and rules,
/// and opens the main window (with the kit named on the command line, a sample kit, or a new one).

#include "app_services.h"

#include <wx/app.h>

#include <memory>

namespace ikit {

/// The application object (main.cpp instantiates it with wxIMPLEMENT_APP).
class KitApp : public wxApp {
public:
    /// Loads the data, opens the main window, then (once shown) reports bad files, offers recovery and opens the kit.
    bool OnInit() override;
    /// Releases the services after the windows are gone.
    int OnExit() override;
    /// Declares the command line: [--sample | --sample-name NAME] [--data-dir DIR] [--config FILE]
    /// [--autosave-seconds N] [--report-ready] [KIT FILE].
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    /// Reads the command line declared above.
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;

private:
    std::unique_ptr<AppServices> services_;
    wxString file_;
    wxString sample_;
    bool want_sample_ = false;
    wxString data_dir_;
    wxString config_file_;
    long autosave_seconds_ = 60;
    bool report_ready_ = false;
    wxString window_size_;  // --window-size WIDTHxHEIGHT, "" = as remembered
};

/// The sample kit to open: `name` (a file name in the kits folder, with or without .ikit) or, when
/// empty, the first kit there; "" when there is none.
std::string find_sample_kit(const std::string& kits_dir, const std::string& name);

}  // namespace ikit
