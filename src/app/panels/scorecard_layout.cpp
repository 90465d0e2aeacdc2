#include "panels/scorecard_layout.h"

#include "scoring/scored_questions.h"

#include <algorithm>
#include <set>

namespace ikit {

namespace {
ScaleLevels default_levels() {
    ScaleLevels levels;
    const auto& labels = default_level_labels();
    for (std::size_t i = 0; i < labels.size(); ++i) levels.emplace_back(static_cast<int>(i) + 1, labels[i]);
    return levels;
}

// The scale of a competency in the summary: that of the first scored question with a rubric whose main
// competency it is (as the core's competency_scale), else 1–5.
ScaleLevels competency_levels(const Kit& kit, const std::string& competency_id) {
    for (const KitQuestion* q : scored_questions(kit))
        if (!q->rubric.empty() && !q->competency_ids.empty() && q->competency_ids.front() == competency_id)
            return question_levels(*q);
    return default_levels();
}
}  // namespace

ScaleLevels question_levels(const KitQuestion& question) {
    if (question.rubric.empty()) return default_levels();
    ScaleLevels levels;
    for (const auto& level : question.rubric.levels) levels.emplace_back(level.score, level.label);
    std::sort(levels.begin(), levels.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return levels;
}

ScorecardLayout scorecard_layout(const Kit& kit, const Interview* interview) {
    ScorecardLayout layout;
    std::vector<const KitQuestion*> asked;
    if (interview) {
        asked = questions_of_interview(kit, *interview);
    } else {
        for (const auto& section : kit.sections)
            for (const auto& q : section.questions) asked.push_back(&q);
    }
    std::set<std::string> rated_competencies;
    int number = 0;
    for (const KitQuestion* q : asked) {
        ScorecardItem item;
        item.id = q->id;
        item.label = q->text;
        item.number = ++number;
        item.scored = is_scored(*q);
        if (item.scored) {
            item.levels = question_levels(*q);
            if (!q->competency_ids.empty()) rated_competencies.insert(q->competency_ids.front());
        }
        layout.questions.push_back(std::move(item));
    }
    // Without a plan every interviewer rates every competency the kit names; in an interview of a plan,
    // those its scored questions assess.
    for (const auto& id : scored_competency_ids(kit)) {
        if (interview && !rated_competencies.count(id)) continue;
        ScorecardItem item;
        item.id = id;
        item.label = kit.competency_name(id);
        item.levels = competency_levels(kit, id);
        layout.competencies.push_back(std::move(item));
    }
    layout.recommendations = kit.recommendation_labels;
    return layout;
}

}  // namespace ikit
