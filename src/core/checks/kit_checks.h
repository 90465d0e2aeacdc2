#pragma once
/// \file kit_checks.h
/// Checks a kit before a candidate sees it: coverage, time, scoring, duplicates, wording, protected topics.

#include "checks/question_rules.h"
#include "i18n/translator.h"
#include "model/kit.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ikit {

/// Fewest competencies one interview should assess before it gives too narrow a picture.
constexpr int kMinInterviewCompetencies = 3;
/// Most competencies one interview can gather real evidence for.
constexpr int kMaxInterviewCompetencies = 8;
/// Minutes to leave free for the candidate's own questions (the least a close should reserve).
constexpr int kCandidateQuestionMinutes = 5;
/// Minutes of the interview to leave unplanned beyond questions and reserved time, for overruns.
constexpr int kMinSlackMinutes = 5;

/// How serious a finding is.
enum class Severity { Error, Warning, Advice };

/// "error", "warning", "advice".
std::string to_id(Severity severity);

/// Parses "error", "warning" or "advice" (case-insensitive); nullopt when unknown.
std::optional<Severity> severity_from_id(std::string_view id);

/// One thing wrong with a kit.
struct Finding {
    Severity severity = Severity::Advice;  ///< how serious
    std::string check;        ///< which check, e.g. "coverage", "time", "shape", "scoring", "duplicate", "wording", "protected-topic"
    std::string message;      ///< what is wrong and what to do
    std::string question_id;  ///< the question concerned, or ""
    std::string section_id;   ///< the section concerned, or ""
    std::string suggestion;   ///< a lawful or better rewording, where there is one
};

/// Runs every check; findings ordered by severity, then by position in the kit (findings about the
/// whole kit first, then section by section, question by question).
///
/// Coverage counts competencies this way: when the kit names competencies (kit.competencies), those are
/// the interview's plan, so each one needs a question and the 3–8 range applies to them; a kit that names
/// none is judged by the distinct main competencies of its questions. A question counts for every
/// competency it lists, main or not. A kit with an interview plan is also checked as a loop (check "plan",
/// see plan_checks.h), and each interview's length then replaces the kit's in the time check.
std::vector<Finding> check_kit(const Kit& kit, const QuestionRules& rules);

/// True when any finding is an error.
bool has_errors(const std::vector<Finding>& findings);

/// The line the interviewer guide prints about the checks: "Kit check: passed on DATE" when there is no
/// error or warning, else "Kit check on DATE: N errors, M warnings — …".
std::string check_summary_line(const std::vector<Finding>& findings, const std::string& date);
/// The same line in the language of `labels` (a printed form's Translator, which holds the kit's language).
std::string check_summary_line(const std::vector<Finding>& findings, const std::string& date,
                               const Translator& labels);

}  // namespace ikit
