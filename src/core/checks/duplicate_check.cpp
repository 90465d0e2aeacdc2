#include "checks/check_steps.h"

#include "checks/question_rules.h"
#include "checks/question_similarity.h"
#include "checks/question_words.h"
#include "util/side_by_side.h"
#include "util/text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <string_view>
#include <unordered_map>

namespace ikit {

namespace {

struct Placed {
    const KitQuestion* question;
    const KitSection* section;
    std::string cleaned;
    std::vector<std::string> words;  // comparison words, sorted, without repeats
};

// The 256 words most used in the kit get a bit each; a question's comparison words are those bits plus the
// numbers of its other words. Comparing two such sets takes a few popcounts instead of string comparisons.
constexpr std::size_t kCommonWords = 256;

struct WordSet {
    std::array<std::uint64_t, kCommonWords / 64> common{};  // bit k: word k (the k-th most used) is present
    std::vector<std::uint32_t> rare;                        // numbers (>= kCommonWords) of the others, ascending
    double weight = 0.0;                                    // the summed weight of all its words
};

// Word numbers (most used first), their weights and, per weight, a mask of the common words that have it.
class WordNumbers {
public:
    explicit WordNumbers(const std::unordered_map<std::string_view, std::size_t>& frequency) {
        std::vector<std::string_view> words;
        for (const auto& entry : frequency) words.push_back(entry.first);
        std::sort(words.begin(), words.end(), [&](std::string_view a, std::string_view b) {
            const std::size_t fa = frequency.at(a), fb = frequency.at(b);
            return fa != fb ? fa > fb : a < b;
        });
        for (std::size_t k = 0; k < words.size(); ++k) {
            number_.emplace(words[k], static_cast<std::uint32_t>(k));
            weight_.push_back(content_word_weight(std::string(words[k])));
            if (k < kCommonWords) {
                auto it = std::find(class_weight_.begin(), class_weight_.end(), weight_.back());
                if (it == class_weight_.end()) {
                    class_weight_.push_back(weight_.back());
                    class_mask_.emplace_back();
                    it = class_weight_.end() - 1;
                }
                class_mask_[static_cast<std::size_t>(it - class_weight_.begin())][k / 64] |= std::uint64_t{1} << (k % 64);
            }
        }
    }

    WordSet set_of(const std::vector<std::string>& words) const {
        WordSet set;
        for (const auto& word : words) {
            const std::uint32_t k = number_.at(word);
            set.weight += weight_[k];
            if (k < kCommonWords) set.common[k / 64] |= std::uint64_t{1} << (k % 64);
            else set.rare.push_back(k);
        }
        std::sort(set.rare.begin(), set.rare.end());
        return set;
    }

