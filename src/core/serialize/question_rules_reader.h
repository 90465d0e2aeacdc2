#pragma once
/// \file question_rules_reader.h
/// Reads the question rules file (formats 1 and 2, assets/checks/question_rules.xml) and compiles its regexes once.

#include "checks/question_rules.h"

#include <string>

namespace ikit {

/// The rules file format this build reads (and every older one); newer files are refused. Format 2 added
/// the root <signals> and a topic's <law>, <words> and <lawful>.
constexpr int kQuestionRulesFormat = 2;

/// Parses a rules file's text; a bad regex, a wrong root, a newer format or a malformed rule throws Error
/// naming `file_name` and the line.
QuestionRules parse_question_rules(const std::string& xml, const std::string& file_name);

/// Reads and parses a rules file (refusing files over 1 MiB); throws Error.
QuestionRules read_question_rules_file(const std::string& path);

}  // namespace ikit
