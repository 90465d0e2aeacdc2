#pragma once
/// \file scored_questions.h
/// Which of a kit's questions are rated, and on what scale: the one place scoring decides both.

#include "model/kit.h"
#include "model/score_sheet.h"

#include <vector>

namespace ikit {

/// True when interviewers rate `question` (a question marked not scored is asked but gets no rating).
inline bool is_scored(const KitQuestion& question) { return question.scored; }

/// A rating scale: the lowest and highest score.
struct RatingScale {
    int low = 1;   ///< lowest score
    int high = 5;  ///< highest score
    /// True when `rating` lies on the scale.
    bool contains(int rating) const { return rating >= low && rating <= high; }
    bool operator==(const RatingScale& o) const { return low == o.low && high == o.high; }
};

/// The scale a question is rated on: its rubric's lowest to highest score, else 1–5.
RatingScale question_scale(const KitQuestion& question);

/// The scale a competency is rated on in the summary: that of the first scored question with a rubric whose
/// main competency it is, else 1–5.
RatingScale competency_scale(const Kit& kit, const std::string& competency_id);

/// The kit's scored questions, in kit order.
std::vector<const KitQuestion*> scored_questions(const Kit& kit);

/// The competencies a scorecard rates, in order: the kit's named ones, then any other main competency of a
/// scored question, in kit order.
std::vector<std::string> scored_competency_ids(const Kit& kit);

/// The scored questions of the interview `interview_id` of the kit's plan, in kit order (every scored question
/// when the kit has no plan or `interview_id` is empty).
std::vector<const KitQuestion*> questions_to_rate(const Kit& kit, const std::string& interview_id);

/// The competencies a scorecard of that interview rates in its summary: the main competencies of its
/// questions (every one of scored_competency_ids without a plan), in scored_competency_ids order.
std::vector<std::string> competencies_to_rate(const Kit& kit, const std::string& interview_id);

/// An empty scorecard for `interviewer` in `interview_id` (empty without a plan): a question rating with no
/// evidence for each of questions_to_rate, nothing else filled in — what the app's entry form and the CSV
/// template start from.
InterviewerScorecard blank_scorecard(const Kit& kit, const std::string& interviewer, const std::string& interview_id);

}  // namespace ikit