    // The weighted Jaccard index of two sets, as comparison_similarity computes it. Weights are multiples of
    // 1/4, so every sum is exact and the result is the same number.
    double similarity(const WordSet& a, const WordSet& b) const {
        if (a.weight == 0.0 || b.weight == 0.0) return 0.0;
        double shared = 0.0;
        for (std::size_t c = 0; c < class_weight_.size(); ++c) {
            int count = 0;
            for (std::size_t w = 0; w < a.common.size(); ++w)
                count += __builtin_popcountll(a.common[w] & b.common[w] & class_mask_[c][w]);
            shared += class_weight_[c] * count;
        }
        for (std::size_t i = 0, j = 0; i < a.rare.size() && j < b.rare.size();) {
            if (a.rare[i] < b.rare[j]) ++i;
            else if (b.rare[j] < a.rare[i]) ++j;
            else {
                shared += weight_[a.rare[i]];
                ++i;
                ++j;
            }
        }
        const double all = a.weight + b.weight - shared;
        return all > 0.0 ? shared / all : 0.0;
    }

private:
    std::unordered_map<std::string_view, std::uint32_t> number_;
    std::vector<double> weight_;
    std::vector<double> class_weight_;
    std::vector<std::array<std::uint64_t, kCommonWords / 64>> class_mask_;
};

// False when two word sets cannot reach kDuplicateThreshold whatever they share: the weighted Jaccard index
// is at most the smaller weight over the larger, so sets of very different weight are never alike.
bool could_be_alike(const WordSet& a, const WordSet& b) {
    const double smaller = std::min(a.weight, b.weight), larger = std::max(a.weight, b.weight);
    return smaller >= kDuplicateThreshold * larger - 1e-9;
}

// Each later question is reported once, against the first earlier question it repeats: the same bank
// question, the same cleaned text, or a comparison similarity of at least kDuplicateThreshold. `quick` is the
// similarity from the word sets; comparison_similarity has the last word, so the finding is exactly its own.
bool repeats(const Placed& later, const Placed& earlier, double quick) {
    if (!later.question->bank_id.empty() && iequals(later.question->bank_id, earlier.question->bank_id)) return true;
    if (later.cleaned == earlier.cleaned) return true;
    return quick >= kDuplicateThreshold - 1e-9 && comparison_similarity(later.words, earlier.words) >= kDuplicateThreshold;
}

std::string message_for(const Placed& later, const Placed& earlier) {
    if (!later.question->bank_id.empty() && iequals(later.question->bank_id, earlier.question->bank_id))
        return "The same bank question (" + later.question->bank_id + ") is already in the kit as " +
               earlier.question->id + ": remove one of them.";
    return "Asks much the same as " + earlier.question->id + " " + quote_question(earlier.question->text) +
           ": remove one, or reword it to ask for different evidence.";
}

// The words of `words` that any question at least kDuplicateThreshold alike must share with it: ordered
// rarest first (in the kit), the shortest head such that the words after it weigh less than the threshold
// times the whole. Two questions that alike share at least that much weight, so their first shared word (in
// this order) lies in both heads ("prefix filtering"); questions whose heads share no word need no comparison.
std::vector<std::string_view> similarity_prefix(const std::vector<std::string>& words,
                                                const std::unordered_map<std::string_view, std::size_t>& frequency) {
    std::vector<std::string_view> ordered(words.begin(), words.end());
    std::sort(ordered.begin(), ordered.end(), [&](std::string_view a, std::string_view b) {
        const std::size_t fa = frequency.at(a), fb = frequency.at(b);
        return fa != fb ? fa < fb : a < b;
    });
    double total = 0.0;
    for (const auto word : ordered) total += content_word_weight(std::string(word));
    // Weights are multiples of 1/4, so the sums are exact; the margin only makes the head longer.
    const double needed = kDuplicateThreshold * total - 1e-9;
    double rest = total;
    std::size_t length = 0;
    while (length < ordered.size() && rest >= needed) rest -= content_word_weight(std::string(ordered[length++]));
    ordered.resize(length);
    return ordered;
}

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

// Kits this large search for repeats on two threads.
constexpr std::size_t kTwoThreadQuestions = 400;

// What the search for each question's earliest repeat reads; filled once, then only read.
struct RepeatSearch {
    const std::vector<Placed>& questions;
    WordNumbers numbers;
    std::vector<WordSet> sets;
    std::vector<std::size_t> sure;                           // earliest same bank question or text, or kNone
    std::vector<std::vector<std::string_view>> prefixes;     // each question's head words (similarity_prefix)
    std::unordered_map<std::string_view, std::vector<std::size_t>> by_prefix_word;  // -> questions, ascending

