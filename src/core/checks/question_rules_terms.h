#pragma once
/// \file question_rules_terms.h
/// The vocabulary side of the protected-topic rules: a topic's word families, found in a question only
/// where the question asks about the candidate (not about an agent, a customer or the team), outside any
/// lawful phrase, and not as a modifier of a work object ("maternity leave cover", "union negotiation").

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace ikit {

/// One word of a term: plain lower-case letters, digits or apostrophes; `prefix` when written with a
/// trailing '*' (then any ending may follow: "relig*" matches "religion", "religious").
struct TermWord {
    std::string text;     ///< the letters, without the '*'
    bool prefix = false;  ///< any ending may follow
};

/// A term: one or more words in a row ("place of worship", "pray*").
using Term = std::vector<TermWord>;

/// Longest list of terms one element may hold.
constexpr std::size_t kMaxTermsPerList = 1000;
/// Most words in one term.
constexpr std::size_t kMaxWordsPerTerm = 8;
/// Longest word of a term.
constexpr std::size_t kMaxTermWordChars = 60;

/// Parses a comma-separated list of terms ("relig*, place of worship, pray*"). Hyphens count as spaces
/// ("able-bodied" = "able bodied"), upper case is lowered, and a possessive 's is dropped as in questions
/// ("where's home" = "where home"). Returns "" and fills `terms`, or a message saying what is wrong (a
/// character other than a-z, 0-9, ' and a final '*'; a '*' after fewer than 3 letters; an empty term;
/// more than the limits above).
std::string parse_term_list(const std::string& text, std::vector<Term>& terms);

/// The words telling who a question is about (the root <signals> element of the rules file).
struct CandidateSignals {
    std::vector<Term> you;      ///< second person: you, your, yourself, you're ...
    std::vector<Term> others;   ///< someone else: agent*, customer*, colleague*, they, she ...
    std::vector<Term> acts;     ///< what a manager does to things: plan, handle*, manag* ...
    std::vector<Term> objects;  ///< work objects a topic word can modify: cover, policy, negotiation* ...
    /// True when no list is filled (a rules file without <signals>).
    bool empty() const { return you.empty() && others.empty() && acts.empty() && objects.empty(); }
};

/// One vocabulary group of a topic: a topic word about the candidate, and (when `with` is not empty) one
/// of the `with` words anywhere in the same sentence.
struct WordGroup {
    std::vector<Term> words;  ///< topic words
    std::vector<Term> with;   ///< words that must also be in the sentence; empty = none needed
};

/// A word of a question as the topic words see it.
struct RuleToken {
    std::string text;        ///< lower case; possessive 's and a trailing ' dropped
    std::size_t begin = 0;   ///< offset in the normalised text
    std::size_t end = 0;     ///< one past the last character
    std::size_t sentence = 0;  ///< index of its sentence (split at . ? ! ; :)
};

/// The words of a normalise_for_rules text: runs of a-z and 0-9 with apostrophes inside them; hyphens and
/// every other character separate words.
std::vector<RuleToken> rule_tokens(const std::string& normalised);

/// A span of the normalised text (begin, end) that a lawful pattern matched.
using TextSpan = std::pair<std::size_t, std::size_t>;

/// True when some group of `groups` finds a topic word in `tokens` that is about the candidate (see
/// about_candidate), does not lie inside any of `lawful`, is not followed at once by a work object, and
/// has its `with` word in the same sentence.
bool word_groups_fire(const std::vector<WordGroup>& groups, const std::vector<RuleToken>& tokens,
                      const CandidateSignals& signals, const std::vector<TextSpan>& lawful);

/// True when a word of some group of `groups` appears anywhere in `tokens` (a cheap test before the lawful
/// patterns are run).
bool any_group_word(const std::vector<WordGroup>& groups, const std::vector<RuleToken>& tokens);

/// True when the words tokens[first, first + count) are about the candidate: the term holds a second-person
/// word; or the nearest person word before it in its sentence (else the nearest after it) is second person
/// and no manager's act stands between ("how do you plan maternity cover", "what salary bands did you set");
/// or the sentence names no person at all ("Any plans for a family?"). An act followed by "to" or "on" is
/// an intention, not an act ("do you plan to take maternity leave").
bool about_candidate(const std::vector<RuleToken>& tokens, std::size_t first, std::size_t count,
                     const CandidateSignals& signals);

/// The number of tokens `term` covers when it matches at tokens[at] within one sentence, else 0.
std::size_t term_length_at(const Term& term, const std::vector<RuleToken>& tokens, std::size_t at);

/// The longest term of `terms` matching at tokens[at] (its word count), else 0.
std::size_t terms_length_at(const std::vector<Term>& terms, const std::vector<RuleToken>& tokens, std::size_t at);

}  // namespace ikit
