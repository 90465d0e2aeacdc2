#pragma once
/// \file suggested_wording.h
/// The checks' one-step fix: a finding's suggested wording becomes its question's text.

#include "checks/kit_checks.h"

namespace ikit {

struct CommandContext;

/// Replaces the text of `finding`'s question by the finding's suggestion, as one undo step through the
/// edit path, and selects the question; false (nothing changed) when the finding has no question or suggestion.
bool use_suggested_wording(const CommandContext& context, const Finding& finding);

}  // namespace ikit
