#pragma once
/// \file plan_checks.h
/// The checks of an interview loop (check "plan"): is every competency the kit names assessed, by more than
/// one interviewer; does each interview fit its time, have questions and an interviewer; is every question
/// asked somewhere; is each interview focused. A kit without a plan gets no finding from them.

#include "checks/kit_checks.h"

#include <cstddef>
#include <vector>

namespace ikit {

/// The numbers the plan checks judge by.
struct PlanThresholds {
    /// Independent interviewers a required competency should have; fewer (but at least one) gives advice.
    int min_independent_interviewers = 2;
    /// Minutes each interview should leave for the candidate's own questions.
    int candidate_question_minutes = kCandidateQuestionMinutes;
    /// A competency assessed in every interview is advice only in plans of at least this many interviews
    /// (in two interviews it is the second independent rating the first advice asks for).
    std::size_t focus_min_interviews = 3;
};

/// The thresholds check_kit uses.
const PlanThresholds& default_plan_thresholds();

/// Appends the plan's findings (check "plan"), unordered; nothing when the kit has no plan:
/// - error: a competency the kit names is assessed in no interview;
/// - advice: a competency the kit names has fewer than `min_independent_interviewers` independent interviewers;
/// - warning: an interview's questions take longer than the interview; advice: they leave fewer than
///   `candidate_question_minutes` for the candidate's questions;
/// - warning: an interview has no questions; an interview has no interviewer; two interviews share a name;
/// - warning: a question is in no interview (one finding per question);
/// - advice: a competency is assessed in every interview of a plan of `focus_min_interviews` or more.
void check_plan(const Kit& kit, std::vector<Finding>& findings,
                const PlanThresholds& thresholds = default_plan_thresholds());

}  // namespace ikit
