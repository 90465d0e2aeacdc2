#pragma once
/// \file print_job.h
/// How a kit is printed, decided in one place for the app and the command line: the options a kit's
/// PDF gets (paper, the guide's check line, the font) and the names of the files written.

#include "checks/question_rules.h"
#include "export/pdf_export.h"
#include "model/kit.h"

#include <set>
#include <string>

namespace ikit {

/// What a print needs besides the kit.
struct PrintContext {
    const QuestionRules* rules = nullptr;  ///< for the guide's check line; nullptr = the guide has none
    std::string today;                     ///< YYYY-MM-DD, the date on the check line
    std::string font_file;                 ///< the font for text beyond Latin-1 (DataPaths::font_file())
    std::string language;                  ///< the forms' language ("" = the kit's, else the user's; print_language.h)
};

/// The options for printing `kit` as `kind`: the kit's paper, else the user's locale's; for the guide,
/// the result of the kit checks on `context.today`; the context's font; the labels in the language of
/// print_translator(kit, context.language). Candidate, interviewers and date are left for the caller.
PdfOptions print_options_for(const Kit& kit, PdfKind kind, const PrintContext& context);

/// The file name stem of a kit's prints: the kit's title (else its file name, else "kit"), made safe.
std::string print_file_stem(const std::string& kit_name);

/// The file name of one print: "<stem>-scorecard.pdf", "<stem>-guide.pdf", or with one interviewer
/// "<stem>-scorecard-<interviewer>.pdf"; names already in `taken` get -2, -3, … (see unique_file_stem).
std::string print_file_name(const std::string& stem, PdfKind kind, const std::string& interviewer,
                            std::set<std::string>& taken);

}  // namespace ikit
