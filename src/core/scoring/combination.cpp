#include "scoring/combination.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "scoring/scored_questions.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace ikit {

namespace {

constexpr double kTolerance = 1e-9;

// "Ana (Panel)" when Ana has more than one scorecard on the sheet, else "Ana".
std::vector<Rater> raters_of(const Kit& kit, const ScoreSheet& sheet) {
    std::map<std::string, int> cards_per_name;
    for (const auto& card : sheet.scorecards) ++cards_per_name[card.interviewer];
    std::vector<Rater> raters;
    for (const auto& card : sheet.scorecards) {
        Rater r;
        r.interviewer = card.interviewer;
        r.interview_id = card.interview_id;
        if (const Interview* interview = kit.plan.find(card.interview_id)) r.interview_name = interview->name;
        r.label = card.interviewer.empty() ? std::string("Interviewer") : card.interviewer;
        if (cards_per_name[card.interviewer] > 1) {
            const std::string& interview = r.interview_name.empty() ? card.interview_id : r.interview_name;
            if (!interview.empty()) r.label += " (" + interview + ")";
        }
        r.recommendation = card.recommendation;
        r.submitted = !card.submitted.empty();
        raters.push_back(std::move(r));
    }
    return raters;
}

// One rater's rating of `competency` from `card`: the summary's, else the mean of the main-competency questions.
RaterScore rate(const Kit& kit, const InterviewerScorecard& card, const std::string& competency,
                const std::string& who, std::vector<NotCounted>& not_counted) {
    RaterScore score;
    for (const auto& c : card.competencies) {
        if (c.competency_id != competency || !c.rating) continue;
        const RatingScale scale = competency_scale(kit, competency);
        if (!scale.contains(*c.rating)) {
            // TRANSLATORS: a debrief's rating left out: {1} the interviewer, {2} the rating, {3} the competency id,
            // {4}–{5} the scale.
            not_counted.push_back({N_("{1}: summary rating {2} of {3} is off its scale {4}\xE2\x80\x93{5}"),
                                   {who, std::to_string(*c.rating), competency, std::to_string(scale.low),
                                    std::to_string(scale.high)}});
            continue;
        }
        score.rating = *c.rating;
        score.from_summary = true;
        score.evidence = c.evidence;
        return score;
    }
    double sum = 0;
    std::vector<std::string> notes;
    for (const auto& r : card.questions) {
        if (!r.rating) continue;
        const KitQuestion* q = kit.find_question(r.question_id);
        if (!q || !is_scored(*q) || q->competency_ids.empty() || q->competency_ids.front() != competency) continue;
        if (!question_scale(*q).contains(*r.rating)) continue;  // reported once, by the sheet-wide pass
        sum += *r.rating;
        ++score.questions;
        if (!r.evidence.empty()) notes.push_back(r.evidence);
    }
    if (score.questions > 0) score.rating = sum / score.questions;
    for (const auto& c : card.competencies)
        if (c.competency_id == competency && !c.evidence.empty()) notes.insert(notes.begin(), c.evidence);
    for (std::size_t i = 0; i < notes.size(); ++i) score.evidence += (i ? "\n" : "") + notes[i];
    return score;
}

// The question ratings the combination cannot use, each with why.
void list_unusable_question_ratings(const Kit& kit, const ScoreSheet& sheet, const std::vector<Rater>& raters,
                                    std::vector<NotCounted>& not_counted) {
    for (std::size_t i = 0; i < sheet.scorecards.size(); ++i) {
        for (const auto& r : sheet.scorecards[i].questions) {
            if (!r.rating) continue;
            const KitQuestion* q = kit.find_question(r.question_id);
            const std::string& who = raters[i].label;
            if (!q) {
                // TRANSLATORS: a debrief's rating left out: {1} the interviewer, {2} the question id.
                not_counted.push_back({N_("{1}: question {2} is not in the kit"), {who, r.question_id}});
            } else if (!is_scored(*q)) {
                // TRANSLATORS: a debrief's rating left out: {1} the interviewer, {2} the question id.
                not_counted.push_back({N_("{1}: question {2} is not scored in the kit"), {who, r.question_id}});
            } else if (!question_scale(*q).contains(*r.rating)) {
                const RatingScale s = question_scale(*q);
                // TRANSLATORS: {1} the interviewer, {2} the question id, {3} the rating, {4}–{5} the scale.
                not_counted.push_back({N_("{1}: question {2}: rating {3} is off its scale {4}\xE2\x80\x93{5}"),
                                       {who, r.question_id, std::to_string(*r.rating), std::to_string(s.low),
                                        std::to_string(s.high)}});
            } else if (q->competency_ids.empty()) {
                // TRANSLATORS: a debrief's rating left out: {1} the interviewer, {2} the question id.
                not_counted.push_back({N_("{1}: question {2} has no competency"), {who, r.question_id}});
            }
        }
    }
}

std::vector<RecommendationCount> tally_of(const Kit& kit, const std::vector<Rater>& raters, int& none) {
    std::vector<RecommendationCount> tally;
    for (const auto& label : kit.recommendation_labels) tally.push_back({label, 0, true});
    for (const auto& r : raters) {
        if (r.recommendation.empty()) {
            ++none;
            continue;
        }
        auto it = std::find_if(tally.begin(), tally.end(), [&](const auto& t) { return t.label == r.recommendation; });
        if (it == tally.end()) {
            tally.push_back({r.recommendation, 0, false});
            it = tally.end() - 1;
        }
        ++it->count;
    }
    return tally;
}

// Splits first (widest range first), then competencies rated by one rater, then those without evidence, then
// the rest; kit order within each group.
std::vector<std::size_t> discussion_order_of(const std::vector<CompetencyScore>& competencies) {
    auto group = [](const CompetencyScore& c) { return c.split ? 0 : c.single_rater() ? 1 : c.no_evidence() ? 2 : 3; };
    std::vector<std::size_t> order(competencies.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto& x = competencies[a];
        const auto& y = competencies[b];
        if (group(x) != group(y)) return group(x) < group(y);
        if (x.split) return (*x.high - *x.low) > (*y.high - *y.low) + kTolerance;
        return false;
    });
    return order;
}

}  // namespace

