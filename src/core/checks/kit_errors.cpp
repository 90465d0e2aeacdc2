#include "checks/kit_errors.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"

namespace ikit {

std::vector<Finding> error_findings(const std::vector<Finding>& findings) {
    std::vector<Finding> errors;
    for (const Finding& f : findings)
        if (f.severity == Severity::Error) errors.push_back(f);
    return errors;
}

std::vector<Finding> kit_errors(const Kit& kit, const QuestionRules& rules) {
    return error_findings(check_kit(kit, rules));
}

namespace {
/// "Question N" for a question id (numbered across sections), or "" when the kit has no such question.
std::string question_place(const Kit& kit, const std::string& id) {
    int number = 0;
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) {
            ++number;
            if (q.id == id) return fill(tr("Question {1}"), {std::to_string(number)});
        }
    return {};
}
}  // namespace

std::vector<std::string> error_lines(const Kit& kit, const std::vector<Finding>& errors) {
    std::vector<std::string> lines;
    for (const Finding& f : errors) {
        std::string place = f.question_id.empty() ? std::string() : question_place(kit, f.question_id);
        if (place.empty() && !f.section_id.empty())
            if (const KitSection* s = kit.find_section(f.section_id)) place = fill(tr("Section “{1}”"), {s->title});
        // TRANSLATORS: {1} is where ("Question 3", "Section “Close”"), {2} the finding's message.
        lines.push_back(place.empty() ? f.message : fill(tr("{1}: {2}"), {place, f.message}));
    }
    return lines;
}

}  // namespace ikit
