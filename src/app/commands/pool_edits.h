#pragma once
/// \file pool_edits.h
/// The edits of a question slot's pool of variants (issue 19), each one named undo step through the
/// EditPath: turn a question into a pool, dissolve it, add, remove and edit a variant, make a variant the
/// slot's own question. Used by the editor's Variants tab and the Kit menu's pool commands.

#include "bank/question_bank.h"
#include "model/kit.h"

#include <string>
#include <vector>

namespace ikit {

/// The most listen-for items, probes and red flags a variant may hold (the kit reader refuses more).
constexpr std::size_t kMaxVariantNotes = 10;

class EditPath;
class PendingEdits;

/// Changes the pools of the open kit; `source` (when given) is the holder of pending edits the change
/// comes from, which the edit path then does not flush again.
class PoolEdits {
public:
    /// Edits through `edits`; `source` may be null.
    PoolEdits(EditPath& edits, const PendingEdits* source = nullptr) : edits_(edits), source_(source) {}

    /// Makes the question a pool (of one, itself) — "Turn into pool"; false when it is one already.
    bool turn_into_pool(const std::string& question_id);
    /// Makes the pool an ordinary question again, its variants gone — "Dissolve pool"; false when no pool.
    bool dissolve_pool(const std::string& question_id);
    /// Adds `variant` as the pool's last member (making the question a pool) — "Add variant"; false when
    /// the pool is full (kMaxPoolMembers) or the question is gone.
    bool add_variant(const std::string& question_id, const KitVariant& variant);
    /// Removes pool member `member` (1 = the first variant; the question itself cannot go) — "Remove variant".
    bool remove_variant(const std::string& question_id, std::size_t member);
    /// Replaces pool member `member` (≥ 1) — "Edit variant"; false when nothing changed.
    bool edit_variant(const std::string& question_id, std::size_t member, const KitVariant& variant);
    /// Makes pool member `member` (≥ 1) the slot's own question and the old question a variant in its
    /// place — "Make variant first". The slot keeps its id, minutes, rubric and scoring. False (nothing
    /// changed) unless can_make_first.
    bool make_first(const std::string& question_id, std::size_t member);

private:
    template <class Change>
    bool change(const std::string& question_id, const std::string& description, Change&& edit);

    EditPath& edits_;
    const PendingEdits* source_;
};

/// The members of `question`'s bank variant group that its pool does not hold yet, as variants scored on
/// the slot's rubric; empty when the question is custom, not in `bank` or in no group.
std::vector<KitVariant> bank_variants_to_add(const QuestionBank& bank, const KitQuestion& question);

/// True when pool member `member` (≥ 1) can become the slot's own question: the question's notes fit a
/// variant (at most kMaxVariantNotes of each).
bool can_make_first(const KitQuestion& question, std::size_t member);

/// A blank wording written in the kit: the slot's type, competencies and rubric, no text yet.
KitVariant blank_variant();

}  // namespace ikit
