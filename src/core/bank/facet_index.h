#pragma once
/// \file facet_index.h
/// The type, roles and competencies of every question of a bank as small numbers in flat arrays, so a
/// filter by them reads a few adjacent bytes per question instead of following each question's strings
/// around the heap. Matching is exactly that of comparing the id strings ignoring ASCII case.

#include "model/question.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ikit {

/// Facets of the questions of a bank, in bank order.
class FacetIndex {
public:
    /// A filter's facets, resolved once and then tested against many questions.
    struct Query {
        std::optional<QuestionType> type;     ///< nullopt = any type
        bool any_role = true;                 ///< no role asked for
        std::uint32_t role = kNone;           ///< the role's number (kNone: no question names it)
        bool any_competency = true;           ///< no competency asked for
        std::vector<bool> competencies;       ///< by number: asked for
    };

    /// Room for `count` more questions.
    void reserve(std::size_t count);
    /// Appends the facets of the next question.
    void add(const Question& q);
    /// Resolves a filter's facets (role id, competency ids — any of them — and type).
    Query query(const std::string& role_id, const std::vector<std::string>& competency_ids,
                std::optional<QuestionType> type) const;
    /// True when question number `index` (in the order added) passes `query`.
    bool passes(std::size_t index, const Query& query) const;

private:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
    using Numbers = std::unordered_map<std::string, std::uint32_t>;  // lower-cased id -> number

    std::uint32_t number_of(Numbers& numbers, const std::string& id);
    static std::uint32_t find_number(const Numbers& numbers, const std::string& id);

    Numbers role_numbers_, competency_numbers_;
    std::vector<QuestionType> types_;                  // per question
    std::vector<std::uint32_t> role_end_;              // per question: end of its numbers in roles_
    std::vector<std::uint32_t> competency_end_;        // per question: end of its numbers in competencies_
    std::vector<std::uint32_t> roles_, competencies_;  // the numbers, question after question
    std::string lowered_;                              // scratch: an id being numbered, lower-cased
};

}  // namespace ikit
