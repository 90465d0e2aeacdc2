#include "checks/question_rules_terms.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "util/text.h"

namespace ikit {

namespace {

bool is_word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

bool is_sentence_end(char c) { return c == '.' || c == '?' || c == '!' || c == ';' || c == ':'; }

bool word_matches(const TermWord& word, const std::string& token) {
    if (!word.prefix) return token == word.text;
    return token.size() >= word.text.size() && token.compare(0, word.text.size(), word.text) == 0;
}

bool is_any(const std::vector<Term>& terms, const RuleToken& token) {
    for (const auto& term : terms)
        if (term.size() == 1 && word_matches(term[0], token.text)) return true;
    return false;
}

// An act followed by "to" or "on" is an intention ("plan to take", "planning on more"), not an act.
bool is_act_at(const std::vector<RuleToken>& tokens, std::size_t at, const CandidateSignals& signals) {
    if (!is_any(signals.acts, tokens[at])) return false;
    if (at + 1 < tokens.size() && tokens[at + 1].sentence == tokens[at].sentence &&
        (tokens[at + 1].text == "to" || tokens[at + 1].text == "on"))
        return false;
    return true;
}

bool is_possessive(const RuleToken& token) { return token.text == "your" || token.text == "yours"; }

bool inside(const std::vector<TextSpan>& spans, std::size_t begin, std::size_t end) {
    for (const auto& span : spans)
        if (begin < span.second && end > span.first) return true;
    return false;
}

bool sentence_has(const std::vector<Term>& terms, const std::vector<RuleToken>& tokens, std::size_t sentence) {
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i].sentence == sentence && terms_length_at(terms, tokens, i) > 0) return true;
    return false;
}

}  // namespace

std::string parse_term_list(const std::string& text, std::vector<Term>& terms) {
    std::string lowered = ascii_lower(text);
    for (char& c : lowered)
        if (c == '-' || c == '\n' || c == '\r' || c == '\t') c = ' ';
    std::size_t start = 0;
    while (start <= lowered.size()) {
        const std::size_t comma = std::min(lowered.find(',', start), lowered.size());
        const std::string written = trim(lowered.substr(start, comma - start));
        start = comma + 1;
        if (written.empty()) {
            if (comma == lowered.size() && !terms.empty()) break;  // a final comma is harmless
            return tr("an empty term (two commas in a row, or a list with no terms)");
        }
        if (terms.size() == kMaxTermsPerList)
            return fill(tr("more than {1} terms in one list"), {std::to_string(kMaxTermsPerList)});
        Term term;
        for (const std::string& w : split_words(written)) {
            if (term.size() == kMaxWordsPerTerm)
                return fill(tr("the term \"{1}\" has more than {2} words"), {written, std::to_string(kMaxWordsPerTerm)});
            TermWord word;
            word.prefix = w.back() == '*';
            word.text = word.prefix ? w.substr(0, w.size() - 1) : w;
            if (word.text.empty() || word.text.size() > kMaxTermWordChars)
                return fill(tr("the term \"{1}\" has a word that is empty or longer than {2} letters"),
                            {written, std::to_string(kMaxTermWordChars)});
            for (char c : word.text)
                if (!is_word_char(c) && c != '\'')
                    return fill(tr("the term \"{1}\" holds '{2}'; a term is written with a-z, 0-9, ' and a final *"),
                                {written, std::string(1, c)});
            if (word.prefix && word.text.size() < 3)
                return fill(tr("the term \"{1}\" puts * after fewer than 3 letters, which would match too much"),
                            {written});
            // Question words lose a possessive 's (see rule_tokens), so the terms do too: "where's home".
            if (!word.prefix && word.text.size() > 2 && word.text.compare(word.text.size() - 2, 2, "'s") == 0)
                word.text.erase(word.text.size() - 2);
            term.push_back(std::move(word));
        }
        terms.push_back(std::move(term));
    }
    return {};
}

