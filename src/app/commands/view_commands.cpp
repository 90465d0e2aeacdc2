// View menu: one item per workspace of the strip (Build, Plan, Scores, Debrief), each with its key.

#include "commands/command_registry.h"
#include "commands/commands.h"
#include "workspaces/workspace.h"

namespace ikit {

void register_view_commands(CommandRegistry& registry, WorkspaceSwitcher& workspaces) {
    const wxString menu = _("&View");
    const auto& all = workspaces.workspaces();
    for (size_t i = 0; i < all.size() && kCmdWorkspaceFirst + static_cast<int>(i) <= kCmdWorkspaceLast; ++i) {
        const std::string id = all[i].id;
        registry.add(Command(kCmdWorkspaceFirst + static_cast<int>(i), menu, all[i].label).keys(all[i].keys)
                         .described(all[i].help).runs([&workspaces, id] { workspaces.show(id); }));
    }
}

}  // namespace ikit
