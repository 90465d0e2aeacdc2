#pragma once
/// \file bank_content.h
/// The plain content of one bank file (roles, competencies, questions), as read from disk and
/// before it is merged and indexed into a QuestionBank.

#include "model/question.h"
#include "model/taxonomy.h"

#include <string>
#include <vector>

namespace ikit {

/// The parts read from one bank file, before they are merged into a bank.
struct BankContent {
    std::string file;                     ///< where they were read from
    std::vector<Role> roles;              ///< roles the file defines
    std::vector<Competency> competencies; ///< competencies the file defines
    std::vector<Question> questions;      ///< questions the file defines
};

}  // namespace ikit
