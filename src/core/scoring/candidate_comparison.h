#pragma once
/// \file candidate_comparison.h
/// Comparing candidates scored with one kit (docs/scoring.md, "Comparing candidates"): one row per score sheet,
/// ranked by composite, every sheet shown — incomplete ones and those scored against a changed kit flagged.

#include "i18n/translator.h"
#include "scoring/combination.h"
#include "scoring/kit_fingerprint.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ikit {

/// One competency's cell in a comparison row.
struct ComparedCompetency {
    std::optional<double> score;  ///< the panel's median; nullopt = no evidence
    bool split = false;           ///< ratings 2 or more apart
    bool single_rater = false;    ///< one rater only
    /// "split", "single rater", "no evidence", joined with "; "; "" when none (English: machine output).
    std::string flags() const;
    /// The same flags in `language`'s words.
    std::string flags(const Translator& language) const;
};

/// One candidate's row.
struct ComparisonRow {
    std::size_t sheet = 0;                        ///< index into the sheets given
    std::string candidate;                        ///< the candidate's name
    std::string reference;                        ///< the candidate's reference
    std::optional<double> composite;              ///< two decimals; nullopt = no evidence at all
    std::optional<int> rank;                      ///< 1 = best; equal composites share a rank; nullopt without composite
    bool tied = false;                            ///< another candidate has the same rank
    bool incomplete = false;                      ///< a required competency has no evidence
    KitMismatch mismatch;                         ///< how the sheet's kit differs from the kit
    std::vector<ComparedCompetency> competencies; ///< in the comparison's competency order
    /// The row's flags: "incomplete (escalations)", "kit changed", "kit renamed", "tied", "no evidence", joined
    /// with "; " (English: machine output).
    std::string flags() const;
    /// The same flags in `language`'s words (the text report).
    std::string flags(const Translator& language) const;
    std::vector<std::string> missing;             ///< the required competencies without evidence
    /// Per pooled question (Comparison::pooled), the variant the candidate was asked as the scorecards record it
    /// (0 = the question's own); nullopt = no scorecard rates it, or records a wording the pool no longer has.
    std::vector<std::optional<std::size_t>> variants;
};

/// A question with a pool of variants, as a comparison lists it (issue 19).
struct ComparedPool {
    std::string question_id;  ///< the kit question's id
    int number = 0;           ///< its number in the kit (1, 2, …)
    std::size_t size = 1;     ///< members, the question's own included
};

/// A comparison of candidates.
struct Comparison {
    std::vector<std::string> competency_ids;    ///< columns: the kit's rated competencies
    std::vector<std::string> competency_names;  ///< their names
    std::vector<ComparisonRow> rows;            ///< best composite first; rows without composite last, by name
    std::vector<ComparedPool> pooled;           ///< the kit's questions with variants, in kit order
};

/// Combines every sheet against `kit` and ranks them.
Comparison compare_candidates(const Kit& kit, const std::vector<ScoreSheet>& sheets);

}  // namespace ikit
