#pragma once
/// \file kit_variant.h
/// A question slot's pool of variants (issue 19): other wordings of the same question, rotated between
/// candidates. The slot's own question is always the pool's first member; a variant holds what differs.

#include "model/question_type.h"

#include <optional>
#include <string>
#include <vector>

namespace ikit {

/// The most members a pool may hold, the slot's own question included.
constexpr std::size_t kMaxPoolMembers = 20;

/// One other wording in a slot's pool, with its own interviewer notes.
struct KitVariant {
    std::string bank_id;                       ///< the bank question it came from; empty = written in the kit
    std::string text;                          ///< the question as asked
    std::optional<QuestionType> type;          ///< nullopt = the slot's type (a different one is an error)
    std::vector<std::string> competency_ids;   ///< empty = the slot's; a different main competency is an error
    std::string rubric_id;                     ///< rubric it is scored on; "" = the slot's (another id is an error)
    std::vector<std::string> listen_for;       ///< signals of a strong answer
    std::vector<std::string> probes;           ///< follow-up questions
    std::vector<std::string> red_flags;        ///< warning signs
    bool operator==(const KitVariant& other) const;
    bool operator!=(const KitVariant& other) const { return !(*this == other); }
};

/// A slot's pool: present (`<pool>` in the file) even when it holds no variant yet.
struct KitPool {
    bool present = false;             ///< the slot is a pool; false = an ordinary question
    std::vector<KitVariant> variants; ///< the members after the slot's own question
    /// Members, the slot's own question included: 1 + variants, or 1 when it is no pool.
    std::size_t size() const { return 1 + variants.size(); }
    bool operator==(const KitPool& other) const { return present == other.present && variants == other.variants; }
    bool operator!=(const KitPool& other) const { return !(*this == other); }
};

}  // namespace ikit
