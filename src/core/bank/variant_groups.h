#pragma once
/// \file variant_groups.h
/// The variant groups of a loaded bank: interchangeable questions, listed for `ikit bank stats|show`
/// and for filling a kit's question pools.

#include "bank/question_bank.h"
#include "model/kit.h"

#include <string>
#include <vector>

namespace ikit {

/// One group of interchangeable questions.
struct VariantGroup {
    std::string id;                    ///< the variant-group attribute shared by its members
    std::vector<std::size_t> members;  ///< indices into QuestionBank::questions(), in bank order
};

/// Every group of the bank, in order of its first member.
std::vector<VariantGroup> variant_groups(const QuestionBank& bank);

/// The members of `question`'s group, itself first and the others in bank order; just itself when it has none.
std::vector<const Question*> variants_of(const QuestionBank& bank, const Question& question);

/// A kit pool holding the other members of `question`'s group, each scored on `rubric_id` (the slot's
/// embedded rubric, shared by the group); an absent pool when the question has no group.
KitPool pool_from_group(const QuestionBank& bank, const Question& question, const std::string& rubric_id);

/// Gives every question of `kit` taken from a bank question with a group a pool of the group's other
/// members (a question that already has a pool is left alone); returns how many pools it made.
std::size_t fill_pools_from_bank(Kit& kit, const QuestionBank& bank);

}  // namespace ikit
