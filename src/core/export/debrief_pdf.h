#pragma once
/// \file debrief_pdf.h
/// The debrief of one candidate and the comparison of candidates as PDF (the figures come from scoring/).

#include "i18n/translator.h"
#include "model/paper.h"
#include "scoring/candidate_comparison.h"
#include "scoring/score_reports.h"

#include <string>
#include <vector>

namespace ikit {

/// How a score PDF is printed.
struct ScorePdfOptions {
    Paper paper = Paper::A4;  ///< paper size
    std::string font_file;    ///< TrueType font for text beyond Latin-1; "" = search the usual places
    Translator labels;        ///< the form's own words (print/print_language.h picks it)
    bool fit_labels = true;   ///< false: labels too long for their cells are cut, never shrunk (to test the check)
};

/// A rendered score PDF.
struct ScorePdf {
    std::string bytes;                  ///< the PDF file
    int pages = 0;                      ///< page count
    std::vector<std::string> warnings;  ///< e.g. characters no font can draw
    std::vector<std::string> layout_problems;  ///< labels that did not fit their cells and were cut (none expected)
};

/// The debrief: candidate and kit, a warning when the kit differs, the composite, the discussion order, the
/// interviewer × competency grid with ratings, median, range and flags, the evidence per competency, the
/// recommendation tally and the ratings left out. Throws Error on a PDF failure.
ScorePdf render_debrief_pdf(const DebriefInput& debrief, const ScorePdfOptions& options);

/// The comparison: one row per candidate with rank, composite, each competency's score and flags.
ScorePdf render_comparison_pdf(const Kit& kit, const Comparison& comparison, const ScorePdfOptions& options);

}  // namespace ikit
