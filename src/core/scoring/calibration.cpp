#include "scoring/calibration.h"

#include "scoring/combination.h"
#include "util/text.h"

#include <cmath>
#include <cstdio>

namespace ikit {

double InterviewerCalibration::no_evidence_share() const {
    const int asked = ratings + no_evidence;
    return asked == 0 ? 0.0 : static_cast<double>(no_evidence) / asked;
}

std::string InterviewerCalibration::advice() const {
    if (!difference || compared < kCalibrationAdviceCandidates || std::fabs(*difference) < kCalibrationAdvicePoints - 1e-9)
        return "";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", std::fabs(*difference));
    return std::string("rates ") + buffer + (*difference > 0 ? " points above" : " points below") +
           " the panel on average over " + std::to_string(compared) + " candidates (" +
           (*difference > 0 ? "lenient" : "severe") + "): go through the rubric anchors together";
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

std::vector<InterviewerCalibration> CalibrationBuilder::result() const {
    std::vector<InterviewerCalibration> out;
    for (const auto& [key, t] : totals_) {
        InterviewerCalibration c;
        c.interviewer = t.name.empty() ? std::string("(no name)") : t.name;
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
