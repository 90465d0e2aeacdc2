#pragma once
/// \file check_steps.h
/// The individual checks run by check_kit (internal to checks/). Each appends its findings, unordered.

#include "checks/kit_checks.h"

#include <string>
#include <vector>

namespace ikit {

/// Competencies without questions, competencies with one question, too many or too few competencies.
void check_coverage(const Kit& kit, std::vector<Finding>& findings);

/// Planned time against the interview length, questions without minutes, time for the candidate's questions
/// (with a plan only the questions without minutes: check_plan times each interview).
void check_time(const Kit& kit, std::vector<Finding>& findings);

/// Questions without a rubric and rubrics with unanchored or merely evaluative levels.
void check_scoring(const Kit& kit, std::vector<Finding>& findings);

/// The interview's shape: a close with time for the candidate's questions, no scored question in the opener,
/// no unscored one in the body, named competencies reached by a question written for them.
void check_shape(const Kit& kit, std::vector<Finding>& findings);

/// The same bank question twice and questions that ask the same thing.
void check_duplicates(const Kit& kit, std::vector<Finding>& findings);

/// Protected topics and wording rules from `rules`, double-barrelled and empty questions.
void check_wording(const Kit& kit, const QuestionRules& rules, std::vector<Finding>& findings);

/// Question pools: variants that differ in type, main competency or rubric (error), a pool of one (advice).
void check_pools(const Kit& kit, std::vector<Finding>& findings);
/// A question's text for a message: trimmed, at most about 60 characters, in quotes.
std::string quote_question(const std::string& text);

}  // namespace ikit
