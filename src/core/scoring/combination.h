#pragma once
/// \file combination.h
/// The mechanical combination of one candidate's ratings (docs/scoring.md): each interviewer's rating of each
/// competency, the panel's median, range, split and no-evidence flags, the recommendation tally, the composite
/// and the order in which to discuss the competencies.

#include "i18n/translator.h"
#include "model/kit.h"
#include "model/score_sheet.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ikit {

/// Ratings this far apart or more make a competency split.
constexpr double kSplitPoints = 2.0;

/// One scorecard of the sheet as a rater of the panel.
struct Rater {
    std::string interviewer;     ///< as entered
    std::string interview_id;    ///< the plan's interview id; may be empty
    std::string interview_name;  ///< the plan's name for it; "" when the kit has no such interview
    std::string label;           ///< the interviewer's name, with the interview's name when one person has two
    std::string recommendation;  ///< as given; "" = none
    bool submitted = false;      ///< the scorecard has a date submitted
};

/// One rater's rating of one competency.
struct RaterScore {
    std::optional<double> rating;  ///< nullopt = no evidence
    bool from_summary = false;     ///< given in the competency summary (else the mean of question ratings)
    int questions = 0;             ///< question ratings averaged (0 when from the summary)
    std::string evidence;          ///< the summary's note, else the rated questions' notes, one per line
};

/// The panel's view of one competency.
struct CompetencyScore {
    std::string id;                   ///< the competency id
    std::string name;                 ///< its name in the kit
    double weight = 1.0;              ///< its weight in the composite
    bool required = false;            ///< named in the kit's competencies
    std::vector<RaterScore> raters;   ///< one per rater, in the sheet's order
    std::optional<double> median;     ///< the panel's score: the median of the raters' ratings; nullopt = no evidence
    std::optional<double> low;        ///< the lowest rating
    std::optional<double> high;       ///< the highest rating
    int rated_by = 0;                 ///< raters with a rating
    bool split = false;               ///< ratings differ by kSplitPoints or more
    bool no_evidence() const { return rated_by == 0; }      ///< no rater has evidence
    bool single_rater() const { return rated_by == 1; }     ///< only one rater has evidence
};

/// How many raters gave one recommendation label.
struct RecommendationCount {
    std::string label;     ///< the label
    int count = 0;         ///< raters who gave it
    bool on_scale = true;  ///< false: not one of the kit's labels (the kit changed, or a typing slip)
};

/// A rating left out of the combination and why: an English pattern (marked with N_) and the values of its places.
struct NotCounted {
    const char* why = "";             ///< the pattern, e.g. "{1}: question {2} is not in the kit"
    std::vector<std::string> values;  ///< what fills {1}, {2}, … (at most five)
    /// The reason in `language`'s words (English with a default Translator).
    std::string text(const Translator& language) const;
};

/// Everything the debrief shows of one candidate.
struct Combination {
    std::vector<Rater> raters;                     ///< one per scorecard, in the sheet's order
    std::vector<CompetencyScore> competencies;     ///< the kit's named competencies, then other main ones
    std::vector<RecommendationCount> tally;        ///< the kit's labels lowest first, then labels off the scale
    int no_recommendation = 0;                     ///< raters who gave none
    std::optional<double> composite;               ///< weighted mean of the medians with evidence, two decimals
    bool incomplete = false;                       ///< a required competency has no evidence
    std::vector<std::string> missing;              ///< ids of the required competencies without evidence
    std::vector<std::size_t> discussion_order;     ///< indexes into `competencies`: splits first (docs/scoring.md)
    std::vector<std::string> not_counted;          ///< ratings left out, each with why (unknown question, off the scale, …), in English
    std::vector<NotCounted> not_counted_reasons;   ///< the same, one by one, to word in another language

    /// The competency with `id`; nullptr when absent.
    const CompetencyScore* find(const std::string& id) const;
};

/// Combines the ratings of `sheet` by the rule of docs/scoring.md, reading questions, main competencies,
/// scales, weights and labels from `kit`. Ratings of questions the kit lacks or does not score, and ratings off
/// the item's scale, are left out and listed in `not_counted`.
Combination combine(const Kit& kit, const ScoreSheet& sheet);

/// The median of `values` (the mean of the two middle ones for an even count); nullopt when empty.
std::optional<double> median_of(std::vector<double> values);

/// `value` rounded to two decimals (half away from zero).
double round_to_hundredths(double value);

/// A score for people: at most two decimals, no trailing zeros ("4", "3.5", "3.67").
std::string score_text(double value);

/// A composite: always two decimals ("3.40").
std::string composite_text(double value);

}  // namespace ikit
