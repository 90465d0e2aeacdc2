#include "checks/check_steps.h"

#include "checks/question_rules.h"
#include "checks/question_similarity.h"
#include "checks/question_words.h"
#include "util/text.h"

#include <algorithm>

namespace ikit {

void check_duplicates(const Kit& kit, std::vector<Finding>& findings) {
    struct Placed {
        const KitQuestion* question;
        const KitSection* section;
        std::string cleaned;
        std::vector<std::string> words;
    };
    std::vector<Placed> questions;
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) {
            auto words = comparison_words(q.text.substr(0, kMaxRuleTextChars));  // the same bound as the rules
            std::sort(words.begin(), words.end());
            words.erase(std::unique(words.begin(), words.end()), words.end());
            questions.push_back({&q, &s, clean_question_text(q.text), std::move(words)});
        }

    // Each later question is reported once, against the first earlier question it repeats.
    for (std::size_t j = 1; j < questions.size(); ++j) {
        const auto& later = questions[j];
        if (later.cleaned.empty()) continue;
        for (std::size_t i = 0; i < j; ++i) {
            const auto& earlier = questions[i];
            const bool same_bank_question =
                !later.question->bank_id.empty() && iequals(later.question->bank_id, earlier.question->bank_id);
            std::string message;
            if (same_bank_question)
                message = "The same bank question (" + later.question->bank_id + ") is already in the kit as " +
                          earlier.question->id + ": remove one of them.";
            else if (later.cleaned == earlier.cleaned ||
                     comparison_similarity(later.words, earlier.words) >= kDuplicateThreshold)
                message = "Asks much the same as " + earlier.question->id + " " + quote_question(earlier.question->text) +
                          ": remove one, or reword it to ask for different evidence.";
            else
                continue;
            findings.push_back({Severity::Warning, "duplicate", message, later.question->id, later.section->id, {}});
            break;
        }
    }
}

}  // namespace ikit
