#pragma once
/// \file score_csv.h
/// Scores from a spreadsheet (assets/schema/score-csv-format.md): a template with one row per interviewer ×
/// question, competency and recommendation, and reading it back as a score sheet, every bad cell reported.

#include "model/kit.h"
#include "model/score_sheet.h"

#include <string>
#include <string_view>
#include <vector>

namespace ikit {

/// The columns of a scores CSV, in template order.
const std::vector<std::string>& score_csv_columns();

/// What a template holds.
struct ScoreTemplateOptions {
    std::string interview;                  ///< only this interview of the plan (its name or id); "" = every one
    std::vector<std::string> interviewers;  ///< these names for every interview; empty = the plan's interviewers
};

/// The template for `kit`: a header, then per interview (one when the kit has no plan) and interviewer, a row
/// per scored question of the interview, per competency it gives evidence of and one for the recommendation,
/// with empty ratings; CRLF line ends and a UTF-8 byte-order mark, as spreadsheets expect. Throws Error when
/// `options.interview` names no interview of the plan (or the kit has none).
std::string score_csv_template(const Kit& kit, const ScoreTemplateOptions& options);

/// The result of reading a scores CSV.
struct ScoreCsvImport {
    ScoreSheet sheet;                 ///< the scorecards read (complete only when `errors` is empty)
    std::vector<std::string> errors;  ///< one line per bad cell: "file:line: row N, column F (rating): …"
};

/// Reads a scores CSV for `kit` (any column order; LibreOffice and Excel variants, see parse_csv; "4.0" and
/// "4,0" read as 4). One scorecard per interviewer and interview, in the order first met, submitted `today`.
/// Every bad cell is listed in `errors`; the sheet's candidate and reference are left for the caller. Throws
/// Error for a file that is not CSV at all (see parse_csv) or lacks a required column.
ScoreCsvImport import_score_csv(const Kit& kit, std::string_view text, const std::string& file_name,
                                const std::string& today);

}  // namespace ikit
