#pragma once
/// \file kit_assembler.h
/// Assembles a sensible kit from the bank: questions for a role that cover the asked competencies within the minutes.

#include "bank/question_bank.h"
#include "bank/rubric_library.h"
#include "model/kit.h"

#include <string>
#include <vector>

namespace ikit {

/// Minutes an assembled kit leaves unplanned, for overruns.
constexpr int kAssemblySlackMinutes = 5;

/// Minutes the close reserves for the candidate's questions in an interview of `length` minutes: 5 below
/// 45 minutes, else 10.
int close_minutes(int length);

/// What `ikit new` (and File ▸ New from bank) asks for.
struct KitRequest {
    std::string role;                      ///< role id or name (required)
    std::vector<std::string> competencies; ///< ids or names; empty = the role's most asked competencies
    int minutes = 60;                      ///< interview length
    std::string title;                     ///< "" = "<Role> interview"
    std::string stage = "Interview";       ///< interview stage
    std::string author;                    ///< who made it
    std::vector<std::string> questions;    ///< bank ids to ask first in their competency's section (may be empty)
};

/// Builds a kit the way interviews are run: an opener (one unscored question tagged "opener" that suits the
/// role, when the bank has one), then the body, one section per competency with the best-fitting scored
/// questions for the role, balanced across competencies; then a close (the bank's question tagged "close",
/// if any) that reserves minutes for the candidate's own questions (close_minutes()). The planned minutes
/// leave at least kAssemblySlackMinutes of the length free. Every scored question gets the rubric
/// RubricLibrary::for_question gives for its section's competency (its own, else its competency's, else the
/// generic one). Questions named in `request.questions` go first in the section of the first wanted competency
/// they cover, before the ranked ones, as long as time allows. Throws Error for an unknown role, competency or
/// question, or a named question that is unscored or covers none of the kit's competencies.
Kit assemble_kit(const QuestionBank& bank, const RubricLibrary& rubrics, const KitRequest& request);

}  // namespace ikit
