// Entry point of the desktop app: everything else lives in the ikit_app_ui library. --help and
// --version are answered before wxWidgets starts, so they work without a display.

#include "app_command_line.h"
#include "kit_app.h"

wxIMPLEMENT_APP_NO_MAIN(ikit::KitApp);

int main(int argc, char** argv) {
    if (const auto code = ikit::answer_without_display(argc, argv)) return *code;
    return wxEntry(argc, argv);
}
