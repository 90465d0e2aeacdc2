#pragma once
/// \file rubric_rules.h
/// The quality rules every rating scale must meet, for shipped, user and kit rubrics alike.

#include "model/rubric.h"

#include <string>
#include <vector>

namespace ikit {

/// One problem found in a rubric by check_rubric.
struct RubricProblem {
    int score = 0;          ///< the level concerned, 0 for the whole rubric
    std::string message;    ///< what is wrong and what to do
};

/// Quality rules of a rubric: 4–5 levels, ascending scores, every level anchored,
/// anchors distinct, no anchor that only evaluates ("good answer") without observable behaviour.
std::vector<RubricProblem> check_rubric(const Rubric& rubric);

/// True when an anchor only evaluates ("good", "poor answer", "excellent response") and names no behaviour.
bool is_evaluative_only(const std::string& anchor);

}  // namespace ikit
