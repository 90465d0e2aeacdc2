#pragma once
/// \file kit_fingerprint.h
/// A kit's identity for score files: its title and a fingerprint of what its ratings mean, so that scores are
/// never silently attached to a changed kit (docs/scoring.md, "The kit's fingerprint").

#include "model/kit.h"
#include "model/score_sheet.h"

#include <string>

namespace ikit {

/// The fingerprint of what a kit's ratings mean: FNV-1a 64 over a canonical text of its scored questions (id,
/// text, competency ids in order, and each rubric level's score, label and anchor), sorted by question id,
/// written as 16 lowercase hex digits. The same on every machine and run; unscored questions, the order of
/// questions and sections, titles, properties (paper, author, …), listen-for/probes/red flags, interview plans
/// and competency names or weights do not change it.
std::string kit_fingerprint(const Kit& kit);

/// The identity a score sheet records for `kit`: its title and kit_fingerprint.
KitIdentity kit_identity(const Kit& kit);

/// How a score sheet's recorded kit differs from a kit at hand.
struct KitMismatch {
    bool title = false;      ///< the titles differ (a renamed kit; the ratings still mean the same)
    bool questions = false;  ///< the fingerprints differ: a scored question or rubric changed since scoring

    /// True when anything differs.
    bool any() const { return title || questions; }
    /// One sentence for people: "the kit's questions or rubrics changed since these scores were entered (…)";
    /// "" when nothing differs.
    std::string message(const KitIdentity& recorded, const KitIdentity& current) const;
};

/// What differs between the identity a sheet recorded and `kit`.
KitMismatch compare_kit_identity(const KitIdentity& recorded, const Kit& kit);

}  // namespace ikit
