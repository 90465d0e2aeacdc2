#pragma once
/// \file variant_group.h
/// Groups of interchangeable bank questions (attribute variant-group="…"): the rule that their members
/// agree on what makes them comparable, shared by both bank readers and the merged bank.

#include "model/question.h"

#include <optional>
#include <string>
#include <vector>

namespace ikit {

/// True when `a` and `b` can stand in for each other: same main competency, type, rubric and scoring.
bool interchangeable(const Question& a, const Question& b);

/// A member of a variant group that differs from the group's first member.
struct VariantGroupConflict {
    std::size_t index = 0;  ///< index into the questions checked
    std::string message;    ///< e.g. question "x" of variant group "g" has type situational, but "y" has behavioural
};

/// The first question from `first` on whose group already has a member (anywhere in `questions`, earlier
/// in order) it is not interchangeable with; nullopt when every group agrees.
std::optional<VariantGroupConflict> find_variant_group_conflict(const std::vector<Question>& questions,
                                                                std::size_t first = 0);

}  // namespace ikit
