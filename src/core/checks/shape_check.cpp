#include "checks/check_steps.h"

#include <algorithm>

namespace ikit {

namespace {

bool lists(const KitQuestion& q, const std::string& competency_id) {
    return std::find(q.competency_ids.begin(), q.competency_ids.end(), competency_id) != q.competency_ids.end();
}

// A competency the kit names that scored questions reach only as a secondary competency: its rating rests on
// answers to questions written for something else.
void check_secondary_only(const Kit& kit, std::vector<Finding>& findings) {
    for (const auto& c : kit.competencies) {
        bool main = false, secondary = false;
        for (const auto& s : kit.sections)
            for (const auto& q : s.questions) {
                if (!q.scored || !lists(q, c.id)) continue;
                (q.competency_ids.front() == c.id ? main : secondary) = true;
            }
        if (secondary && !main)
            findings.push_back({Severity::Advice, "shape",
                                "The competency \"" + kit.competency_name(c.id) +
                                    "\" is covered only by questions written mainly for another competency: add a "
                                    "question whose main competency it is, so its rating rests on answers about it.",
                                {}, {}, {}});
    }
}

}  // namespace

void check_shape(const Kit& kit, std::vector<Finding>& findings) {
    const auto add = [&](Severity severity, std::string message, std::string question_id = {},
                         std::string section_id = {}) {
        findings.push_back({severity, "shape", std::move(message), std::move(question_id), std::move(section_id), {}});
    };
    if (kit.question_count() == 0) return;

    const bool has_close = std::any_of(kit.sections.begin(), kit.sections.end(),
                                       [](const KitSection& s) { return s.kind == SectionKind::Close; });
    if (!has_close)
        add(Severity::Warning, "The kit has no close: add a close section that reserves at least " +
                                   std::to_string(kCandidateQuestionMinutes) +
                                   " minutes for the candidate's own questions.");

    for (const auto& s : kit.sections) {
        if (s.kind == SectionKind::Close && s.candidate_minutes < kCandidateQuestionMinutes)
            add(Severity::Advice, "The close reserves " + std::to_string(s.candidate_minutes) +
                                      " minutes for the candidate's questions: reserve at least " +
                                      std::to_string(kCandidateQuestionMinutes) + ".",
                {}, s.id);
        for (const auto& q : s.questions) {
            if (s.kind == SectionKind::Opener && q.scored)
                add(Severity::Warning,
                    "A scored question in the opener: the opener builds rapport, so mark this question not scored "
                    "or move it to the body of the interview.",
                    q.id, s.id);
            if (s.kind == SectionKind::Body && !q.scored)
                add(Severity::Advice,
                    "This question is not scored but sits in the body of the interview: move it to the opener or "
                    "the close, or score it.",
                    q.id, s.id);
        }
    }
    check_secondary_only(kit, findings);
}

}  // namespace ikit
