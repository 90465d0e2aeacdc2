#pragma once
/// \file pool_commands.h
/// The Kit menu's commands for a question's pool of variants (issue 19), run through the Variants tab.

namespace ikit {

class CommandRegistry;
class PoolActions;

/// Kit: Edit Variants, Add Variant, Remove Variant, Make Variant First, Turn into Pool, Dissolve Pool.
void register_pool_commands(CommandRegistry& registry, PoolActions& pool);

/// Ids of the pool commands.
enum PoolCommandId {
    kCmdShowVariants = 6300,
    kCmdAddVariant,
    kCmdRemoveVariant,
    kCmdMakeVariantFirst,
    kCmdTurnIntoPool,
    kCmdDissolvePool,
};

}  // namespace ikit
