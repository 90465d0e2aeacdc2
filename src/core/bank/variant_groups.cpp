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

KitPool pool_from_group(const QuestionBank& bank, const Question& question, const std::string& rubric_id) {
    KitPool pool;
    const auto members = variants_of(bank, question);
    if (members.size() < 2) return pool;
    pool.present = true;
    for (std::size_t i = 1; i < members.size() && pool.size() < kMaxPoolMembers; ++i) {
        const Question& m = *members[i];
        pool.variants.push_back({m.id, m.text, m.type, m.competency_ids, rubric_id, m.listen_for, m.probes, m.red_flags});
    }
    return pool;
}

std::size_t fill_pools_from_bank(Kit& kit, const QuestionBank& bank) {
    std::size_t made = 0;
    for (auto& section : kit.sections)
        for (auto& q : section.questions) {
            if (q.bank_id.empty() || q.pool.present || !q.pool.variants.empty()) continue;
            const Question* source = bank.find(q.bank_id);
            if (!source) continue;
            q.pool = pool_from_group(bank, *source, q.rubric.id);
            made += q.pool.present ? 1 : 0;
        }
    return made;
}

}  // namespace ikit
