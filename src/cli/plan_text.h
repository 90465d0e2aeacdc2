#pragma once
/// \file plan_text.h
/// A kit's interview plan and coverage matrix as plain text for `ikit show` (readable in 80 columns).

#include "model/kit.h"

#include <ostream>

namespace ikit::cli {

/// Writes the plan (each interview: length, planned and free minutes, interviewers) and the coverage matrix
/// (questions per competency and interview, independent interviewers); nothing when the kit has no plan.
void write_plan_text(std::ostream& out, const Kit& kit);

}  // namespace ikit::cli
