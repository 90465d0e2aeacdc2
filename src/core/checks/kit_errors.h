#pragma once
/// \file kit_errors.h
/// Does a kit have errors, and which: what the app asks about before printing (and the command line's
/// --allow-errors can share), kept beside the checks so both ask the same question the same way.

#include "checks/kit_checks.h"

#include <string>
#include <vector>

namespace ikit {

/// The error findings among `findings`, in their order (warnings and advice left out).
std::vector<Finding> error_findings(const std::vector<Finding>& findings);

/// The errors check_kit finds in `kit`; empty when it may be printed without asking.
std::vector<Finding> kit_errors(const Kit& kit, const QuestionRules& rules);

/// One line per error for a message: "Question 3: message" (numbered across sections, as printed),
/// "Section “title”: message", or the message alone for the whole kit.
std::vector<std::string> error_lines(const Kit& kit, const std::vector<Finding>& errors);

}  // namespace ikit
