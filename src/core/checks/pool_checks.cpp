#include "checks/check_steps.h"

namespace ikit {

namespace {
// What makes a variant not interchangeable with its slot, or "" when nothing does.
std::string mismatch(const KitQuestion& slot, const KitVariant& v) {
    if (v.type && *v.type != slot.type)
        return "is " + std::string(to_id(*v.type)) + " but the question is " + std::string(to_id(slot.type));
    if (!v.competency_ids.empty() && !slot.competency_ids.empty() && v.competency_ids.front() != slot.competency_ids.front())
        return "is scored on competency \"" + v.competency_ids.front() + "\" but the question on \"" +
               slot.competency_ids.front() + "\"";
    if (!v.rubric_id.empty() && v.rubric_id != slot.rubric.id)
        return "is scored on rubric \"" + v.rubric_id + "\" but the question on " +
               (slot.rubric.id.empty() ? std::string("none") : "\"" + slot.rubric.id + "\"");
    return {};
}
}  // namespace

void check_pools(const Kit& kit, std::vector<Finding>& findings) {
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) {
            if (!q.pool.present && q.pool.variants.empty()) continue;
            if (q.pool.variants.empty())
                findings.push_back({Severity::Advice, "pool",
                                    "This question's pool holds only the question itself: add variants to rotate "
                                    "between candidates, or make it an ordinary question.",
                                    q.id, s.id, {}});
            for (std::size_t i = 0; i < q.pool.variants.size(); ++i) {
                const std::string why = mismatch(q, q.pool.variants[i]);
                if (why.empty()) continue;
                findings.push_back({Severity::Error, "pool",
                                    "Variant " + std::to_string(i + 2) + " of this question's pool " +
                                        quote_question(q.pool.variants[i].text) + " " + why +
                                        ": candidates asked different variants could not be compared. Remove it "
                                        "or move it to a question of its own.",
                                    q.id, s.id, {}});
            }
        }
}

}  // namespace ikit
