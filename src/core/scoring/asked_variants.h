#pragma once
/// \file asked_variants.h
/// Which member of a question's pool each candidate was asked (issue 19), as a score file records it: a
/// rating's `variant` holds the wording asked when it is not the slot's own (empty = the slot's own question,
/// member 1), and the debrief, the comparison and the guide's table read it back.

#include "model/kit.h"
#include "model/score_sheet.h"
#include "model/variant_choice.h"
#include "scoring/candidate_comparison.h"

#include <optional>
#include <string>
#include <vector>

namespace ikit {

/// The wording a score file records for pool member `member` of `slot`: "" for member 0 (the slot's own
/// question) or one out of range, else that variant's text.
std::string recorded_variant(const KitQuestion& slot, std::size_t member);

/// The pool member (0 = the slot's own question) whose wording is `recorded`: "" and the slot's own text are
/// member 0; nullopt when no member of the pool has that wording (the pool changed since).
std::optional<std::size_t> member_of_recorded_variant(const KitQuestion& slot, const std::string& recorded);

/// True when `slot` is a pool with at least one variant besides its own question.
bool is_pooled(const KitQuestion& slot);

/// Sets the variant of every rating of a pooled question in `sheet` whose variant is not recorded yet to the
/// member chosen for the sheet's candidate (choose_variant with the candidate's name). Ratings that already
/// record a wording keep it. Returns the number of ratings changed.
int record_asked_variants(const Kit& kit, ScoreSheet& sheet, Rotation rotation = Rotation::ByCandidate);

/// What one scorecard recorded for a pooled question.
struct RecordedVariant {
    std::size_t scorecard = 0;           ///< index into the sheet's scorecards
    std::optional<std::size_t> member;   ///< the pool member; nullopt = a wording the pool no longer has
    std::string text;                    ///< the wording recorded ("" = the slot's own)
};

/// A pooled question of the kit and the variants the sheet records for it.
struct AskedVariant {
    const KitQuestion* slot = nullptr;        ///< the kit's question (with its pool)
    std::size_t pool_size = 1;                ///< members, the slot's own question included
    std::vector<RecordedVariant> recorded;    ///< one per scorecard that rates the question, in sheet order
    /// The member most scorecards recorded (the first met on a tie); nullopt when none recorded a known one.
    std::optional<std::size_t> member;
    bool differs = false;                     ///< scorecards recorded different wordings
};

/// Per pooled question of `kit` (kit order), what the sheet's scorecards recorded; and `warnings`, when
/// given, receives one line per recorded wording that is not in the question's pool any more.
std::vector<AskedVariant> asked_variants(const Kit& kit, const ScoreSheet& sheet,
                                         std::vector<std::string>* warnings = nullptr);

/// The debrief's part on pooled questions as text ("" when the kit has none): per pooled question the variant
/// asked ("variant 2 of 3: …"), each interviewer's when they recorded different ones (flagged), and the
/// recorded wordings the pool no longer has.
std::string asked_variants_text(const Kit& kit, const ScoreSheet& sheet);

/// The debrief CSV's rows on pooled questions: per pooled question and scorecard that rates it, the cells
/// kind "variant", item (question id), label (the wording), interviewer, rating (the member's number, "" when
/// not in the pool), low, high, evidence (empty), flags ("variant 2 of 3"; "different variants recorded";
/// "not in the pool").
std::vector<std::vector<std::string>> asked_variants_csv_rows(const Kit& kit, const ScoreSheet& sheet);

/// "variant 2 of 3" (member 1 of a pool of three), in the user's language.
std::string variant_position_text(std::size_t member, std::size_t pool_size);

/// "variant 2 of 3: Tell me about …" with the wording shortened to `max_chars` characters (0 = whole).
std::string variant_label(const KitQuestion& slot, std::size_t member, std::size_t max_chars = 0);

/// The variants each candidate is asked: for each pooled question of `kit` (kit order), the member chosen for
/// each of `candidates` (in their order). What the hiring manager's guide lists as "who got which".
struct VariantRoster {
    std::vector<const KitQuestion*> questions;              ///< the pooled questions, in kit order
    std::vector<int> numbers;                               ///< each one's number in the kit (1, 2, …)
    std::vector<std::string> candidates;                    ///< as given
    std::vector<std::vector<std::size_t>> members;          ///< [candidate][question]: the member asked
};

/// The roster of `candidates` for `kit` with `rotation`.
VariantRoster variant_roster(const Kit& kit, const std::vector<std::string>& candidates,
                             Rotation rotation = Rotation::ByCandidate);

/// The roster as text: per pooled question its members, then one line per candidate with the member of each.
std::string variant_roster_text(const VariantRoster& roster);

/// The debrief's part on pooled questions as short lines for a window (none when the kit has none): one per
/// pooled question, "Asked in a variant: “…”: variant 2 of 3", or with the interviewers' variants when they differ.
std::vector<std::string> asked_variant_lines(const Kit& kit, const ScoreSheet& sheet);

/// The comparison's part on pooled questions as short lines for a window (none when the kit has none): one per
/// candidate, "Ann: Q3 variant 2 of 3, Q5 variant 1 of 2", then comparable_variants_note.
std::vector<std::string> compared_variant_lines(const Comparison& comparison);

/// The line under a comparison that has pooled questions: candidates asked different variants stay comparable.
std::string comparable_variants_note();

/// The comparison's part on pooled questions as text ("" when the kit has none): a table of candidates (in
/// the comparison's order) × pooled questions with the variant each was asked, then comparable_variants_note.
std::string comparison_variants_text(const Comparison& comparison);

}  // namespace ikit
