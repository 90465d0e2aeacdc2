#pragma once
/// \file question_rules.h
/// Data-driven rules for question wording and protected topics (assets/checks/question_rules.xml).

#include <cstddef>
#include <regex>
#include <string>
#include <vector>

namespace ikit {

/// One rule: a protected topic (error) or a wording problem (warning/advice).
struct QuestionRule {
    std::string id;                  ///< e.g. "age", "leading"
    std::string name;                ///< e.g. "Age or birth year"
    std::string severity;            ///< "error", "warning" or "advice"
    bool is_topic = true;            ///< protected topic (true) or wording rule (false)
    std::vector<std::regex> match;   ///< any match flags the question
    std::vector<std::regex> unless;  ///< any match cancels the flag
    std::string why;                 ///< why it is a problem
    std::string instead;             ///< a lawful or better wording
};

/// The loaded rule set.
struct QuestionRules {
    std::vector<QuestionRule> rules;  ///< in file order
};

/// Characters of a question the rules read; a longer text is cut at a word boundary (no real question is
/// that long, and it bounds the time std::regex takes).
constexpr std::size_t kMaxRuleTextChars = 2000;

/// Longest word the rules see; longer runs of letters are cut (keeps std::regex's backtracking shallow).
constexpr std::size_t kMaxRuleWordChars = 50;

/// The text the rules are matched against: ASCII lower-cased, typographic apostrophes (U+2018, U+2019)
/// turned into ', runs of white space collapsed into one space, words cut to kMaxRuleWordChars and the
/// whole cut to kMaxRuleTextChars.
std::string normalise_for_rules(const std::string& text);

/// The rules a question text trips (lower-cased and apostrophe-normalised before matching).
/// `behavioural` enables the yes/no rule, which only applies to behavioural questions.
std::vector<const QuestionRule*> match_question_rules(const QuestionRules& rules, const std::string& text, bool behavioural);

}  // namespace ikit
