#pragma once
/// \file score_inputs.h
/// What the score commands share: reading score files named on the command line (or found in folders),
/// writing a result to -o or standard output, and checking dates.

#include "arg_parser.h"
#include "cli_context.h"
#include "export/debrief_pdf.h"
#include "model/score_sheet.h"
#include "io/file_kind.h"

#include <string>
#include <vector>

namespace ikit::cli {

/// The score files named by `arguments`: files as given, folders searched (with their sub-folders when
/// `recursive`) for *.iscore, in name order. Throws UsageError when nothing is named or found.
std::vector<std::string> score_file_paths(const std::vector<std::string>& arguments, bool recursive);

/// Reads every file of `paths`; each one that fails is reported on the command's stderr, and then Error
/// ("N of M score files could not be read: nothing written") is thrown, so nothing is ever dropped silently.
std::vector<ScoreSheet> read_score_files(Context& context, const std::vector<std::string>& paths);

/// Checks -o before any work: "-" (standard output) is fine; else the name must suit the system and the
/// target must be absent or a file of `kind`, not one of `inputs` (check_output_target); UsageError otherwise.
void check_output(const std::string& output, FileKind kind, const std::vector<std::string>& inputs);

/// Writes `bytes` to `output`: standard output for "-", else atomically, then prints "wrote PATH" on stdout
/// when `announce`.
void write_result(Context& context, const std::string& output, const std::string& bytes, bool announce);

/// How a score report is written: `format` text, csv or pdf (default pdf with -o, else text), `output` (-o,
/// default "-") and, for a PDF, the paper (--paper, else the locale's) and font (--font).
struct ReportOutput {
    std::string format;      ///< "text", "csv" or "pdf"
    std::string output;      ///< a path, or "-" for standard output
    ScorePdfOptions pdf;     ///< paper and font for a PDF
    std::string language;    ///< --language: the PDF's labels ("" = the kit's, else the user's)
};

/// Reads --format, -o, --paper and --font of a report command; UsageError for a bad format or paper, or a PDF
/// without -o.
ReportOutput report_output(const Args& args);

/// The value of --language ("" when absent); UsageError when it is not a language code such as de or de_DE.
std::string language_option(const Args& args);

/// True for YYYY-MM-DD with a month 01–12 and a day 01–31.
bool is_iso_date(const std::string& text);

}  // namespace ikit::cli
