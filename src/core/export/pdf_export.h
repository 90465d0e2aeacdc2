#pragma once
/// \file pdf_export.h
/// Printable PDF documents from a kit: interview-room scorecards and the interviewer guide.
/// (The only public header of the export folder; libharu stays inside it.)

#include "i18n/translator.h"
#include "model/kit.h"
#include "model/paper.h"

#include <string>
#include <vector>

namespace ikit {

/// Which document to print.
enum class PdfKind {
    Scorecard,  ///< one per interviewer, for the interview room
    Guide,      ///< the interviewer guide, for preparation
};

/// Parses "scorecard"/"guide"; throws Error otherwise.
PdfKind pdf_kind_from_id(const std::string& id);

/// The interview of a loop a document is printed for (see print/interview_print.h, which fills it in).
struct PdfInterview {
    std::string name;                    ///< e.g. "Panel: operations"; "" = the kit is printed whole
    int number = 0;                      ///< its place in the loop, from 1
    int count = 0;                       ///< interviews in the loop
    int minutes = 0;                     ///< its length
    std::vector<std::string> panel;      ///< its interviewers as shown, e.g. "Kim Lee (Support manager)"
    std::vector<std::string> focus;      ///< the competencies it assesses, e.g. "Customer experience (2 questions)"
    std::vector<std::string> elsewhere;  ///< the loop's other competencies, left to other interviews
};

/// What to print and for whom.
struct PdfOptions {
    PdfKind kind = PdfKind::Scorecard;       ///< scorecard or guide
    Paper paper = Paper::A4;                 ///< paper size
    std::string candidate;                   ///< "" = a blank line to write on
    std::vector<std::string> interviewers;   ///< one scorecard each; empty = one with a blank line
    std::string date;                        ///< YYYY-MM-DD, "" = blank
    std::string font_file;                   ///< TrueType font for non-Latin-1 text; "" = search the usual places
    std::string check_line;                  ///< e.g. "Kit check: passed on 2026-11-23" (guide only; "" = none)
    PdfInterview interview;                  ///< the interview of a loop printed; empty name = the whole kit
    Translator labels;                       ///< the form's own words and dates (print/print_language.h picks it)
    bool fit_labels = true;                  ///< false: labels too long for their cells are cut, never shrunk or
                                             ///< wrapped (to test the layout check)
};

/// What the export produced.
struct PdfResult {
    std::string bytes;                  ///< the PDF file
    int pages = 0;                      ///< page count
    bool embedded_font = false;         ///< true when a TrueType font was embedded
    std::vector<std::string> warnings;  ///< e.g. characters no font can draw, named with their code points
    std::vector<std::string> layout_problems;  ///< labels that did not fit their cells and were cut (none expected)
};

/// Renders the PDF in memory; throws Error (with libharu's error code explained) on failure. The guide of a
/// kit with a plan covers the loop: its agenda and coverage matrix first, then each interview's guide.
PdfResult render_pdf(const Kit& kit, const PdfOptions& options);

/// Renders and writes atomically to `path` (nothing is left behind on failure); throws Error.
PdfResult export_pdf(const Kit& kit, const PdfOptions& options, const std::string& path);

}  // namespace ikit
