#pragma once
/// \file variant_choice.h
/// Which member of a question's pool a candidate is asked (issue 19). The choice is a pure function of
/// the candidate's key (name or reference), the kit's title and the slot's id, so the same candidate gets
/// the same wording on every run and machine, and consecutive candidates usually differ.
///
/// The hash is FNV-1a 64 (offset basis 14695981039346656037, prime 1099511628211) over the UTF-8 bytes of
///   "ikit-rotation-1\n" + normalise(kit title) + "\n" + slot id + "\n" + normalise(candidate key)
/// where normalise trims, turns every run of white space into one space and lower-cases ASCII letters;
/// the member is hash % pool size (0 = the slot's own question). `Rotation::Fixed` always asks member 0.

#include "model/kit.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace ikit {

/// How a pool's member is chosen: by the candidate, or always the first (the slot's own question).
enum class Rotation { ByCandidate, Fixed };

/// "candidate" or "fixed".
std::string_view to_id(Rotation rotation);

/// Parses "candidate" or "fixed"; nullopt when unknown.
std::optional<Rotation> rotation_from_id(std::string_view id);

/// FNV-1a 64 of `bytes`.
std::uint64_t fnv1a64(std::string_view bytes);

/// Trimmed, white space runs made one space, ASCII lower-cased: "  Ada   LOVELACE " -> "ada lovelace".
std::string normalised_candidate_key(std::string_view key);

/// The pool member (0 = the slot's own question) that `candidate_key` is asked in `question`'s slot.
/// Always 0 for a slot without variants, for Rotation::Fixed, and for an empty key.
std::size_t choose_variant(const Kit& kit, const KitQuestion& question, std::string_view candidate_key,
                           Rotation rotation = Rotation::ByCandidate);

/// The slot as asked with pool member `member`: the member's wording and notes, the slot's id, minutes,
/// rubric and scoring; no pool. Member 0 (or one out of range) is the slot's own question.
KitQuestion asked_variant(const KitQuestion& question, std::size_t member);

/// The kit as one candidate is interviewed with it: every pooled slot replaced by its chosen member.
Kit kit_for_candidate(const Kit& kit, std::string_view candidate_key, Rotation rotation = Rotation::ByCandidate);

/// True when some slot of the kit holds a pool with at least one variant.
bool has_variants(const Kit& kit);

}  // namespace ikit
