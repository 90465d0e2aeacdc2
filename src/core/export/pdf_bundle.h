#pragma once
/// \file pdf_bundle.h
/// Several printed documents in one PDF (a candidate's agenda and every scorecard of the loop, in print
/// order), and the candidate's agenda itself. A public header of the export folder beside pdf_export.h.

#include "export/pdf_export.h"

#include <string>
#include <vector>

namespace ikit {

/// One conversation on a candidate's agenda.
struct AgendaMeeting {
    std::string interview;              ///< its name
    int minutes = 0;                    ///< its length
    std::vector<std::string> people;    ///< whom the candidate meets, e.g. "Kim Lee, Support manager"
    std::vector<std::string> topics;    ///< what it is about: competency names, never the questions
};

/// A candidate's agenda for an interview loop.
struct CandidateAgenda {
    std::string title;                    ///< the role, else the kit's title
    std::string organiser;                ///< who prepared it (the kit's author); may be empty
    std::string candidate;                ///< "" = a blank line
    std::string date;                     ///< YYYY-MM-DD, "" = a blank line
    std::vector<AgendaMeeting> meetings;  ///< in the order the candidate has them
    Translator labels;                    ///< the agenda's own words and date (print/print_language.h picks it)
};

/// One document of a bundle: a kit printed as `options` say, or an agenda.
struct PdfPiece {
    const Kit* kit = nullptr;                 ///< the kit (nullptr for an agenda)
    PdfOptions options;                       ///< kind, candidate, interviewers, interview (paper, font: the bundle's)
    const CandidateAgenda* agenda = nullptr;  ///< when set, this agenda is printed instead of a kit
};

/// What interview `index` of `kit`'s plan prints in its focus box: its name, place, length, panel ("Kim Lee
/// (Support manager)", "Peer manager"), the competencies its questions assess ("Customer experience (2
/// questions)", in the language of `labels`) and those the other interviews assess.
PdfInterview pdf_interview(const Kit& kit, std::size_t index, const Translator& labels = {});

/// Renders `pieces` into one PDF, in order, each part with its own page numbers, on `paper` with `font_file`
/// ("" = search the usual places) for text beyond Latin-1; throws Error.
PdfResult render_pdf_bundle(const std::vector<PdfPiece>& pieces, Paper paper, const std::string& font_file);

/// The candidate's agenda on one page; throws Error.
PdfResult render_agenda_pdf(const CandidateAgenda& agenda, Paper paper, const std::string& font_file);

}  // namespace ikit
