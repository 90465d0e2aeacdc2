#include "bank/facet_index.h"

#include "util/text.h"

#include <algorithm>

namespace ikit {

void FacetIndex::reserve(std::size_t count) {
    types_.reserve(types_.size() + count);
    role_end_.reserve(role_end_.size() + count);
    competency_end_.reserve(competency_end_.size() + count);
}

std::uint32_t FacetIndex::number_of(Numbers& numbers, const std::string& id) {
    // Looked up before inserting: most ids are already numbered, and emplace would build a node each time.
    lowered_.assign(id);
    for (char& c : lowered_)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (const auto it = numbers.find(lowered_); it != numbers.end()) return it->second;
    return numbers.emplace(lowered_, static_cast<std::uint32_t>(numbers.size())).first->second;
}

std::uint32_t FacetIndex::find_number(const Numbers& numbers, const std::string& id) {
    const auto it = numbers.find(ascii_lower(id));
    return it == numbers.end() ? kNone : it->second;
}

void FacetIndex::add(const Question& q) {
    types_.push_back(q.type);
    for (const auto& id : q.role_ids) roles_.push_back(number_of(role_numbers_, id));
    role_end_.push_back(static_cast<std::uint32_t>(roles_.size()));
    for (const auto& id : q.competency_ids) competencies_.push_back(number_of(competency_numbers_, id));
    competency_end_.push_back(static_cast<std::uint32_t>(competencies_.size()));
}

FacetIndex::Query FacetIndex::query(const std::string& role_id, const std::vector<std::string>& competency_ids,
                                    std::optional<QuestionType> type) const {
    Query q;
    q.type = type;
    if (!role_id.empty()) {
        q.any_role = false;
        q.role = find_number(role_numbers_, role_id);
    }
    if (!competency_ids.empty()) {
        q.any_competency = false;
        q.competencies.assign(competency_numbers_.size(), false);
        for (const auto& id : competency_ids)
            if (const std::uint32_t n = find_number(competency_numbers_, id); n != kNone) q.competencies[n] = true;
    }
    return q;
}

bool FacetIndex::passes(std::size_t index, const Query& query) const {
    if (query.type && types_[index] != *query.type) return false;
    if (!query.any_role) {
        const auto* begin = roles_.data() + (index == 0 ? 0 : role_end_[index - 1]);
        const auto* end = roles_.data() + role_end_[index];
        if (std::find(begin, end, query.role) == end) return false;
    }
    if (!query.any_competency) {
        const auto* begin = competencies_.data() + (index == 0 ? 0 : competency_end_[index - 1]);
        const auto* end = competencies_.data() + competency_end_[index];
        if (std::none_of(begin, end, [&](std::uint32_t n) { return query.competencies[n]; })) return false;
    }
    return true;
}

}  // namespace ikit
