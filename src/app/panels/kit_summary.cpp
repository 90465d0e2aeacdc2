#include "panels/kit_summary.h"

#include "util/text.h"

namespace ikit {

KitSummary summarise_kit(const Kit& kit) {
    KitSummary s;
    const std::size_t count = kit.question_count();
    s.questions = std::to_string(count) + (count == 1 ? " question" : " questions");
    const int planned = kit.planned_minutes(), length = kit.properties.length_minutes;
    s.time = std::to_string(planned) + " of " + std::to_string(length) + " min";
    if (length > 0 && planned > length) {
        s.over_time = true;
        s.time += " (" + std::to_string(planned - length) + " over)";
    }
    const auto uncovered = uncovered_competencies(kit);
    if (kit.competencies.empty()) {
        const auto covered = questions_per_competency(kit);
        s.coverage = covered.empty() ? "No competencies yet"
                                     : "Covers " + std::to_string(covered.size()) +
                                           (covered.size() == 1 ? " competency" : " competencies");
    } else if (uncovered.empty()) {
        s.coverage = "Covers all " + std::to_string(kit.competencies.size()) + " competencies";
    } else {
        std::vector<std::string> names;
        for (const auto& c : uncovered) names.push_back(c.name.empty() ? c.id : c.name);
        s.coverage = "Covers " + std::to_string(kit.competencies.size() - uncovered.size()) + " of " +
                     std::to_string(kit.competencies.size()) + " competencies; not covered: " + join(names, ", ");
        s.uncovered = true;
    }
    return s;
}

}  // namespace ikit
