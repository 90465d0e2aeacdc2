#include "checks/check_steps.h"

#include "checks/rubric_rules.h"
#include "util/text.h"

namespace ikit {

namespace {

// "level 4 stacks" / "levels 3, 4 and 5 stack" more conditions than an anchor should hold.
std::string stacked_levels_message(const std::vector<int>& levels) {
    std::string list;
    for (std::size_t i = 0; i < levels.size(); ++i)
        list += (i == 0 ? "" : i + 1 == levels.size() ? " and " : ", ") + std::to_string(levels[i]);
    const std::string most = std::to_string(kMaxAnchorConditions);
    if (levels.size() == 1)
        return "the anchor of level " + list + " stacks more than " + most + " conditions: keep at most " + most +
               " observable ones so the level is awarded consistently.";
    return "the anchors of levels " + list + " stack more than " + most + " conditions: keep at most " + most +
           " observable ones in each so a level is awarded consistently.";
}

}  // namespace

void check_scoring(const Kit& kit, std::vector<Finding>& findings) {
    // A rubric shared by several questions is reported once, at the first question that uses it.
    std::vector<const Rubric*> reported;
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) {
            if (!q.scored) continue;  // asked but not rated: no rubric needed
            if (q.rubric.empty()) {
                findings.push_back({Severity::Warning, "scoring",
                                    "No rubric is attached: attach one so every interviewer scores the answer against "
                                    "the same described behaviours.",
                                    q.id, s.id, {}});
                continue;
            }
            bool seen = false;
            for (const Rubric* r : reported) seen = seen || *r == q.rubric;
            if (seen) continue;
            reported.push_back(&q.rubric);

            int users = 0;
            for (const auto& s2 : kit.sections)
                for (const auto& q2 : s2.questions) users += q2.scored && q2.rubric == q.rubric ? 1 : 0;
            const std::string name = "The rubric \"" + (q.rubric.name.empty() ? q.rubric.id : q.rubric.name) + "\"" +
                                     (users > 1 ? " (used by " + std::to_string(users) + " questions)" : "");
            std::vector<int> stacked;  // the heuristic's finds, said once for the rubric
            for (const auto& problem : check_rubric(q.rubric)) {
                if (problem.heuristic) {
                    stacked.push_back(problem.score);
                    continue;
                }
                // A level with nothing to score against makes ratings inconsistent; other problems weaken them.
                Severity severity = Severity::Advice;
                for (const auto& level : q.rubric.levels)
                    if (problem.score > 0 && level.score == problem.score && trim(level.anchor).empty())
                        severity = Severity::Warning;
                findings.push_back({severity, "scoring", name + ": " + problem.message + ".", q.id, s.id, {}});
            }
            if (!stacked.empty())
                findings.push_back({Severity::Advice, "scoring", name + ": " + stacked_levels_message(stacked), q.id,
                                    s.id, {}});
        }
}

}  // namespace ikit
