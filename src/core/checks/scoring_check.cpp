#include "checks/check_steps.h"

#include "checks/rubric_rules.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "util/text.h"

namespace ikit {

namespace {

// "level 4 stacks" / "levels 3, 4 and 5 stack" more conditions than an anchor should hold.
std::string stacked_levels_message(const std::vector<int>& levels) {
    const std::string most = std::to_string(kMaxAnchorConditions);
    if (levels.size() == 1)
        return fill(tr("the anchor of level {1} stacks more than {2} conditions: keep at most {2} observable ones so "
                       "the level is awarded consistently."),
                    {std::to_string(levels.front()), most});
    // "3, 4 and 5": every number but the last, then the last.
    std::string list;
    for (std::size_t i = 0; i + 1 < levels.size(); ++i) list += (i == 0 ? "" : ", ") + std::to_string(levels[i]);
    return fill(tr("the anchors of levels {1} and {2} stack more than {3} conditions: keep at most {3} observable "
                   "ones in each so a level is awarded consistently."),
                {list, std::to_string(levels.back()), most});
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
                                    tr("No rubric is attached: attach one so every interviewer scores the answer "
                                       "against the same described behaviours."),
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
            const std::string rubric_name = q.rubric.name.empty() ? q.rubric.id : q.rubric.name;
            const std::string name =
                users > 1 ? fill(trn("The rubric \"{1}\" (used by {2} question)", "The rubric \"{1}\" (used by {2} questions)",
                                     static_cast<unsigned long>(users)),
                                 {rubric_name, std::to_string(users)})
                          : fill(tr("The rubric \"{1}\""), {rubric_name});
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
                // TRANSLATORS: {1} is "The rubric "…"", {2} what is wrong with it ("level 3 has no anchor: …").
                findings.push_back({severity, "scoring", fill(tr("{1}: {2}."), {name, problem.message}), q.id, s.id, {}});
            }
            if (!stacked.empty())
                // TRANSLATORS: {1} is "The rubric "…"", {2} what is wrong with it.
                findings.push_back({Severity::Advice, "scoring", fill(tr("{1}: {2}"), {name, stacked_levels_message(stacked)}),
                                    q.id, s.id, {}});
        }
}

}  // namespace ikit
