#include "bank/variant_groups.h"

#include <unordered_map>

namespace ikit {

std::vector<VariantGroup> variant_groups(const QuestionBank& bank) {
    std::vector<VariantGroup> groups;
    std::unordered_map<std::string, std::size_t> at;  // group id -> index in groups
    const auto& questions = bank.questions();
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const std::string& id = questions[i].variant_group;
        if (id.empty()) continue;
        const auto [it, inserted] = at.emplace(id, groups.size());
        if (inserted) groups.push_back({id, {}});
        groups[it->second].members.push_back(i);
    }
    return groups;
}

std::vector<const Question*> variants_of(const QuestionBank& bank, const Question& question) {
    std::vector<const Question*> members{&question};
    if (question.variant_group.empty()) return members;
    for (const auto& q : bank.questions())
        if (q.variant_group == question.variant_group && q.id != question.id) members.push_back(&q);
    return members;
}

}  // namespace ikit
