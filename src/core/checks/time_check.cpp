#include "checks/check_steps.h"

namespace ikit {

void check_time(const Kit& kit, std::vector<Finding>& findings) {
    const auto add = [&](Severity severity, std::string message, std::string question_id = {},
                         std::string section_id = {}) {
        findings.push_back({severity, "time", std::move(message), std::move(question_id), std::move(section_id), {}});
    };
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions)
            if (q.minutes <= 0)
                add(Severity::Warning, "No time is planned for this question: set its minutes so the plan adds up.", q.id,
                    s.id);

    // With a plan each interview has its own length, checked by check_plan instead of the kit's.
    if (kit.question_count() == 0 || !kit.plan.empty()) return;
    const int length = kit.properties.length_minutes;
    const int planned = kit.planned_minutes();
    if (length <= 0) {
        add(Severity::Advice, "The interview length is not set: set it so the planned " + std::to_string(planned) +
                                  " minutes of questions can be checked against it.");
        return;
    }
    const std::string plan = "The questions are planned at " + std::to_string(planned) + " minutes";
    if (planned > length) {
        add(Severity::Warning, plan + ", " + std::to_string(planned - length) + " more than the " +
                                   std::to_string(length) +
                                   "-minute interview: shorten or remove questions, or lengthen the interview.");
    } else if (length - planned < kCandidateQuestionMinutes) {
        const int free = length - planned;
        add(Severity::Advice, plan + " of the " + std::to_string(length) + "-minute interview, leaving " +
                                  std::to_string(free) + (free == 1 ? " minute" : " minutes") +
                                  " for the candidate's own questions: leave at least " +
                                  std::to_string(kCandidateQuestionMinutes) +
                                  " by trimming a question or lengthening the interview.");
    }
}

}  // namespace ikit
