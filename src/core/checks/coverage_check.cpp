#include "checks/check_steps.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"

#include <algorithm>

namespace ikit {

void check_coverage(const Kit& kit, std::vector<Finding>& findings) {
    const auto add = [&](Severity severity, std::string message, std::string question_id = {},
                         std::string section_id = {}) {
        findings.push_back({severity, "coverage", std::move(message), std::move(question_id), std::move(section_id), {}});
    };
    if (kit.question_count() == 0) {
        add(Severity::Warning, tr("The kit has no questions yet: add questions for the competencies the interview must assess."));
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
            add(Severity::Advice, fill(tr("The section \"{1}\" has no questions: add some or remove the section."), {s.title}),
                {}, s.id);

    for (const auto& c : uncovered_competencies(kit))
        add(Severity::Warning, fill(tr("No question covers the competency \"{1}\": add a question for it, or remove it "
                                       "from the kit's competencies."),
                                    {kit.competency_name(c.id)}));

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
            add(Severity::Advice,
                fill(tr("Only this question covers the competency \"{1}\": add a second question so one answer does "
                        "not decide the rating."),
                     {kit.competency_name(id)}),
                only->id, only_section->id);
    }

    const int n = static_cast<int>(planned.size());
    const std::string count = std::to_string(n);
    if (n > kMaxInterviewCompetencies) {
        const std::string most = std::to_string(kMaxInterviewCompetencies);
        add(Severity::Advice,
            fill(named ? tr("The kit names {1} competencies, more than one interview can gather evidence for ({2} at "
                            "most): focus on the ones that matter most for the role and cover the rest in another stage.")
                       : tr("The questions mainly assess {1} competencies, more than one interview can gather evidence "
                            "for ({2} at most): focus on the ones that matter most for the role and cover the rest in "
                            "another stage."),
                 {count, most}));
    } else if (n < kMinInterviewCompetencies) {
        const std::string least = std::to_string(kMinInterviewCompetencies);
        const auto u = static_cast<unsigned long>(n);
        add(Severity::Advice,
            fill(named ? trn("The kit names {1} competency, which gives a narrow picture of the candidate: assess at "
                             "least {2} unless this stage is meant to be narrow.",
                             "The kit names {1} competencies, which gives a narrow picture of the candidate: assess at "
                             "least {2} unless this stage is meant to be narrow.",
                             u)
                       : trn("The questions mainly assess {1} competency, which gives a narrow picture of the "
                             "candidate: assess at least {2} unless this stage is meant to be narrow.",
                             "The questions mainly assess {1} competencies, which gives a narrow picture of the "
                             "candidate: assess at least {2} unless this stage is meant to be narrow.",
                             u),
                 {count, least}));
    }
}

}  // namespace ikit
