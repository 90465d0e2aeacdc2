#pragma once
// The kit and score sheets of docs/scoring.md's worked examples, shared by the scoring, score file and
// export tests.

#include "model/kit.h"
#include "model/score_sheet.h"

#include <optional>
#include <string>
#include <vector>

namespace ikit::test {

/// The examples' kit: Metrics (weight 2: q1, q2), Coaching (q3), Escalations (q4), each question on a 1–5 rubric.
Kit scoring_example_kit();

/// A scorecard for `interviewer` with question ratings q1..q4 (nullopt = no evidence), in that order.
InterviewerScorecard example_card(const std::string& interviewer, std::vector<std::optional<int>> q1_to_q4,
                                  const std::string& recommendation = "");

/// Example `number` (1, 2 or 3) of docs/scoring.md as a score sheet for the examples' kit.
ScoreSheet scoring_example_sheet(int number);

}  // namespace ikit::test
