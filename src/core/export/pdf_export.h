#pragma once
/// \file pdf_export.h
/// Printable PDF documents from a kit: interview-room scorecards and the interviewer guide.
/// (The only public header of the export folder; libharu stays inside it.)

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

/// What to print and for whom.
struct PdfOptions {
    PdfKind kind = PdfKind::Scorecard;       ///< scorecard or guide
    Paper paper = Paper::A4;                 ///< paper size
    std::string candidate;                   ///< "" = a blank line to write on
    std::vector<std::string> interviewers;   ///< one scorecard each; empty = one with a blank line
    std::string date;                        ///< YYYY-MM-DD, "" = blank
    std::string font_file;                   ///< TrueType font for non-Latin-1 text; "" = search the usual places
    std::string check_line;                  ///< e.g. "Kit check: passed on 2026-11-23" (guide only; "" = none)
};

/// What the export produced.
struct PdfResult {
    std::string bytes;                  ///< the PDF file
    int pages = 0;                      ///< page count
    bool embedded_font = false;         ///< true when a TrueType font was embedded
    std::vector<std::string> warnings;  ///< e.g. characters no font can draw, named with their code points
};

/// Renders the PDF in memory; throws Error (with libharu's error code explained) on failure.
PdfResult render_pdf(const Kit& kit, const PdfOptions& options);

/// Renders and writes atomically to `path` (nothing is left behind on failure); throws Error.
PdfResult export_pdf(const Kit& kit, const PdfOptions& options, const std::string& path);

}  // namespace ikit
