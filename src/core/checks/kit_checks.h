#pragma once
/// \file kit_checks.h
/// Checks a kit before a candidate sees it: coverage, time, scoring, duplicates, wording, protected topics.

#include "checks/question_rules.h"
#include "model/kit.h"

#include <string>
#include <vector>

namespace ikit {

/// How serious a finding is.
enum class Severity { Error, Warning, Advice };

/// "error", "warning", "advice".
std::string to_id(Severity severity);

/// One thing wrong with a kit.
struct Finding {
    Severity severity = Severity::Advice;  ///< how serious
    std::string check;        ///< which check, e.g. "coverage", "time", "scoring", "duplicate", "wording", "protected-topic"
    std::string message;      ///< what is wrong and what to do
    std::string question_id;  ///< the question concerned, or ""
    std::string section_id;   ///< the section concerned, or ""
    std::string suggestion;   ///< a lawful or better rewording, where there is one
};

/// Runs every check; findings ordered by severity, then by position in the kit.
std::vector<Finding> check_kit(const Kit& kit, const QuestionRules& rules);

/// True when any finding is an error.
bool has_errors(const std::vector<Finding>& findings);

}  // namespace ikit
