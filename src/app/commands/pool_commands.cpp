// Kit menu, pools (issue 19): show the Variants tab, add, remove and reorder variants, turn a question
// into a pool and back. Each goes through the question editor's Variants tab (PoolActions), so the menu
// and the tab's buttons do the same thing to the same selected member.

#include "commands/pool_commands.h"

#include "commands/command_registry.h"
#include "commands/pool_actions.h"

#include <wx/intl.h>

namespace ikit {

void register_pool_commands(CommandRegistry& registry, PoolActions& pool) {
    const wxString menu = _("&Kit");
    registry.add_separator(menu);
    registry.add(Command(kCmdShowVariants, menu, _("&Edit Variants")).keys("Ctrl+Shift+P")
                     .described(_("Show the selected question's pool of variants in the details pane"))
                     .enabled_when([&pool] { return pool.has_question(); })
                     .runs([&pool] { pool.show_variants(); }));
    registry.add(Command(kCmdAddVariant, menu, _("Add Varian&t")).keys("Ctrl+Shift+V")
                     .described(_("Add another wording of the selected question, rotated between candidates"))
                     .enabled_when([&pool] { return pool.can_add_variant(); })
                     .runs([&pool] { pool.add_variant(); }));
    registry.add(Command(kCmdRemoveVariant, menu, _("Remove Var&iant"))
                     .described(_("Remove the variant selected in the Variants tab"))
                     .enabled_when([&pool] { return pool.can_remove_variant(); })
                     .runs([&pool] { pool.remove_variant(); }));
    registry.add(Command(kCmdMakeVariantFirst, menu, _("Make Variant &First"))
                     .described(_("Make the selected variant the question's own wording"))
                     .enabled_when([&pool] { return pool.can_make_first(); })
                     .runs([&pool] { pool.make_first(); }));
    registry.add(Command(kCmdTurnIntoPool, menu, _("Turn into P&ool"))
                     .described(_("Make the selected question a pool of variants"))
                     .enabled_when([&pool] { return pool.has_question() && !pool.is_pool(); })
                     .runs([&pool] { pool.turn_into_pool(); }));
    registry.add(Command(kCmdDissolvePool, menu, _("Dissolve Poo&l"))
                     .described(_("Make the selected pool an ordinary question again; its variants are removed"))
                     .enabled_when([&pool] { return pool.has_question() && pool.is_pool(); })
                     .runs([&pool] { pool.dissolve_pool(); }));
}

}  // namespace ikit
