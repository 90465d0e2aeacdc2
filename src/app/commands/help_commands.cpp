// Help menu: Keyboard Shortcuts, About.

#include "commands/command_context.h"
#include "commands/command_registry.h"
#include "commands/commands.h"
#include "commands/window_actions.h"
#include "prompts.h"
#include "util/version.h"

#include <wx/aboutdlg.h>

namespace ikit {

void register_help_commands(CommandRegistry& registry, const CommandContext& context) {
    const wxString menu = _("&Help");
    registry.add(Command(kCmdShortcuts, menu, _(L"&Keyboard Shortcuts\u2026")).keys("F1")
                     .described(_("List the keys of every command"))
                     .runs([&registry, &context] {
                         context.prompts.show_shortcuts(context.window.dialog_parent(), registry.shortcuts());
                     }));
    registry.add_separator(menu);
    registry.add(Command(wxID_ABOUT, menu, _("&About Interview Kit Builder")).described(_("Version and licence"))
                     .icon(wxART_INFORMATION)
                     .runs([&context] {
                         wxAboutDialogInfo info;
                         info.SetName(product_name());
                         info.SetVersion(version());
                         info.SetDescription(_("Build structured interview kits from a question bank, attach anchored "
                                               "rubrics, check them, and print scorecards for the interview room."));
                         info.SetWebSite("https://example.org/interview-kit-builder");
                         info.SetLicence(_("See the LICENSE file shipped with the program."));
                         wxAboutBox(info, context.window.dialog_parent());
                     }));
}

}  // namespace ikit
