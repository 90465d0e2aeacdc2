#include "checks/check_steps.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"

namespace ikit {

void check_time(const Kit& kit, std::vector<Finding>& findings) {
    const auto add = [&](Severity severity, std::string message, std::string question_id = {},
                         std::string section_id = {}) {
        findings.push_back({severity, "time", std::move(message), std::move(question_id), std::move(section_id), {}});
    };
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions)
            if (q.minutes <= 0)
                add(Severity::Warning, tr("No time is planned for this question: set its minutes so the plan adds up."),
                    q.id, s.id);

    // With a plan each interview has its own length, checked by check_plan instead of the kit's.
    if (kit.question_count() == 0 || !kit.plan.empty()) return;
    const int length = kit.properties.length_minutes;
    const int reserved = kit.reserved_minutes();
    const int planned = kit.planned_minutes() + reserved;
    if (length <= 0) {
        add(Severity::Advice, fill(tr("The interview length is not set: set it so the planned {1} minutes of "
                                      "questions can be checked against it."),
                                   {std::to_string(planned)}));
        return;
    }
    // Places: {1} planned minutes, {2} minutes reserved for the candidate, {3} the interview's length,
    // {4} the minutes over, or the minutes left, {5} the least to leave.
    const std::string planned_text = std::to_string(planned), reserved_text = std::to_string(reserved),
                      length_text = std::to_string(length);
    if (planned > length) {
        const std::string over = std::to_string(planned - length);
        add(Severity::Warning,
            fill(reserved > 0
                     ? tr("The questions and the {2} minutes reserved for the candidate's questions come to {1} "
                          "minutes, {4} more than the {3}-minute interview: shorten or remove questions, or lengthen "
                          "the interview.")
                     : tr("The questions are planned at {1} minutes, {4} more than the {3}-minute interview: shorten "
                          "or remove questions, or lengthen the interview."),
                 {planned_text, reserved_text, length_text, over}));
    } else if (reserved > 0 && length - planned < kMinSlackMinutes) {
        const int free = length - planned;
        add(Severity::Advice,
            fill(trn("The questions and the {2} minutes reserved for the candidate's questions come to {1} minutes "
                     "of the {3}-minute interview, leaving {4} minute of slack: leave at least {5} for overruns by "
                     "trimming a question or lengthening the interview.",
                     "The questions and the {2} minutes reserved for the candidate's questions come to {1} minutes "
                     "of the {3}-minute interview, leaving {4} minutes of slack: leave at least {5} for overruns by "
                     "trimming a question or lengthening the interview.",
                     static_cast<unsigned long>(free)),
                 {planned_text, reserved_text, length_text, std::to_string(free), std::to_string(kMinSlackMinutes)}));
    } else if (reserved == 0 && length - planned < kCandidateQuestionMinutes) {
        const int free = length - planned;
        add(Severity::Advice,
            fill(trn("The questions are planned at {1} minutes of the {3}-minute interview, leaving {4} minute for "
                     "the candidate's own questions: leave at least {5} by trimming a question or lengthening the "
                     "interview.",
                     "The questions are planned at {1} minutes of the {3}-minute interview, leaving {4} minutes for "
                     "the candidate's own questions: leave at least {5} by trimming a question or lengthening the "
                     "interview.",
                     static_cast<unsigned long>(free)),
                 {planned_text, reserved_text, length_text, std::to_string(free),
                  std::to_string(kCandidateQuestionMinutes)}));
    }
}

}  // namespace ikit
