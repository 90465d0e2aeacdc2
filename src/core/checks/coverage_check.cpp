#include "checks/check_steps.h"

#include <algorithm>

namespace ikit {

namespace {

std::string quoted_name(const Kit& kit, const std::string& competency_id) {
    return "\"" + kit.competency_name(competency_id) + "\"";
}

}  // namespace

void check_coverage(const Kit& kit, std::vector<Finding>& findings) {
    const auto add = [&](Severity severity, std::string message, std::string question_id = {},
                         std::string section_id = {}) {
        findings.push_back({severity, "coverage", std::move(message), std::move(question_id), std::move(section_id), {}});
    };
    if (kit.question_count() == 0) {
        add(Severity::Warning, "The kit has no questions yet: add questions for the competencies the interview must assess.");
        return;
    }

    // The competencies the interview is meant to assess: those named for the kit, else the questions' main ones.
    std::vector<std::string> planned;
    for (const auto& c : kit.competencies) planned.push_back(c.id);
    const bool named = !planned.empty();
    if (!named)
        for (const auto& s : kit.sections)
            for (const auto& q : s.questions)
                if (q.scored && !q.competency_ids.empty() &&
                    std::find(planned.begin(), planned.end(), q.competency_ids.front()) == planned.end())
                    planned.push_back(q.competency_ids.front());

    for (const auto& s : kit.sections)
        if (s.questions.empty() && !(s.kind == SectionKind::Close && s.candidate_minutes > 0))
            add(Severity::Advice, "The section \"" + s.title + "\" has no questions: add some or remove the section.", {},
                s.id);

    for (const auto& c : uncovered_competencies(kit))
        add(Severity::Warning, "No question covers the competency " + quoted_name(kit, c.id) +
                                   ": add a question for it, or remove it from the kit's competencies.");

    for (const auto& id : planned) {
        const KitQuestion* only = nullptr;
        const KitSection* only_section = nullptr;
        int count = 0;
        for (const auto& s : kit.sections)
            for (const auto& q : s.questions)
                if (q.scored && std::find(q.competency_ids.begin(), q.competency_ids.end(), id) != q.competency_ids.end()) {
                    ++count;
                    only = &q;
                    only_section = &s;
                }
        if (count == 1)
            add(Severity::Advice, "Only this question covers the competency " + quoted_name(kit, id) +
                                      ": add a second question so one answer does not decide the rating.",
                only->id, only_section->id);
    }

    const int n = static_cast<int>(planned.size());
    const std::string what = named ? "The kit names " : "The questions mainly assess ";
    if (n > kMaxInterviewCompetencies)
        add(Severity::Advice, what + std::to_string(n) + " competencies, more than one interview can gather evidence for (" +
                                  std::to_string(kMaxInterviewCompetencies) +
                                  " at most): focus on the ones that matter most for the role and cover the rest in another stage.");
    else if (n < kMinInterviewCompetencies)
        add(Severity::Advice, what + std::to_string(n) + (n == 1 ? " competency" : " competencies") +
                                  ", which gives a narrow picture of the candidate: assess at least " +
                                  std::to_string(kMinInterviewCompetencies) + " unless this stage is meant to be narrow.");
}

}  // namespace ikit
