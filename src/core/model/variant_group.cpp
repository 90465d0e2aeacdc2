#include "model/variant_group.h"

#include <unordered_map>

namespace ikit {

bool interchangeable(const Question& a, const Question& b) {
    return a.main_competency() == b.main_competency() && a.type == b.type && a.rubric_id == b.rubric_id &&
           a.scored == b.scored;
}

namespace {
// What differs between two members, in words.
std::string difference(const Question& q, const Question& first) {
    const std::string tail = "\"" + first.id + "\" ";
    if (q.main_competency() != first.main_competency())
        return "main competency \"" + q.main_competency() + "\", but " + tail + "has \"" + first.main_competency() + "\"";
    if (q.type != first.type)
        return "type " + std::string(to_id(q.type)) + ", but " + tail + "has " + std::string(to_id(first.type));
    if (q.rubric_id != first.rubric_id) {
        const auto name = [](const Question& x) { return x.rubric_id.empty() ? std::string("its competency's rubric") : "rubric \"" + x.rubric_id + "\""; };
        return name(q) + ", but " + tail + "has " + name(first);
    }
    return std::string(q.scored ? "scored" : "scored=\"false\"") + ", but " + tail + "is " +
           (first.scored ? "scored" : "not scored");
}
}  // namespace

std::optional<VariantGroupConflict> find_variant_group_conflict(const std::vector<Question>& questions,
                                                                std::size_t first) {
    std::unordered_map<std::string, std::size_t> first_member;  // group id -> index of its first member
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const Question& q = questions[i];
        if (q.variant_group.empty()) continue;
        const auto [at, inserted] = first_member.emplace(q.variant_group, i);
        if (inserted || i < first) continue;
        const Question& head = questions[at->second];
        if (!interchangeable(q, head))
            return VariantGroupConflict{i, "question \"" + q.id + "\" of variant group \"" + q.variant_group + "\" has " +
                                               difference(q, head) + " (members of a group must share main competency, type, rubric and scoring)"};
    }
    return std::nullopt;
}

}  // namespace ikit
