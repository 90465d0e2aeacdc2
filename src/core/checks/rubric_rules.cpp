#include "checks/rubric_rules.h"

#include "util/text.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace ikit {

bool is_evaluative_only(const std::string& anchor) {
    // Words that judge without describing, and the filler that goes with them; an anchor made only of
    // these ("An excellent answer that exceeds the bar") names no behaviour an interviewer could observe.
    static const std::set<std::string> evaluative{
        // judgements
        "good", "great", "poor", "bad", "excellent", "outstanding", "weak", "strong", "average", "adequate",
        "fair", "ok", "okay", "fine", "solid", "exceptional", "satisfactory", "unsatisfactory", "acceptable",
        "unacceptable", "superb", "terrible", "mediocre", "clear", "impressive", "basic", "limited", "little",
        "thorough", "perfect", "brilliant", "amazing", "awesome", "decent", "sound", "competent", "incompetent",
        "sufficient", "insufficient", "inadequate", "exemplary", "superior", "inferior", "ideal", "awful", "best",
        "worst", "better", "worse", "high", "low", "top", "nice", "reasonable", "appropriate", "inappropriate",
        "effective", "ineffective", "promising", "disappointing", "lacks", "lacking", "depth", "detail",
        "detailed", "shallow", "well", "structured", "professional",
        // degree
        "very", "really", "quite", "somewhat", "highly", "extremely", "truly", "fully", "mostly", "partly",
        "partially", "generally", "rather", "pretty", "slightly", "more", "most", "less", "least", "bit",
        // what is judged
        "answer", "response", "answers", "responses", "candidate", "overall", "performance", "level", "quality",
        "understanding", "knowledge", "skills", "skill", "ability", "fit", "role", "job", "hire",
        // scale talk
        "meets", "meet", "met", "expectations", "expectation", "expected", "exceeds", "exceeded", "below", "above",
        "bar", "standard", "standards", "requirements", "required",
        // filler
        "a", "an", "the", "is", "was", "be", "would", "not", "no", "and", "or", "but", "that", "who", "which",
        "with", "in", "of", "to", "for", "this", "it", "they", "their", "has", "have", "had", "than", "some",
        "gives", "gave", "shows", "showed", "demonstrates", "demonstrated", "all", "around"};
    std::string cleaned;
    for (char c : ascii_lower(anchor)) cleaned += (std::isalnum(static_cast<unsigned char>(c)) ? c : ' ');
    const auto words = split_words(cleaned);
    if (words.empty()) return false;  // an empty anchor is reported as missing, not as evaluative
    if (words.size() > 12) return false;
    return std::all_of(words.begin(), words.end(), [&](const std::string& w) { return evaluative.count(w) > 0; });
}

std::vector<RubricProblem> check_rubric(const Rubric& rubric) {
    std::vector<RubricProblem> problems;
    const auto n = rubric.levels.size();
    if (n < 4 || n > 5)
        problems.push_back({0, "has " + std::to_string(n) + " levels; a rating scale needs 4 or 5"});
    for (std::size_t i = 0; i < n; ++i) {
        const auto& level = rubric.levels[i];
        if (i > 0 && level.score <= rubric.levels[i - 1].score)
            problems.push_back({level.score, "level " + std::to_string(level.score) +
                                                 " is out of order: scores must rise from the lowest level to the highest"});
        if (trim(level.anchor).empty()) {
            problems.push_back({level.score, "level " + std::to_string(level.score) +
                                                 " has no anchor: describe what an answer at this level sounds like"});
            continue;
        }
        if (is_evaluative_only(level.anchor))
            problems.push_back({level.score, "level " + std::to_string(level.score) + " anchor \"" + trim(level.anchor) +
                                                 "\" only judges; describe the observable behaviour instead"});
        for (std::size_t j = 0; j < i; ++j)
            if (iequals(trim(rubric.levels[j].anchor), trim(level.anchor)))
                problems.push_back({level.score, "level " + std::to_string(level.score) + " has the same anchor as level " +
                                                     std::to_string(rubric.levels[j].score)});
    }
    return problems;
}

}  // namespace ikit
