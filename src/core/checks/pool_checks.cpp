#include "checks/check_steps.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"

namespace ikit {

namespace {
// What makes a variant not interchangeable with its slot, or "" when nothing does.
std::string mismatch(const KitQuestion& slot, const KitVariant& v) {
    if (v.type && *v.type != slot.type)
        return fill(tr("is {1} but the question is {2}"), {to_id(*v.type), to_id(slot.type)});
    if (!v.competency_ids.empty() && !slot.competency_ids.empty() && v.competency_ids.front() != slot.competency_ids.front())
        return fill(tr("is scored on competency \"{1}\" but the question on \"{2}\""),
                    {v.competency_ids.front(), slot.competency_ids.front()});
    if (!v.rubric_id.empty() && v.rubric_id != slot.rubric.id)
        return slot.rubric.id.empty()
                   ? fill(tr("is scored on rubric \"{1}\" but the question on none"), {v.rubric_id})
                   : fill(tr("is scored on rubric \"{1}\" but the question on \"{2}\""), {v.rubric_id, slot.rubric.id});
    return {};
}
}  // namespace

void check_pools(const Kit& kit, std::vector<Finding>& findings) {
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) {
            if (!q.pool.present && q.pool.variants.empty()) continue;
            if (q.pool.variants.empty())
                findings.push_back({Severity::Advice, "pool",
                                    tr("This question's pool holds only the question itself: add variants to rotate "
                                       "between candidates, or make it an ordinary question."),
                                    q.id, s.id, {}});
            for (std::size_t i = 0; i < q.pool.variants.size(); ++i) {
                const std::string why = mismatch(q, q.pool.variants[i]);
                if (why.empty()) continue;
                findings.push_back({Severity::Error, "pool",
                                    // TRANSLATORS: {3} says how the variant differs ("is scored on rubric …").
                                    fill(tr("Variant {1} of this question's pool {2} {3}: candidates asked different "
                                            "variants could not be compared. Remove it or move it to a question of its "
                                            "own."),
                                         {std::to_string(i + 2), quote_question(q.pool.variants[i].text), why}),
                                    q.id, s.id, {}});
            }
        }
}

}  // namespace ikit
