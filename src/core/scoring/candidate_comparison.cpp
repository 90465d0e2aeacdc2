#include "scoring/candidate_comparison.h"

#include "i18n/text_fill.h"
#include "scoring/asked_variants.h"
#include "util/text.h"

#include <algorithm>
#include <cmath>

namespace ikit {

std::string ComparedCompetency::flags() const { return flags(Translator()); }

std::string ComparedCompetency::flags(const Translator& language) const {
    std::vector<std::string> parts;
    if (split) parts.push_back(language.tr("split"));
    if (single_rater) parts.push_back(language.tr("single rater"));
    if (!score) parts.push_back(language.tr("no evidence"));
    return join(parts, "; ");
}

std::string ComparisonRow::flags() const { return flags(Translator()); }

std::string ComparisonRow::flags(const Translator& language) const {
    std::vector<std::string> parts;
    // TRANSLATORS: a comparison's flag: {1} the required competencies without evidence.
    if (incomplete) parts.push_back(fill(language.tr("incomplete ({1})"), {join(missing, ", ")}));
    if (mismatch.questions) parts.push_back(language.tr("kit changed"));
    else if (mismatch.title) parts.push_back(language.tr("kit renamed"));
    if (tied) parts.push_back(language.tr("tied"));
    if (!composite) parts.push_back(language.tr("no evidence"));
    return join(parts, "; ");
}

Comparison compare_candidates(const Kit& kit, const std::vector<ScoreSheet>& sheets) {
    Comparison result;
    const std::string fingerprint = kit_fingerprint(kit);
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const ScoreSheet& sheet = sheets[i];
        const Combination c = combine(kit, sheet);
        if (i == 0)
            for (const auto& competency : c.competencies) {
                result.competency_ids.push_back(competency.id);
                result.competency_names.push_back(competency.name);
            }
        ComparisonRow row;
        row.sheet = i;
        row.candidate = sheet.candidate;
        row.reference = sheet.reference;
        row.composite = c.composite;
        row.incomplete = c.incomplete;
        row.missing = c.missing;
        row.mismatch.title = sheet.kit.title != kit.properties.title;
        row.mismatch.questions = sheet.kit.fingerprint != fingerprint;
        for (const auto& competency : c.competencies)
            row.competencies.push_back({competency.median, competency.split, competency.single_rater()});
        for (const AskedVariant& asked : asked_variants(kit, sheet)) row.variants.push_back(asked.member);
        result.rows.push_back(std::move(row));
    }
    const VariantRoster pools = variant_roster(kit, {});
    for (std::size_t i = 0; i < pools.questions.size(); ++i)
        result.pooled.push_back({pools.questions[i]->id, pools.numbers[i], pools.questions[i]->pool.size()});
    // Composites are compared in hundredths, as shown.
    auto hundredths = [](const ComparisonRow& r) { return std::llround(*r.composite * 100.0); };
    std::stable_sort(result.rows.begin(), result.rows.end(), [&](const ComparisonRow& a, const ComparisonRow& b) {
        if (a.composite.has_value() != b.composite.has_value()) return a.composite.has_value();
        if (a.composite && hundredths(a) != hundredths(b)) return hundredths(a) > hundredths(b);
        return a.candidate < b.candidate;
    });
    for (std::size_t i = 0; i < result.rows.size() && result.rows[i].composite; ++i) {
        auto& row = result.rows[i];
        const bool same_as_previous = i > 0 && hundredths(result.rows[i - 1]) == hundredths(row);
        row.rank = same_as_previous ? result.rows[i - 1].rank : static_cast<int>(i + 1);
        if (same_as_previous) row.tied = result.rows[i - 1].tied = true;
    }
    return result;
}

}  // namespace ikit
