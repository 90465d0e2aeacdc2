#include "checks/plan_checks.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "model/coverage_matrix.h"
#include "util/text.h"

#include <map>

namespace ikit {

const PlanThresholds& default_plan_thresholds() {
    static const PlanThresholds thresholds;
    return thresholds;
}

void check_plan(const Kit& kit, std::vector<Finding>& findings, const PlanThresholds& t) {
    if (kit.plan.empty()) return;
    const auto add = [&](Severity severity, std::string message, std::string question_id = {},
                         std::string section_id = {}) {
        findings.push_back({severity, "plan", std::move(message), std::move(question_id), std::move(section_id), {}});
    };
    const CoverageMatrix m = coverage_matrix(kit);

    // Each interview: its questions, interviewers, time and name.
    std::map<std::string, std::string> first_with_name;
    for (const auto& c : m.interviews) {
        if (c.questions == 0)
            add(Severity::Warning, fill(tr("The interview \"{1}\" has no questions: assign sections or questions to "
                                           "it, or remove it."),
                                        {c.name}));
        if (c.interviewers == 0)
            add(Severity::Warning, fill(tr("The interview \"{1}\" has no interviewer: add an interviewer, by name or "
                                           "by role."),
                                        {c.name}));
        if (c.questions > 0 && c.left < 0)
            add(Severity::Warning,
                fill(trn("The interview \"{1}\" is planned at {2} minutes of questions, {3} minute over its {4} "
                         "minutes: move or shorten questions, or lengthen the interview.",
                         "The interview \"{1}\" is planned at {2} minutes of questions, {3} minutes over its {4} "
                         "minutes: move or shorten questions, or lengthen the interview.",
                         static_cast<unsigned long>(-c.left)),
                     {c.name, std::to_string(c.planned), std::to_string(-c.left), std::to_string(c.length)}));
        else if (c.questions > 0 && c.left < t.candidate_question_minutes)
            add(Severity::Advice,
                fill(trn("The interview \"{1}\" leaves {2} minute for the candidate's own questions: leave at least "
                         "{3} by moving a question or lengthening the interview.",
                         "The interview \"{1}\" leaves {2} minutes for the candidate's own questions: leave at least "
                         "{3} by moving a question or lengthening the interview.",
                         static_cast<unsigned long>(c.left < 0 ? -c.left : c.left)),
                     {c.name, std::to_string(c.left), std::to_string(t.candidate_question_minutes)}));
        const std::string key = ascii_lower(trim(c.name));
        if (const auto [it, added] = first_with_name.emplace(key, c.interview_id); !added)
            add(Severity::Warning, fill(tr("Two interviews are called \"{1}\": give each its own name so that "
                                           "interviewers and candidates can tell them apart."),
                                        {c.name}));
    }

    // Each competency: assessed somewhere, by more than one person, and not everywhere.
    for (const auto& r : m.rows) {
        if (r.required && r.interviews == 0)
            add(Severity::Error, fill(tr("No interview assesses the competency \"{1}\": assign a question for it to "
                                         "an interview, or remove it from the kit's competencies."),
                                      {r.name}));
        else if (r.required && r.interviewers > 0 && r.interviewers < t.min_independent_interviewers)
            add(Severity::Advice,
                fill(trn("Only {1} interviewer rates the competency \"{2}\": a second independent rating makes the "
                         "decision more reliable.",
                         "Only {1} interviewers rate the competency \"{2}\": a second independent rating makes the "
                         "decision more reliable.",
                         static_cast<unsigned long>(r.interviewers)),
                     {std::to_string(r.interviewers), r.name}));
        if (r.required && m.interviews.size() >= t.focus_min_interviews && r.interviews == static_cast<int>(m.interviews.size()))
            add(Severity::Advice, fill(tr("Every interview assesses the competency \"{1}\": focus each interview on a "
                                          "few competencies and leave this one to two or three of them."),
                                       {r.name}));
    }

    // Each question: asked in some interview.
    if (m.unassigned_questions > 0) {
        const auto assignment = interview_index_of_questions(kit);
        for (const auto& s : kit.sections)
            for (const auto& q : s.questions)
                if (!assignment.count(q.id))
                    add(Severity::Warning,
                        tr("This question is in no interview: assign it (or its section) to one, or remove it."), q.id,
                        s.id);
    }
}

}  // namespace ikit
