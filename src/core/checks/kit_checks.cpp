#include "checks/kit_checks.h"

#include "checks/check_steps.h"
#include "checks/plan_checks.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "util/text.h"

#include <algorithm>
#include <map>
#include <utility>

namespace ikit {

std::string to_id(Severity severity) {
    switch (severity) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Advice: return "advice";
    }
    return "advice";
}

std::optional<Severity> severity_from_id(std::string_view id) {
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Advice})
        if (iequals(id, to_id(s))) return s;
    return std::nullopt;
}

bool has_errors(const std::vector<Finding>& findings) {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}

std::string check_summary_line(const std::vector<Finding>& findings, const std::string& date) {
    return check_summary_line(findings, date, ui_translator());
}

std::string check_summary_line(const std::vector<Finding>& findings, const std::string& date,
                               const Translator& labels) {
    int errors = 0, warnings = 0;
    for (const auto& f : findings) {
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
    }
    if (errors == 0 && warnings == 0) return fill(labels.tr("Kit check: passed on {1}"), {date});
    const auto count = [](int n) { return static_cast<unsigned long>(n); };
    // TRANSLATORS: {1} is the date, {2} "3 errors", {3} "1 warning".
    return fill(labels.tr("Kit check on {1}: {2}, {3} — fix them before the interview"),
                {date, fill(labels.trn("{1} error", "{1} errors", count(errors)), {std::to_string(errors)}),
                 fill(labels.trn("{1} warning", "{1} warnings", count(warnings)), {std::to_string(warnings)})});
}

std::string quote_question(const std::string& text) {
    constexpr std::size_t kMaxQuoted = 60;
    std::string t = trim(text);
    if (t.size() > kMaxQuoted) {
        std::size_t cut = t.rfind(' ', kMaxQuoted);
        t = (cut == std::string::npos || cut < kMaxQuoted / 2 ? utf8_prefix(t, kMaxQuoted) : t.substr(0, cut)) +
            "\xE2\x80\xA6";  // …
    }
    return "\"" + t + "\"";
}

std::vector<Finding> check_kit(const Kit& kit, const QuestionRules& rules) {
    std::vector<Finding> findings;
    check_wording(kit, rules, findings);
    check_coverage(kit, findings);
    check_time(kit, findings);
    check_shape(kit, findings);
    check_scoring(kit, findings);
    check_duplicates(kit, findings);
    check_plan(kit, findings);
    check_pools(kit, findings);

    // Position in the kit: the whole kit first, then each section, then its questions in order.
    std::map<std::string, std::pair<int, int>> question_at, section_at;
    for (std::size_t s = 0; s < kit.sections.size(); ++s) {
        section_at.emplace(kit.sections[s].id, std::make_pair(static_cast<int>(s), 0));
        for (std::size_t q = 0; q < kit.sections[s].questions.size(); ++q)
            question_at.emplace(kit.sections[s].questions[q].id,
                                std::make_pair(static_cast<int>(s), static_cast<int>(q) + 1));
    }
    const auto position = [&](const Finding& f) {
        if (const auto it = question_at.find(f.question_id); !f.question_id.empty() && it != question_at.end())
            return it->second;
        if (const auto it = section_at.find(f.section_id); !f.section_id.empty() && it != section_at.end())
            return it->second;
        return std::make_pair(-1, -1);
    };
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
        if (a.severity != b.severity) return static_cast<int>(a.severity) < static_cast<int>(b.severity);
        return position(a) < position(b);
    });
    return findings;
}

}  // namespace ikit
