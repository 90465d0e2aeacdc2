#pragma once
/// \file score_reports.h
/// The debrief, the comparison and the calibration report as plain text and CSV (the command line's
/// `--format text|csv`; the PDFs are drawn in export/ from the same figures).

#include "scoring/calibration.h"
#include "scoring/candidate_comparison.h"
#include "scoring/combination.h"
#include "scoring/kit_fingerprint.h"

#include <string>
#include <vector>

namespace ikit {

/// What a debrief is about: the sheet, the kit and how they combine.
struct DebriefInput {
    const Kit& kit;                  ///< the kit scored against
    const ScoreSheet& sheet;         ///< the candidate's ratings
    const Combination& combination;  ///< combine(kit, sheet)
    KitMismatch mismatch;            ///< compare_kit_identity(sheet.kit, kit)
};

/// The debrief as text: a warning when the kit differs, the composite, the discussion order, per competency the
/// median, range, flags and each interviewer's rating and evidence, the recommendation tally and the ratings
/// left out.
std::string debrief_text(const DebriefInput& debrief);

/// The debrief as CSV (CRLF, UTF-8 with a byte-order mark), columns kind,item,label,interviewer,rating,low,high,
/// evidence,flags: a "kit" row when the kit differs, a "composite" row, per competency in discussion order a
/// "competency" row then one "rating" row per interviewer, one "recommendation" row per label, one
/// "not-counted" row per rating left out.
std::string debrief_csv(const DebriefInput& debrief);

/// The comparison as text: one line per candidate with rank, composite, each competency's score and flags.
std::string comparison_text(const Kit& kit, const Comparison& comparison);

/// The comparison as CSV: candidate,composite,rank,<competency id>…,flags (a competency's flags in brackets
/// after its score, e.g. "3.5 [split]").
std::string comparison_csv(const Comparison& comparison);

/// The calibration report as text, advice last.
std::string calibration_text(const std::vector<InterviewerCalibration>& interviewers, int sheets);

/// The calibration report as CSV: interviewer,scorecards,mean,spread,difference,compared,no_evidence,advice.
std::string calibration_csv(const std::vector<InterviewerCalibration>& interviewers);

}  // namespace ikit
