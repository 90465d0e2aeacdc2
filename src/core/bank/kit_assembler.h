#pragma once
/// \file kit_assembler.h
/// Assembles a sensible kit from the bank: questions for a role that cover the asked competencies within the minutes.

#include "bank/question_bank.h"
#include "bank/rubric_library.h"
#include "model/kit.h"

#include <string>
#include <vector>

namespace ikit {

/// What `ikit new` (and File ▸ New from bank) asks for.
struct KitRequest {
    std::string role;                      ///< role id or name (required)
    std::vector<std::string> competencies; ///< ids or names; empty = the role's most asked competencies
    int minutes = 60;                      ///< interview length
    std::string title;                     ///< "" = "<Role> interview"
    std::string stage = "Interview";       ///< interview stage
    std::string author;                    ///< who made it
};

/// Builds a kit: one section per competency, each with the best-fitting questions for the role,
/// balanced across competencies, total minutes within the length less 5 minutes for the candidate's
/// own questions; every question gets its competency's rubric (or the generic one).
/// Throws Error for an unknown role or competency (the message lists the valid ones).
Kit assemble_kit(const QuestionBank& bank, const RubricLibrary& rubrics, const KitRequest& request);

}  // namespace ikit
