#include "scoring/calibration.h"

#include "i18n/text_fill.h"
#include "scoring/combination.h"
#include "util/text.h"

#include <cmath>
#include <cstdio>

namespace ikit {

double InterviewerCalibration::no_evidence_share() const {
    const int asked = ratings + no_evidence;
    return asked == 0 ? 0.0 : static_cast<double>(no_evidence) / asked;
}

std::string InterviewerCalibration::advice() const { return advice(Translator()); }

std::string InterviewerCalibration::advice(const Translator& language) const {
    if (!difference || compared < kCalibrationAdviceCandidates || std::fabs(*difference) < kCalibrationAdvicePoints - 1e-9)
        return "";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", std::fabs(*difference));
    const std::string candidates = std::to_string(compared);
    const auto n = static_cast<unsigned long>(compared);
    if (*difference > 0)
        // TRANSLATORS: calibration advice, printed after the interviewer's name ("Lee rates 2.00 points …"):
        // {1} the average difference in points (e.g. 2.00), {2} the number of candidates (5 or more).
        return fill(language.trn("rates {1} points above the panel on average over {2} candidate (lenient): go through "
                                 "the rubric anchors together",
                                 "rates {1} points above the panel on average over {2} candidates (lenient): go through "
                                 "the rubric anchors together",
                                 n),
                    {buffer, candidates});
    // TRANSLATORS: calibration advice, printed after the interviewer's name ("Kim rates 1.50 points …"):
    // {1} the average difference in points (e.g. 1.50), {2} the number of candidates (5 or more).
    return fill(language.trn("rates {1} points below the panel on average over {2} candidate (severe): go through the "
                             "rubric anchors together",
                             "rates {1} points below the panel on average over {2} candidates (severe): go through the "
                             "rubric anchors together",
                             n),
                {buffer, candidates});
}

void CalibrationBuilder::add(const ScoreSheet& sheet) {
    ++sheets_;
    struct CardMean {
        Totals* totals;
        std::optional<double> mean;
    };
    std::vector<CardMean> means;
    for (const auto& card : sheet.scorecards) {
        const std::string key = ascii_lower(trim(card.interviewer));
        Totals& t = totals_[key];
        if (t.name.empty()) t.name = trim(card.interviewer);
        ++t.scorecards;
        double sum = 0;
        int count = 0;
        for (const auto& q : card.questions) {
            if (!q.rating) {
                ++t.no_evidence;
                continue;
            }
            sum += *q.rating;
            t.sum_squares += static_cast<double>(*q.rating) * *q.rating;
            ++count;
        }
        if (count == 0)  // a scorecard of summary ratings only
            for (const auto& c : card.competencies)
                if (c.rating) {
                    sum += *c.rating;
                    t.sum_squares += static_cast<double>(*c.rating) * *c.rating;
                    ++count;
                }
        t.sum += sum;
        t.ratings += count;
        means.push_back({&t, count ? std::optional<double>(sum / count) : std::nullopt});
    }
    std::vector<double> values;
    for (const auto& m : means)
        if (m.mean) values.push_back(*m.mean);
    if (values.size() < 2) return;
    const double median = *median_of(values);
    for (const auto& m : means)
        if (m.mean) {
            m.totals->difference_sum += *m.mean - median;
            ++m.totals->compared;
        }
}

void CalibrationBuilder::merge(const CalibrationBuilder& later) {
    sheets_ += later.sheets_;
    for (const auto& [key, t] : later.totals_) {
        Totals& mine = totals_[key];
        if (mine.name.empty()) mine.name = t.name;
        mine.scorecards += t.scorecards;
        mine.ratings += t.ratings;
        mine.no_evidence += t.no_evidence;
        mine.compared += t.compared;
        mine.sum += t.sum;
        mine.sum_squares += t.sum_squares;
        mine.difference_sum += t.difference_sum;
    }
}

std::vector<InterviewerCalibration> CalibrationBuilder::result() const {
    std::vector<InterviewerCalibration> out;
    for (const auto& [key, t] : totals_) {
        InterviewerCalibration c;
        c.unnamed = t.name.empty();
        c.interviewer = c.unnamed ? std::string("(no name)") : t.name;
        c.scorecards = t.scorecards;
        c.ratings = t.ratings;
        c.no_evidence = t.no_evidence;
        if (t.ratings > 0) {
            c.mean = t.sum / t.ratings;
            c.spread = std::sqrt(std::max(0.0, t.sum_squares / t.ratings - *c.mean * *c.mean));
        }
        c.compared = t.compared;
        if (t.compared > 0) c.difference = t.difference_sum / t.compared;
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace ikit
