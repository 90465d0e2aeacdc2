#include "checks/double_barrel.h"

#include "checks/question_words.h"
#include "util/text.h"

#include <algorithm>
#include <set>

namespace ikit {

// Measured on assets/bank/customer_service_leadership.xml: none of the 78 question texts and none of the
// 111 guide wordings is flagged, although many add follow-up asks ("Tell me about a time…. What actions
// did you take…, and what was the outcome?") — all follow-ups of one story or subject.
// tests/core/checks/double_barrel_test.cpp re-measures.

namespace {

const std::set<std::string>& question_words() {
    static const std::set<std::string> words{"how", "what", "why", "which", "who", "when", "where", "whom", "whose"};
    return words;
}

const std::set<std::string>& auxiliaries() {
    static const std::set<std::string> words{"do",    "does",  "did", "is",   "are",   "was",   "were",
                                             "would", "will",  "can", "could", "should", "have", "has",
                                             "had",   "might", "may", "must"};
    return words;
}

// Verbs that open an imperative ask: "Tell me about…", "Describe…", "Walk me through…".
const std::set<std::string>& ask_verbs() {
    static const std::set<std::string> words{"tell", "describe", "give", "walk", "talk", "explain", "share",
                                             "provide", "outline", "list", "name", "take", "run", "summarise",
                                             "summarize", "discuss", "recount"};
    return words;
}

// Words that point back to what an earlier ask set up, making a later ask a follow-up of it.
const std::set<std::string>& back_references() {
    static const std::set<std::string> words{"it",   "this", "that",  "these", "those", "they", "them",
                                             "their", "its", "there", "so",    "then",  "he",   "she",
                                             "him",  "her",  "his",  "such",  "same",  "else"};
    return words;
}

// A question word that opens a new question: followed, within three words, by an inverted auxiliary
// ("what metrics do you", "how would you"), not a clause inside the first ask ("what you changed").
bool opens_question(const std::vector<std::string>& words, std::size_t at) {
    if (at >= words.size() || !question_words().count(words[at])) return false;
    for (std::size_t k = at + 1; k < words.size() && k <= at + 3; ++k)
        if (auxiliaries().count(words[k])) return true;
    return false;
}

// The asks of one sentence: split before "and/or/but + question" ("…your team and what metrics do you track").
std::vector<std::vector<std::string>> asks_of_sentence(const std::vector<std::string>& words) {
    std::vector<std::vector<std::string>> asks(1);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const bool conjunction = words[i] == "and" || words[i] == "or" || words[i] == "but";
        if (conjunction && !asks.back().empty() && opens_question(words, i + 1)) {
            asks.emplace_back();
            continue;  // the conjunction belongs to neither ask
        }
        asks.back().push_back(words[i]);
    }
    return asks;
}

bool is_ask_sentence(const std::string& sentence, const std::vector<std::string>& words) {
    if (words.empty()) return false;
    if (sentence.back() == '?') return true;
    return ask_verbs().count(words.front()) > 0;
}

// An ask about a past event: "Tell me about a time…", "Describe a dispute you settled", "What did you do?".
bool tells_story(const std::vector<std::string>& ask) {
    static const std::set<std::string> markers{"time",   "example", "situation", "occasion", "instance", "did",
                                               "was",    "were",    "had",       "last",     "recent",   "recently",
                                               "once",   "project", "story"};
    static const std::set<std::string> irregular_past{"led",   "ran",  "made",  "took",   "gave",   "built",
                                                      "won",   "lost", "found", "set",    "met",    "chose",
                                                      "drove", "brought", "taught", "wrote", "saw",   "got",
                                                      "went",  "kept", "began", "fought", "sought", "spent"};
    for (std::size_t i = 0; i < ask.size(); ++i) {
        if (markers.count(ask[i])) return true;
        // "…an agent you coached", "…a change you led"
        if (i > 0 && ask[i - 1] == "you" &&
            ((ask[i].size() > 3 && ask[i].compare(ask[i].size() - 2, 2, "ed") == 0) || irregular_past.count(ask[i])))
            return true;
    }
    return false;
}

// A question in the past tense ("what did you do next", "how was it received"): about the story told before.
bool asks_about_past(const std::vector<std::string>& ask) {
    static const std::set<std::string> past{"did", "was", "were", "had"};
    for (const auto& w : ask)
        if (auxiliaries().count(w)) return past.count(w) > 0;
    return false;
}

std::vector<std::string> subject_words(const std::vector<std::string>& ask) {
    std::vector<std::string> subjects;
    for (const auto& w : content_words(join(ask, " ")))
        if (!is_follow_up_word(w) && content_word_weight(w) >= 1.0) subjects.push_back(w);
    return subjects;
}

// Same subject: equal, or sharing a stem of at least six letters ("escalate" / "escalation").
bool same_subject(const std::string& a, const std::string& b) {
    if (a == b) return true;
    const std::size_t n = std::min(a.size(), b.size());
    if (n < 6) return false;
    std::size_t common = 0;
    while (common < n && a[common] == b[common]) ++common;
    return common >= 6;
}

}  // namespace

std::string double_barrelled_part(const std::string& text) {
    std::vector<std::vector<std::string>> asks;
    for (const auto& sentence : split_sentences(clean_question_text(text))) {
        const auto words = plain_words(sentence);
        if (!is_ask_sentence(sentence, words)) continue;  // a scenario or a statement, not an ask
        for (auto& ask : asks_of_sentence(words))
            if (!ask.empty()) asks.push_back(std::move(ask));
    }
    if (asks.size() < 2) return {};

    std::set<std::string> earlier_subjects;
    for (const auto& w : subject_words(asks.front())) earlier_subjects.insert(w);
    bool story = tells_story(asks.front());
    for (std::size_t i = 1; i < asks.size(); ++i) {
        const auto& ask = asks[i];
        const auto subjects = subject_words(ask);
        const bool refers_back =
            std::any_of(ask.begin(), ask.end(), [](const std::string& w) { return back_references().count(w) > 0; });
        const bool shares_subject = std::any_of(subjects.begin(), subjects.end(),
                                                [&](const std::string& w) {
                                                    return std::any_of(earlier_subjects.begin(), earlier_subjects.end(),
                                                                       [&](const std::string& e) { return same_subject(w, e); });
                                                });
        // A follow-up refers back, names no new subject, stays on an earlier subject, or asks about the story told.
        const bool about_story = story && asks_about_past(ask);
        if (!refers_back && !subjects.empty() && !shares_subject && !about_story) return join(ask, " ");
        earlier_subjects.insert(subjects.begin(), subjects.end());
        story = story || tells_story(ask);
    }
    return {};
}

}  // namespace ikit
