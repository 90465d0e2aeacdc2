#include "checks/question_similarity.h"

#include "checks/question_words.h"

#include <algorithm>
#include <set>

namespace ikit {

// Tuning (assets/bank/customer_service_leadership.xml, 78 questions, 111 guide wordings): every pair of
// wordings of one bank question (its text and its <source>s) is a positive, every pair of wordings of two
// different bank questions a negative. At 0.50: 33 of 83 positive pairs flagged (recall 39.8%) and 0 of
// 7,057 negative pairs (precision 100%); the highest negative scores 0.467 (csl-032/csl-052, both "motivate
// the team to reach its goals", which arguably do ask the same thing); the highest negative of clearly
// different meaning scores 0.444 (csl-035/csl-049, "tools we should use" vs "team proficient in tools").
// At 0.45 recall rises to 47% but 2 negatives are flagged. Paraphrases with no words in common
// ("difficult customer" vs "challenging situation you resolved") are out of reach of a word measure.

std::vector<std::string> comparison_words(const std::string& text) {
    // Sentence by sentence: a later sentence that is only a generic follow-up ("How did you handle it?",
    // "What actions did you take to resolve the issue?") adds nothing to what is asked.
    std::vector<std::string> words;
    bool first = true;
    for (const auto& sentence : split_sentences(clean_question_text(text))) {
        const auto sentence_words = content_words(sentence);
        const bool follow_up = std::all_of(sentence_words.begin(), sentence_words.end(), is_follow_up_word);
        if (first || !follow_up) words.insert(words.end(), sentence_words.begin(), sentence_words.end());
        if (!sentence_words.empty()) first = false;
    }
    return words;
}

double question_similarity(const std::string& a, const std::string& b) {
    const auto wa = comparison_words(a);
    const auto wb = comparison_words(b);
    const std::set<std::string> sa(wa.begin(), wa.end());
    const std::set<std::string> sb(wb.begin(), wb.end());
    if (sa.empty() || sb.empty()) return 0.0;
    double shared = 0.0, all = 0.0;
    for (const auto& w : sa) {
        all += content_word_weight(w);
        if (sb.count(w)) shared += content_word_weight(w);
    }
    for (const auto& w : sb)
        if (!sa.count(w)) all += content_word_weight(w);
    return all > 0.0 ? shared / all : 0.0;
}

}  // namespace ikit
