#include "checks/question_rules.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "util/error.h"
#include "util/text.h"

#include <algorithm>

namespace ikit {

namespace {

bool any_match(const std::vector<RulePattern>& patterns, const std::string& text) {
    for (const auto& pattern : patterns)
        if (pattern.found_in(text)) return true;
    return false;
}

// Where the lawful patterns match in `text` (every match, not only the first).
std::vector<TextSpan> lawful_spans(const std::vector<RulePattern>& patterns, const std::string& text) {
    std::vector<TextSpan> spans;
    for (const auto& pattern : patterns) {
        if (!holds_required_texts(text, pattern.required)) continue;
        for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern.regex); it != std::sregex_iterator();
             ++it) {
            const auto begin = static_cast<std::size_t>(it->position(0));
            spans.emplace_back(begin, begin + static_cast<std::size_t>(it->length(0)));
        }
    }
    return spans;
}

bool rule_fires(const QuestionRule& rule, const std::string& normalised, const std::vector<RuleToken>& tokens,
                const CandidateSignals& signals) {
    bool found = any_match(rule.match, normalised);
    if (!found && any_group_word(rule.words, tokens))  // the lawful patterns run only when a word is there
        found = word_groups_fire(rule.words, tokens, signals, lawful_spans(rule.lawful, normalised));
    return found && !any_match(rule.unless, normalised);
}

}  // namespace

RulePattern::RulePattern(const std::string& lowered)
    : regex(lowered, std::regex::ECMAScript | std::regex::optimize), required(required_texts(lowered)) {}

bool RulePattern::found_in(const std::string& text) const {
    // The plain-text test is a necessary condition, far cheaper than the regex engine.
    if (!holds_required_texts(text, required)) return false;
    return std::regex_search(text, regex);
}

std::string normalise_for_rules(const std::string& text) {
    const std::string lower = ascii_lower(text);
    std::string out;
    out.reserve(std::min(lower.size(), kMaxRuleTextChars));
    std::size_t word_length = 0;
    std::size_t i = 0;
    for (; i < lower.size() && out.size() < kMaxRuleTextChars; ++i) {
        // U+2018 and U+2019 are E2 80 98 / E2 80 99 in UTF-8.
        if (lower.compare(i, 2, "\xE2\x80") == 0 && i + 2 < lower.size() &&
            (lower[i + 2] == '\x98' || lower[i + 2] == '\x99')) {
            out += '\'';
            ++word_length;
            i += 2;
            continue;
        }
        if (is_ascii_space(lower[i])) {
            if (!out.empty() && out.back() != ' ') out += ' ';
            word_length = 0;
            continue;
        }
        if (++word_length <= kMaxRuleWordChars) out += lower[i];
    }
    if (i < lower.size() && word_length > 0) {
        // Cut in the middle of a word: drop that partial word.
        const auto space = out.rfind(' ');
        if (space != std::string::npos && space > kMaxRuleTextChars / 2) out.erase(space);
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string protected_topic_label(const QuestionRule& rule) {
    if (rule.laws.empty()) return rule.name;
    // TRANSLATORS: {1} is the topic's name, {2} the laws that protect it ("Age; protected under ADEA, …").
    return fill(tr("{1}; protected under {2}"), {rule.name, join(rule.laws, ", ")});
}

std::vector<const QuestionRule*> match_question_rules(const QuestionRules& rules, const std::string& text,
                                                      bool behavioural) {
    std::vector<const QuestionRule*> tripped;
    const std::string normalised = normalise_for_rules(text);
    const std::string key = (behavioural ? "b:" : "o:") + normalised;
    if (rules.memo) {
        std::lock_guard<std::mutex> lock(rules.memo->mutex);
        if (auto it = rules.memo->results.find(key); it != rules.memo->results.end()) {
            for (std::size_t index : it->second) tripped.push_back(&rules.rules[index]);
            return tripped;
        }
    }
    const std::vector<RuleToken> tokens = rule_tokens(normalised);
    for (const auto& rule : rules.rules) {
        if (!rule.is_topic && rule.id == "yes-no" && !behavioural) continue;
        try {
            if (rule_fires(rule, normalised, tokens, rules.signals)) tripped.push_back(&rule);
        } catch (const std::regex_error& error) {
            // std::regex gives up on runaway backtracking; say which rule rather than crash the check.
            throw Error(fill(tr("question rule \"{1}\" could not be applied to \"{2}\": {3}"),
                             {rule.id, shorten(text, 60), error.what()}));
        }
    }
    if (rules.memo) {
        std::vector<std::size_t> indices;
        for (const QuestionRule* rule : tripped) indices.push_back(static_cast<std::size_t>(rule - rules.rules.data()));
        std::lock_guard<std::mutex> lock(rules.memo->mutex);
        if (rules.memo->results.size() >= kMaxRememberedRuleTexts) rules.memo->results.clear();
        rules.memo->results.emplace(key, std::move(indices));
    }
    return tripped;
}

}  // namespace ikit
