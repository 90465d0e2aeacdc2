// Test runner of the GUI tests: initialises wxWidgets (a real GTK display, normally Xvfb), keeps
// settings and user data in a temporary folder, then runs Catch2.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <wx/app.h>
#include <wx/config.h>
#include <wx/evtloop.h>
#include <wx/fileconf.h>
#include <wx/init.h>

#include <cstdlib>
#include <filesystem>
#include <string>

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    const fs::path home = fs::temp_directory_path() / ("ikit-app-tests-" + std::to_string(::getpid()));
    fs::create_directories(home / "data");
    fs::create_directories(home / "config");
    setenv("XDG_DATA_HOME", (home / "data").c_str(), 1);
    setenv("XDG_CONFIG_HOME", (home / "config").c_str(), 1);

    wxApp::SetInstance(new wxApp);
    int wx_argc = 1;
    char* wx_argv[] = {argv[0], nullptr};
    if (!wxEntryStart(wx_argc, wx_argv)) {
        std::fprintf(stderr, "cannot initialise wxWidgets: is there a display (run under xvfb-run)?\n");
        return 2;
    }
    wxTheApp->SetAppName("interview-kit-builder-tests");
    delete wxConfigBase::Set(new wxFileConfig("interview-kit-builder-tests", "", (home / "settings.ini").string(), "",
                                              wxCONFIG_USE_LOCAL_FILE));
    int result = 0;
    {
        wxGUIEventLoop loop;
        wxEventLoopActivator activate(&loop);
        result = Catch::Session().run(argc, argv);
        wxTheApp->ProcessPendingEvents();
    }
    delete wxConfigBase::Set(nullptr);
    wxEntryCleanup();
    std::error_code ec;
    fs::remove_all(home, ec);
    return result;
}
