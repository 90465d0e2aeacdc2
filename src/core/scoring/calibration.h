#pragma once
/// \file calibration.h
/// How each interviewer rates compared with the panels they sat on (docs/scoring.md, "Calibration"), from
/// score files alone (no kit needed), added one sheet at a time so thousands of files need little memory.

#include "i18n/translator.h"
#include "model/score_sheet.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ikit {

/// An interviewer's average difference from the panel this large (either way) …
constexpr double kCalibrationAdvicePoints = 1.0;
/// … over at least this many candidates earns advice.
constexpr int kCalibrationAdviceCandidates = 5;

/// One interviewer's figures.
struct InterviewerCalibration {
    std::string interviewer;          ///< the name as first met; "(no name)" when none was given
    bool unnamed = false;             ///< no name was given (reports show "(no name)" in their language)
    int scorecards = 0;               ///< scorecards written
    int ratings = 0;                  ///< ratings with a number
    int no_evidence = 0;              ///< question ratings left empty
    std::optional<double> mean;       ///< mean of the ratings
    std::optional<double> spread;     ///< their population standard deviation
    int compared = 0;                 ///< candidates on which a panel median could be compared (2+ scorecards)
    std::optional<double> difference; ///< mean of (own mean − panel median) over those candidates
    /// The share of question ratings left empty (0 when none were asked).
    double no_evidence_share() const;
    /// Advice when |difference| ≥ 1 over ≥ 5 candidates, else "": in English (machine output, the CSV).
    std::string advice() const;
    /// The same advice in `language`'s words (the text report), to follow the interviewer's name.
    std::string advice(const Translator& language) const;
};

/// Adds score sheets one by one and reports per interviewer.
class CalibrationBuilder {
public:
    /// Counts one candidate's sheet.
    void add(const ScoreSheet& sheet);
    /// Adds what `later` counted, as if its sheets had been added after this one's (so a list read in two
    /// halves on two threads gives the result of reading it in order, names as first met included).
    void merge(const CalibrationBuilder& later);
    /// Sheets added.
    int sheets() const { return sheets_; }
    /// One entry per interviewer (names compared ignoring case and surrounding blanks), by name.
    std::vector<InterviewerCalibration> result() const;

private:
    struct Totals {
        std::string name;
        int scorecards = 0, ratings = 0, no_evidence = 0, compared = 0;
        double sum = 0, sum_squares = 0, difference_sum = 0;
    };
    std::map<std::string, Totals> totals_;
    int sheets_ = 0;
};

}  // namespace ikit
