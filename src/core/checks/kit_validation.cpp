#include "checks/kit_validation.h"

#include "checks/rubric_rules.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "util/text.h"

namespace ikit {

std::vector<std::string> validation_problems(const Kit& kit) {
    std::vector<std::string> problems;
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) {
            const std::string id = q.id, text = shorten(q.text, 50);
            if (trim(q.text).empty()) problems.push_back(fill(tr("question {1} (\"{2}\") has no text"), {id, text}));
            if (!q.scored && q.rubric.empty()) continue;  // asked but not rated: no rubric needed
            if (q.rubric.empty()) {
                problems.push_back(
                    fill(tr("question {1} (\"{2}\") has no rubric: attach one so it can be scored"), {id, text}));
                continue;
            }
            for (const auto& p : check_rubric(q.rubric))
                if (!p.heuristic)
                    problems.push_back(
                        fill(tr("question {1} (\"{2}\"), rubric {3}: {4}"), {id, text, q.rubric.id, p.message}));
        }
    return problems;
}

}  // namespace ikit
