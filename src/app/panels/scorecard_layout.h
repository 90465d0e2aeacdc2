#pragma once
/// \file scorecard_layout.h
/// What one interviewer's scorecard asks for, as the paper scorecard does: the interview's questions
/// (unscored ones without a rating), a rating per competency, the overall recommendation.

#include "model/kit.h"

#include <string>
#include <utility>
#include <vector>

namespace ikit {

/// A rating scale's levels: score and label, lowest first.
using ScaleLevels = std::vector<std::pair<int, std::string>>;

/// One row of the scorecard: a question or a competency.
struct ScorecardItem {
    std::string id;       ///< the question's or competency's id
    std::string label;    ///< the question's text or the competency's name
    int number = 0;       ///< the question's number on the scorecard (1, 2, …); 0 for competencies
    bool scored = true;   ///< false: asked but not rated (no rating box)
    ScaleLevels levels;   ///< the scale it is rated on
};

/// Everything an interviewer's scorecard holds, in order.
struct ScorecardLayout {
    std::vector<ScorecardItem> questions;         ///< the questions asked, in kit order
    std::vector<ScorecardItem> competencies;      ///< the competencies rated in the summary
    std::vector<std::string> recommendations;     ///< the kit's overall labels, lowest first
};

/// The scorecard of `interview` (nullptr = the kit has no plan: all questions) in `kit`.
ScorecardLayout scorecard_layout(const Kit& kit, const Interview* interview);

/// The levels of `question`'s scale: its rubric's, else 1–5 with the default labels.
ScaleLevels question_levels(const KitQuestion& question);

}  // namespace ikit
