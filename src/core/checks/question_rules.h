#pragma once
/// \file question_rules.h
/// Data-driven rules for question wording and protected topics (assets/checks/question_rules.xml).

#include "checks/question_rules_terms.h"
#include "checks/regex_literal.h"

#include <cstddef>
#include <memory>
#include <mutex>
#include <regex>
#include <string>
#include <unordered_map>
#include <vector>

namespace ikit {

/// One compiled pattern of a rule, with the plain texts every match contains (see required_texts).
struct RulePattern {
    /// Compiles `lowered` (an ECMAScript pattern already lower-cased); throws std::regex_error.
    explicit RulePattern(const std::string& lowered);
    std::regex regex;        ///< the compiled pattern
    RequiredTexts required;  ///< texts every match contains; empty = none known, always run the regex
    /// True when the pattern is found in `text` (a normalise_for_rules text).
    bool found_in(const std::string& text) const;
};

/// One rule: a protected topic (error) or a wording problem (warning/advice).
struct QuestionRule {
    std::string id;                  ///< e.g. "age", "leading"
    std::string name;                ///< e.g. "Age or birth year"
    std::string severity;            ///< "error", "warning" or "advice"
    bool is_topic = true;            ///< protected topic (true) or wording rule (false)
    std::vector<std::string> laws;   ///< where the topic is protected, e.g. "UK Equality Act 2010" (topics only)
    std::vector<RulePattern> match;   ///< any match flags the question
    std::vector<RulePattern> unless;  ///< any match cancels the flag
    std::vector<WordGroup> words;     ///< topic words about the candidate also flag it (topics only)
    std::vector<RulePattern> lawful;  ///< topic words inside a match of these are lawful uses, not counted
    std::string why;                 ///< why it is a problem
    std::string instead;             ///< a lawful or better wording
};

/// Remembered results of match_question_rules, per normalised text (std::regex is slow, and the app
/// re-checks the whole kit after every edit, so most texts have been matched before).
struct RuleMatchMemo {
    std::mutex mutex;                                                     ///< guards `results`
    std::unordered_map<std::string, std::vector<std::size_t>> results;  ///< text key -> indices of tripped rules
};

/// The loaded rule set.
struct QuestionRules {
    std::vector<QuestionRule> rules;  ///< in file order
    CandidateSignals signals;         ///< who a question is about, for the topics' words
    /// Each rule set has a memo of its own; copies start with an empty one.
    std::unique_ptr<RuleMatchMemo> memo = std::make_unique<RuleMatchMemo>();

    QuestionRules() = default;
    /// Copies the rules and signals, not the memo.
    QuestionRules(const QuestionRules& other) : rules(other.rules), signals(other.signals) {}
    /// Copies the rules and signals and forgets what was remembered.
    QuestionRules& operator=(const QuestionRules& other) {
        rules = other.rules;
        signals = other.signals;
        memo = std::make_unique<RuleMatchMemo>();
        return *this;
    }
    QuestionRules(QuestionRules&&) = default;             ///< moves rules and memo
    QuestionRules& operator=(QuestionRules&&) = default;  ///< moves rules and memo
};

/// Texts remembered per rule set before the memo starts afresh.
constexpr std::size_t kMaxRememberedRuleTexts = 20000;

/// Characters of a question the rules read; a longer text is cut at a word boundary (no real question is
/// that long, and it bounds the time std::regex takes).
constexpr std::size_t kMaxRuleTextChars = 2000;

/// Longest word the rules see; longer runs of letters are cut (keeps std::regex's backtracking shallow).
constexpr std::size_t kMaxRuleWordChars = 50;

/// The text the rules are matched against: ASCII lower-cased, typographic apostrophes (U+2018, U+2019)
/// turned into ', runs of white space collapsed into one space, words cut to kMaxRuleWordChars and the
/// whole cut to kMaxRuleTextChars.
std::string normalise_for_rules(const std::string& text);

/// How a finding names a topic: its name, and where it is protected when the rule says so
/// ("Religion or belief; protected under US (EEOC), UK Equality Act 2010").
std::string protected_topic_label(const QuestionRule& rule);

/// The rules a question text trips (lower-cased and apostrophe-normalised before matching).
/// `behavioural` enables the yes/no rule, which only applies to behavioural questions.
std::vector<const QuestionRule*> match_question_rules(const QuestionRules& rules, const std::string& text, bool behavioural);

}  // namespace ikit