std::string NotCounted::text(const Translator& language) const {
    auto value = [&](std::size_t i) { return i < values.size() ? std::string_view(values[i]) : std::string_view(); };
    return fill(language.tr(why), {value(0), value(1), value(2), value(3), value(4)});
}

const CompetencyScore* Combination::find(const std::string& id) const {
    for (const auto& c : competencies)
        if (c.id == id) return &c;
    return nullptr;
}

std::optional<double> median_of(std::vector<double> values) {
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

double round_to_hundredths(double value) { return std::round(value * 100.0 + (value >= 0 ? kTolerance : -kTolerance)) / 100.0; }

std::string score_text(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", round_to_hundredths(value));
    std::string text = buffer;
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
}

std::string composite_text(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", round_to_hundredths(value));
    return buffer;
}

Combination combine(const Kit& kit, const ScoreSheet& sheet) {
    Combination result;
    result.raters = raters_of(kit, sheet);
    list_unusable_question_ratings(kit, sheet, result.raters, result.not_counted_reasons);

    std::set<std::string> named;
    for (const auto& c : kit.competencies) named.insert(c.id);
    for (const std::string& id : scored_competency_ids(kit)) {
        CompetencyScore score;
        score.id = id;
        score.name = kit.competency_name(id);
        score.required = named.count(id) > 0;
        for (const auto& c : kit.competencies)
            if (c.id == id) score.weight = c.weight;
        std::vector<double> ratings;
        for (std::size_t i = 0; i < sheet.scorecards.size(); ++i) {
            score.raters.push_back(
                rate(kit, sheet.scorecards[i], id, result.raters[i].label, result.not_counted_reasons));
            if (score.raters.back().rating) ratings.push_back(*score.raters.back().rating);
        }
        score.rated_by = static_cast<int>(ratings.size());
        score.median = median_of(ratings);
        if (!ratings.empty()) {
            score.low = *std::min_element(ratings.begin(), ratings.end());
            score.high = *std::max_element(ratings.begin(), ratings.end());
            score.split = *score.high - *score.low >= kSplitPoints - kTolerance;
        }
        result.competencies.push_back(std::move(score));
    }

    double weighted = 0, weights = 0;
    for (const auto& c : result.competencies) {
        if (c.median && c.weight > 0) {
            weighted += c.weight * *c.median;
            weights += c.weight;
        }
        if (c.required && c.no_evidence()) result.missing.push_back(c.id);
    }
    if (weights > 0) result.composite = round_to_hundredths(weighted / weights);
    result.incomplete = !result.missing.empty();
    result.tally = tally_of(kit, result.raters, result.no_recommendation);
    result.discussion_order = discussion_order_of(result.competencies);
    const Translator english;
    for (const auto& n : result.not_counted_reasons) result.not_counted.push_back(n.text(english));
    return result;
}

}  // namespace ikit