std::vector<RuleToken> rule_tokens(const std::string& normalised) {
    std::vector<RuleToken> tokens;
    std::size_t sentence = 0;
    std::size_t i = 0;
    const std::size_t n = normalised.size();
    while (i < n) {
        const char c = normalised[i];
        if (!is_word_char(c)) {
            if (is_sentence_end(c) && !tokens.empty() && tokens.back().sentence == sentence) ++sentence;
            ++i;
            continue;
        }
        RuleToken token;
        token.begin = i;
        token.sentence = sentence;
        while (i < n && (is_word_char(normalised[i]) ||
                         (normalised[i] == '\'' && i + 1 < n && is_word_char(normalised[i + 1])))) {
            token.text += normalised[i];
            ++i;
        }
        token.end = i;
        if (token.text.size() > 2 && token.text.compare(token.text.size() - 2, 2, "'s") == 0)
            token.text.erase(token.text.size() - 2);  // "agent's" -> "agent"
        tokens.push_back(std::move(token));
    }
    return tokens;
}

std::size_t term_length_at(const Term& term, const std::vector<RuleToken>& tokens, std::size_t at) {
    if (term.empty() || at + term.size() > tokens.size()) return 0;
    for (std::size_t k = 0; k < term.size(); ++k) {
        const RuleToken& token = tokens[at + k];
        if (token.sentence != tokens[at].sentence || !word_matches(term[k], token.text)) return 0;
    }
    return term.size();
}

std::size_t terms_length_at(const std::vector<Term>& terms, const std::vector<RuleToken>& tokens, std::size_t at) {
    std::size_t longest = 0;
    for (const auto& term : terms) longest = std::max(longest, term_length_at(term, tokens, at));
    return longest;
}

bool about_candidate(const std::vector<RuleToken>& tokens, std::size_t first, std::size_t count,
                     const CandidateSignals& signals) {
    const std::size_t sentence = tokens[first].sentence;
    for (std::size_t k = first; k < first + count; ++k)
        if (is_any(signals.you, tokens[k])) return true;  // "own your home", "depend on you"
    // The nearest person before the term: the candidate, unless a manager's act stands between.
    for (std::size_t k = first; k-- > 0 && tokens[k].sentence == sentence;) {
        if (is_any(signals.you, tokens[k])) {
            // "your plans for retirement": a possessive owns the words after it, which are not acts.
            if (is_possessive(tokens[k])) return true;
            for (std::size_t j = k + 1; j < first; ++j)
                if (is_act_at(tokens, j, signals)) return false;
            return true;
        }
        if (is_any(signals.others, tokens[k])) return false;
    }
    // Else the nearest person after it ("what religion are you", "what salary bands did you set").
    for (std::size_t k = first + count; k < tokens.size() && tokens[k].sentence == sentence; ++k) {
        if (is_any(signals.you, tokens[k])) {
            // "what age group are your customers": the person is whoever "your" qualifies.
            if (is_possessive(tokens[k]) && k + 1 < tokens.size() && tokens[k + 1].sentence == sentence &&
                is_any(signals.others, tokens[k + 1]))
                return false;
            for (std::size_t j = k + 1; j < tokens.size() && j <= k + 2 && tokens[j].sentence == sentence; ++j)
                if (is_act_at(tokens, j, signals)) return false;
            return true;
        }
        if (is_any(signals.others, tokens[k])) return false;
    }
    return true;  // no person named: a question put to the candidate ("Any plans for a family?")
}

bool any_group_word(const std::vector<WordGroup>& groups, const std::vector<RuleToken>& tokens) {
    for (const auto& group : groups)
        for (std::size_t i = 0; i < tokens.size(); ++i)
            if (terms_length_at(group.words, tokens, i) > 0) return true;
    return false;
}

bool word_groups_fire(const std::vector<WordGroup>& groups, const std::vector<RuleToken>& tokens,
                      const CandidateSignals& signals, const std::vector<TextSpan>& lawful) {
    for (const auto& group : groups)
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const std::size_t length = terms_length_at(group.words, tokens, i);
            if (length == 0) continue;
            if (inside(lawful, tokens[i].begin, tokens[i + length - 1].end)) continue;
            const std::size_t after = i + length;
            if (after < tokens.size() && tokens[after].sentence == tokens[i].sentence &&
                terms_length_at(signals.objects, tokens, after) > 0)
                continue;  // "maternity leave cover", "union negotiation"
            if (!about_candidate(tokens, i, length, signals)) continue;
            if (!group.with.empty() && !sentence_has(group.with, tokens, tokens[i].sentence)) continue;
            return true;
        }
    return false;
}

}  // namespace ikit
