#include "checks/check_steps.h"

#include "checks/double_barrel.h"
#include "util/text.h"

namespace ikit {

namespace {

Severity rule_severity(const QuestionRule& rule) {
    return severity_from_id(rule.severity).value_or(rule.is_topic ? Severity::Error : Severity::Warning);
}

}  // namespace

void check_wording(const Kit& kit, const QuestionRules& rules, std::vector<Finding>& findings) {
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) {
            if (trim(q.text).empty()) {
                findings.push_back({Severity::Warning, "wording",
                                    "The question has no text: write the question or remove it.", q.id, s.id, {}});
                continue;
            }
            if (q.text.size() > kMaxRuleTextChars)
                findings.push_back({Severity::Warning, "wording",
                                    "The question is " + std::to_string(q.text.size()) +
                                        " characters long, too long to read out: keep it to a sentence or two (the "
                                        "wording checks read only the first " +
                                        std::to_string(kMaxRuleTextChars) + ").",
                                    q.id, s.id, {}});
            for (const QuestionRule* rule : match_question_rules(rules, q.text, q.type == QuestionType::Behavioural)) {
                std::string message;
                if (rule->is_topic) {
                    message = "Asks about a protected topic (" + rule->name + "): remove the question" +
                              (rule->instead.empty() ? "." : ", or ask only what the job requires instead.");
                } else {
                    message = rule->name + ": reword it" +
                              (rule->instead.empty() ? "." : ", for example as in the suggestion.");
                }
                if (!rule->why.empty()) message += " " + rule->why;
                findings.push_back({rule_severity(*rule), rule->is_topic ? "protected-topic" : "wording", message, q.id,
                                    s.id, rule->instead});
            }
            if (const std::string second = double_barrelled_part(q.text); !second.empty())
                findings.push_back({Severity::Advice, "wording",
                                    "Double-barrelled: it also asks \"" + second +
                                        "\", so the candidate can answer only the easier half. Split it into two "
                                        "questions or drop one.",
                                    q.id, s.id, {}});
        }
}

}  // namespace ikit
