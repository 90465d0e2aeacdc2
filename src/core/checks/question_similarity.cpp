#include "checks/question_similarity.h"

#include "checks/question_words.h"

#include <algorithm>

namespace ikit {

// Tuning (assets/bank/customer_service_leadership.xml: 78 questions, 111 guide wordings in <source>s):
// every pair of wordings of one bank question (its text and its sources) is a positive, every pair of
// wordings of two different bank questions a negative. Threshold 0.50 flags 32 of 83 positive pairs
// (recall 38.6%; 17 of 57 source-source pairs, 29.8%; 19 of 42 text-source pairs) and 0 of 7,057
// negatives (precision 100%). The highest negatives: 0.467 csl-032/csl-052 (both "motivate the team to
// reach its goals", arguably the same ask), 0.455 csl-045/csl-070, 0.444 csl-035/csl-049 ("tools we should
// use" vs "team proficient in tools"). At 0.45 recall is 45.8% but 2 negatives are flagged, at 0.40 49.4%
// with 6. Paraphrases with no words in common ("difficult customer" vs "challenging situation you
// resolved") are out of reach of a word measure. tests/core/checks/question_similarity_test.cpp re-measures.

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

namespace {

bool sorted_unique(const std::vector<std::string>& words) {
    return std::adjacent_find(words.begin(), words.end(),
                              [](const std::string& x, const std::string& y) { return !(x < y); }) == words.end();
}

std::vector<std::string> sorted_unique_copy(std::vector<std::string> words) {
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

}  // namespace

double comparison_similarity(const std::vector<std::string>& a_words, const std::vector<std::string>& b_words) {
    if (!sorted_unique(a_words)) return comparison_similarity(sorted_unique_copy(a_words), b_words);
    if (!sorted_unique(b_words)) return comparison_similarity(a_words, sorted_unique_copy(b_words));
    const auto& a = a_words;
    const auto& b = b_words;
    if (a.empty() || b.empty()) return 0.0;
    double shared = 0.0, all = 0.0;
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i] < b[j])) {
            all += content_word_weight(a[i++]);
        } else if (i == a.size() || b[j] < a[i]) {
            all += content_word_weight(b[j++]);
        } else {
            const double w = content_word_weight(a[i]);
            shared += w;
            all += w;
            ++i;
            ++j;
        }
    }
    return all > 0.0 ? shared / all : 0.0;
}

double question_similarity(const std::string& a, const std::string& b) {
    return comparison_similarity(comparison_words(a), comparison_words(b));
}

}  // namespace ikit