    // The earliest question before j that j repeats, or kNone. `marked` is the caller's scratch
    // (marked[i] == j: i is a candidate for j), one per thread.
    std::size_t earliest_repeat(std::size_t j, std::vector<std::size_t>& marked) const {
        const Placed& later = questions[j];
        if (later.cleaned.empty() || j == 0) return kNone;
        std::size_t found = sure[j];  // bounds the search among similar ones
        const std::size_t end = std::min(found, j);
        // Candidates: earlier questions whose heads share a word with this one's. When the heads are made of
        // words nearly every question uses, that is most questions: then every earlier one is a candidate.
        std::size_t postings = 0;
        for (const auto word : prefixes[j])
            if (const auto it = by_prefix_word.find(word); it != by_prefix_word.end())
                postings += static_cast<std::size_t>(std::lower_bound(it->second.begin(), it->second.end(), j) -
                                                     it->second.begin());
        const bool all_earlier = postings >= j;
        if (!all_earlier)
            for (const auto word : prefixes[j])
                if (const auto it = by_prefix_word.find(word); it != by_prefix_word.end())
                    for (const std::size_t i : it->second) {
                        if (i >= end) break;
                        marked[i] = j;
                    }
        for (std::size_t i = 0; i < end; ++i)
            if ((all_earlier || marked[i] == j) &&
                repeats(later, questions[i], could_be_alike(sets[j], sets[i]) ? numbers.similarity(sets[j], sets[i]) : 0.0))
                return i;
        return found;
    }
};

}  // namespace

void check_duplicates(const Kit& kit, std::vector<Finding>& findings) {
    std::vector<Placed> questions;
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) {
            auto words = comparison_words(q.text.substr(0, kMaxRuleTextChars));  // the same bound as the rules
            std::sort(words.begin(), words.end());
            words.erase(std::unique(words.begin(), words.end()), words.end());
            questions.push_back({&q, &s, clean_question_text(q.text), std::move(words)});
        }

    // Comparing every pair is quadratic (25 s at 5,000 questions): instead each question looks up the earlier
    // questions it could repeat, in three indexes, and is compared with those only, earliest first.
    std::unordered_map<std::string_view, std::size_t> frequency;  // word -> questions using it
    for (const auto& q : questions)
        for (const auto& word : q.words) ++frequency[word];
    RepeatSearch search{questions, WordNumbers(frequency), {}, {}, {}, {}};
    search.sets.reserve(questions.size());
    for (const auto& q : questions) search.sets.push_back(search.numbers.set_of(q.words));

    // The sure matches (same bank question or same text) and every question's head words, in one pass.
    std::unordered_map<std::string, std::size_t> first_by_bank_id;    // lower-cased bank id -> first question
    std::unordered_map<std::string_view, std::size_t> first_by_text;  // cleaned text -> first question
    search.sure.assign(questions.size(), kNone);
    search.prefixes.reserve(questions.size());
    for (std::size_t j = 0; j < questions.size(); ++j) {
        const Placed& q = questions[j];
        search.prefixes.push_back(similarity_prefix(q.words, frequency));
        const std::string bank_key = ascii_lower(q.question->bank_id);
        if (!bank_key.empty())
            if (const auto it = first_by_bank_id.find(bank_key); it != first_by_bank_id.end()) search.sure[j] = it->second;
        if (const auto it = first_by_text.find(q.cleaned); it != first_by_text.end())
            search.sure[j] = std::min(search.sure[j], it->second);
        if (!bank_key.empty()) first_by_bank_id.emplace(bank_key, j);
        if (!q.cleaned.empty()) first_by_text.emplace(q.cleaned, j);
        for (const auto word : search.prefixes.back()) search.by_prefix_word[word].push_back(j);
    }

    // Each question's search reads only what is built above, so large kits search on two threads
    // (alternate questions each, as later questions cost more).
    std::vector<std::size_t> repeated(questions.size(), kNone);
    const auto search_every = [&](std::size_t first, std::size_t step) {
        std::vector<std::size_t> marked(questions.size(), kNone);
        for (std::size_t j = first; j < questions.size(); j += step) repeated[j] = search.earliest_repeat(j, marked);
    };
    if (questions.size() >= kTwoThreadQuestions)
        run_side_by_side([&] { search_every(0, 2); }, [&] { search_every(1, 2); });
    else
        search_every(0, 1);

    for (std::size_t j = 0; j < questions.size(); ++j)
        if (repeated[j] != kNone)
            findings.push_back({Severity::Warning, "duplicate", message_for(questions[j], questions[repeated[j]]),
                                questions[j].question->id, questions[j].section->id, {}});
}

}  // namespace ikit
