#include "checks/check_steps.h"

#include "checks/double_barrel.h"
#include "checks/question_rules.h"
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
                // What is wrong, why, and what to do; the better wording itself goes in the suggestion.
                std::string message = rule->is_topic ? "Asks about a protected topic (" + protected_topic_label(*rule) + ")."
                                                      : rule->name + ".";
                if (!rule->why.empty()) message += " " + rule->why;
                if (rule->is_topic)
                    message += rule->instead.empty() ? " Remove the question."
                                                     : " Remove the question, or ask the lawful one suggested instead.";
                else
                    message += rule->instead.empty() ? " Reword it." : " Reword it along the lines suggested.";
                findings.push_back({rule_severity(*rule), rule->is_topic ? "protected-topic" : "wording", message, q.id,
                                    s.id, rule->instead});
            }
            const std::string head = q.text.substr(0, kMaxRuleTextChars);  // the same bound as the rules
            if (const std::string second = double_barrelled_part(head); !second.empty())
                findings.push_back({Severity::Advice, "wording",
                                    "Double-barrelled: it also asks \"" + second +
                                        "\", so the candidate can answer only the easier half. Split it into two "
                                        "questions or drop one.",
                                    q.id, s.id, {}});
        }
}

}  // namespace ikit
