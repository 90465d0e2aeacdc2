#include "checks/plan_checks.h"

#include "model/coverage_matrix.h"
#include "util/text.h"

#include <map>

namespace ikit {

namespace {

std::string minutes_text(int n) { return std::to_string(n) + (n == 1 ? " minute" : " minutes"); }

}  // namespace

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
    const auto quoted = [](const std::string& name) { return "\"" + name + "\""; };

    // Each interview: its questions, interviewers, time and name.
    std::map<std::string, std::string> first_with_name;
    for (const auto& c : m.interviews) {
        const std::string name = "The interview " + quoted(c.name);
        if (c.questions == 0)
            add(Severity::Warning, name + " has no questions: assign sections or questions to it, or remove it.");
        if (c.interviewers == 0)
            add(Severity::Warning, name + " has no interviewer: add an interviewer, by name or by role.");
        if (c.questions > 0 && c.left < 0)
            add(Severity::Warning, name + " is planned at " + std::to_string(c.planned) + " minutes of questions, " +
                                       minutes_text(-c.left) + " over its " + std::to_string(c.length) +
                                       " minutes: move or shorten questions, or lengthen the interview.");
        else if (c.questions > 0 && c.left < t.candidate_question_minutes)
            add(Severity::Advice, name + " leaves " + minutes_text(c.left) +
                                      " for the candidate's own questions: leave at least " +
                                      std::to_string(t.candidate_question_minutes) +
                                      " by moving a question or lengthening the interview.");
        const std::string key = ascii_lower(trim(c.name));
        if (const auto [it, added] = first_with_name.emplace(key, c.interview_id); !added)
            add(Severity::Warning, "Two interviews are called " + quoted(c.name) +
                                       ": give each its own name so that interviewers and candidates can tell them apart.");
    }

    // Each competency: assessed somewhere, by more than one person, and not everywhere.
    for (const auto& r : m.rows) {
        if (r.required && r.interviews == 0)
            add(Severity::Error, "No interview assesses the competency " + quoted(r.name) +
                                     ": assign a question for it to an interview, or remove it from the kit's competencies.");
        else if (r.required && r.interviewers > 0 && r.interviewers < t.min_independent_interviewers)
            add(Severity::Advice, "Only " + std::to_string(r.interviewers) +
                                      (r.interviewers == 1 ? " interviewer rates" : " interviewers rate") +
                                      " the competency " + quoted(r.name) +
                                      ": a second independent rating makes the decision more reliable.");
        if (r.required && m.interviews.size() >= t.focus_min_interviews && r.interviews == static_cast<int>(m.interviews.size()))
            add(Severity::Advice, "Every interview assesses the competency " + quoted(r.name) +
                                      ": focus each interview on a few competencies and leave this one to two or three of them.");
    }

    // Each question: asked in some interview.
    if (m.unassigned_questions > 0) {
        const auto assignment = interview_index_of_questions(kit);
        for (const auto& s : kit.sections)
            for (const auto& q : s.questions)
                if (!assignment.count(q.id))
                    add(Severity::Warning, "This question is in no interview: assign it (or its section) to one, or remove it.",
                        q.id, s.id);
    }
}

}  // namespace ikit
