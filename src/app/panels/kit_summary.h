#pragma once
/// \file kit_summary.h
/// The one-line facts about a kit the status bar and kit pane show: questions, time, coverage.

#include "model/kit.h"

#include <string>

namespace ikit {

/// The summary texts of a kit.
struct KitSummary {
    std::string questions;  ///< "12 questions"
    std::string time;       ///< "42 of 60 min", or "72 of 60 min (12 over)"
    bool over_time = false; ///< planned minutes exceed the kit length
    std::string coverage;   ///< "Covers all 5 competencies" / "Not covered: KPIs & metrics"
    bool uncovered = false; ///< some competency named for the kit has no question
};

/// Summarises `kit` (counts and coverage come from the core's model functions).
KitSummary summarise_kit(const Kit& kit);

}  // namespace ikit
