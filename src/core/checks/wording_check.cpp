#include "checks/check_steps.h"

#include "checks/double_barrel.h"
#include "checks/question_rules.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
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
                                    tr("The question has no text: write the question or remove it."), q.id, s.id, {}});
                continue;
            }
            if (q.text.size() > kMaxRuleTextChars)
                findings.push_back({Severity::Warning, "wording",
                                    fill(tr("The question is {1} characters long, too long to read out: keep it to a "
                                            "sentence or two (the wording checks read only the first {2})."),
                                         {std::to_string(q.text.size()), std::to_string(kMaxRuleTextChars)}),
                                    q.id, s.id, {}});
            for (const QuestionRule* rule : match_question_rules(rules, q.text, q.type == QuestionType::Behavioural)) {
                // What is wrong, why, and what to do, in whole sentences (the rule's name and why are the rule
                // file's own words); the better wording itself goes in the suggestion.
                std::string message = rule->is_topic
                                          ? fill(tr("Asks about a protected topic ({1})."), {protected_topic_label(*rule)})
                                          : rule->name + ".";
                if (!rule->why.empty()) message += " " + rule->why;
                if (rule->is_topic)
                    message += " " + (rule->instead.empty() ? tr("Remove the question.")
                                                            : tr("Remove the question, or ask the lawful one suggested "
                                                                 "instead."));
                else
                    message += " " + (rule->instead.empty() ? tr("Reword it.") : tr("Reword it along the lines suggested."));
                findings.push_back({rule_severity(*rule), rule->is_topic ? "protected-topic" : "wording", message, q.id,
                                    s.id, rule->instead});
            }
            const std::string head = q.text.substr(0, kMaxRuleTextChars);  // the same bound as the rules
            if (const std::string second = double_barrelled_part(head); !second.empty())
                findings.push_back({Severity::Advice, "wording",
                                    fill(tr("Double-barrelled: it also asks \"{1}\", so the candidate can answer "
                                            "only the easier half. Split it into two questions or drop one."),
                                         {second}),
                                    q.id, s.id, {}});
        }
}

}  // namespace ikit
