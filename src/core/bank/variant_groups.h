#pragma once
/// \file variant_groups.h
/// The variant groups of a loaded bank: interchangeable questions, listed for `ikit bank stats|show`
/// and for filling a kit's question pools.

#include "bank/question_bank.h"

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

}  // namespace ikit
