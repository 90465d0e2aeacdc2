#pragma once
/// \file kit_validation.h
/// What a kit must have before it can be used (`ikit validate`): every question has text, every scored
/// question a rubric, and every rubric meets the rubric rules (all but the heuristic ones). Softer advice
/// about a kit lives in the kit checks.

#include "model/kit.h"

#include <string>
#include <vector>

namespace ikit {

/// Each problem that makes the kit unusable as it is, as one line naming the question; empty when valid.
std::vector<std::string> validation_problems(const Kit& kit);

}  // namespace ikit
