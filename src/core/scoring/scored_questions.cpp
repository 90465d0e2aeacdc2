#include "scoring/scored_questions.h"

#include <algorithm>
#include <set>

namespace ikit {

RatingScale question_scale(const KitQuestion& question) {
    if (question.rubric.levels.empty()) return {};
    RatingScale scale{question.rubric.levels.front().score, question.rubric.levels.front().score};
    for (const auto& level : question.rubric.levels) {
        scale.low = std::min(scale.low, level.score);
        scale.high = std::max(scale.high, level.score);
    }
    return scale;
}

RatingScale competency_scale(const Kit& kit, const std::string& competency_id) {
    for (const auto& section : kit.sections)
        for (const auto& q : section.questions)
            if (is_scored(q) && !q.rubric.empty() && !q.competency_ids.empty() && q.competency_ids.front() == competency_id)
                return question_scale(q);
    return {};
}

std::vector<const KitQuestion*> scored_questions(const Kit& kit) {
    std::vector<const KitQuestion*> questions;
    for (const auto& section : kit.sections)
        for (const auto& q : section.questions)
            if (is_scored(q)) questions.push_back(&q);
    return questions;
}

std::vector<std::string> scored_competency_ids(const Kit& kit) {
    std::vector<std::string> ids;
    std::set<std::string> seen;
    for (const auto& c : kit.competencies)
        if (seen.insert(c.id).second) ids.push_back(c.id);
    for (const KitQuestion* q : scored_questions(kit))
        if (!q->competency_ids.empty() && seen.insert(q->competency_ids.front()).second)
            ids.push_back(q->competency_ids.front());
    return ids;
}

std::vector<const KitQuestion*> questions_to_rate(const Kit& kit, const std::string& interview_id) {
    const Interview* interview = interview_id.empty() ? nullptr : kit.plan.find(interview_id);
    if (!interview) return scored_questions(kit);
    std::vector<const KitQuestion*> questions;
    for (const KitQuestion* q : questions_of_interview(kit, *interview))
        if (is_scored(*q)) questions.push_back(q);
    return questions;
}

std::vector<std::string> competencies_to_rate(const Kit& kit, const std::string& interview_id) {
    const Interview* interview = interview_id.empty() ? nullptr : kit.plan.find(interview_id);
    if (!interview) return scored_competency_ids(kit);
    std::set<std::string> mains;
    for (const KitQuestion* q : questions_to_rate(kit, interview_id))
        if (!q->competency_ids.empty()) mains.insert(q->competency_ids.front());
    std::vector<std::string> ids;
    for (const auto& id : scored_competency_ids(kit))
        if (mains.count(id)) ids.push_back(id);
    return ids;
}

InterviewerScorecard blank_scorecard(const Kit& kit, const std::string& interviewer, const std::string& interview_id) {
    InterviewerScorecard card;
    card.interviewer = interviewer;
    card.interview_id = interview_id;
    for (const KitQuestion* q : questions_to_rate(kit, interview_id)) card.questions.push_back({q->id, std::nullopt, "", ""});
    return card;
}

}  // namespace ikit
