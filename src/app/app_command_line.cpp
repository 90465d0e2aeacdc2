#include "app_command_line.h"

#include "util/version.h"

#include <wx/cmdline.h>

#include <cstdio>
#include <cstring>

namespace ikit {

void declare_app_options(wxCmdLineParser& parser) {
    parser.AddSwitch("", "version", "print the version and quit");
    parser.AddSwitch("", "sample", "open the first sample kit (or the one named with --sample-name)");
    parser.AddOption("", "sample-name", "open this sample kit from the kits folder");
    parser.AddOption("", "data-dir", "read the bank, rubrics and rules from this folder");
    parser.AddOption("", "config", "keep settings in this file instead of the user's");
    parser.AddOption("", "autosave-seconds", "seconds between autosaves of unsaved changes (default 60)",
                     wxCMD_LINE_VAL_NUMBER);
    parser.AddOption("", "window-size", "open the window at this size, e.g. 1280x800 (for screenshots and tests)");
    parser.AddSwitch("", "report-ready",
                     "print the time the window was ready to use, then quit (for the start-up benchmark)");
    parser.AddParam("kit file", wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
}

std::optional<int> answer_without_display(int argc, char** argv) {
    bool help = false, show_version = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0) break;  // what follows is a file name
        if (std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--help") == 0) help = true;
        if (std::strcmp(argv[i], "--version") == 0) show_version = true;
    }
    if (help) {
        wxCmdLineParser parser(argc, argv);
        parser.SetLogo(wxString::FromUTF8(product_name()) + " - build structured interview kits, check them and print scorecards.");
        parser.AddSwitch("h", "help", "show this help and quit", wxCMD_LINE_OPTION_HELP);
        declare_app_options(parser);
        std::fputs(parser.GetUsageString().utf8_str().data(), stdout);
        return 0;
    }
    if (show_version) {
        std::printf("%s %s\n", product_name(), version());
        return 0;
    }
    return std::nullopt;
}

}  // namespace ikit
