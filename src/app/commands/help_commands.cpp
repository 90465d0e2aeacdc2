// Help menu: Keyboard Shortcuts, About.

#include "commands/command_registry.h"
#include "commands/commands.h"
#include "main_frame.h"
#include "prompts.h"
#include "util/version.h"

#include <wx/aboutdlg.h>

namespace ikit {

void register_help_commands(CommandRegistry& registry, MainFrame& frame) {
    registry.add({kCmdShortcuts, "&Help", L"&Keyboard Shortcuts\u2026", "F1", "List the keys of every command", "",
                  {},
                  [&registry, &frame] { frame.services().prompts->show_shortcuts(&frame, registry.shortcuts()); },
                  {}, ""});
    registry.add_separator("&Help");
    registry.add({wxID_ABOUT, "&Help", "&About Interview Kit Builder", "", "Version and licence", wxART_INFORMATION, {},
                  [&frame] {
                      wxAboutDialogInfo info;
                      info.SetName(product_name());
                      info.SetVersion(version());
                      info.SetDescription("Build structured interview kits from a question bank, attach anchored "
                                          "rubrics, check them, and print scorecards for the interview room.");
                      info.SetWebSite("https://example.org/interview-kit-builder");
                      info.SetLicence("See the LICENSE file shipped with the program.");
                      wxAboutBox(info, &frame);
                  },
                  {}, ""});
}

}  // namespace ikit
