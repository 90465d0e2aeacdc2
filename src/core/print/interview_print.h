#pragma once
/// \file interview_print.h
/// Printing one interview of a kit's loop: its scorecards hold only its questions and a summary of its focus
/// competencies; file names for every interview and interviewer; the candidate's agenda.

#include "export/pdf_bundle.h"
#include "print/print_job.h"

#include <cstddef>
#include <set>
#include <string>
#include <vector>

namespace ikit {

/// The options for printing interview `index` of `kit`'s plan as `kind`: print_options_for the interview's
/// part of the kit (kit_of_interview), its focus box, and one scorecard per interviewer slot (a named slot gets
/// its name, a slot with only a role a blank line).
PdfOptions interview_print_options(const Kit& kit, std::size_t index, PdfKind kind, const PrintContext& context);

/// Interview `index` of `kit`'s plan rendered with `options` (only its questions; see kit_of_interview).
PdfResult render_interview_pdf(const Kit& kit, std::size_t index, const PdfOptions& options);

/// Every interview's scorecards of `kit`'s plan in loop order in one PDF, one per interviewer slot (an
/// interview without slots gets one with a blank line), for `candidate` on `date` (either may be "") on
/// `paper`, with the context's font and language; throws Error.
PdfResult render_loop_scorecards_pdf(const Kit& kit, const PrintContext& context, const std::string& candidate,
                                     const std::string& date, Paper paper);

/// The name a scorecard's INTERVIEWER field shows for `slot`: its name, or "" (a line to write on).
std::string scorecard_interviewer(const InterviewerSlot& slot);

/// The file name of an interview's print: "<stem>-<n>-<interview>-scorecard.pdf", with an interviewer
/// "<stem>-<n>-<interview>-<interviewer>.pdf", the guide "<stem>-<n>-<interview>-guide.pdf" (n its place in
/// the loop); names already in `taken` get -2, -3, … (see unique_file_stem).
std::string interview_file_name(const std::string& stem, const Kit& kit, std::size_t index, PdfKind kind,
                                const std::string& interviewer, std::set<std::string>& taken);

/// One file of `ikit export --all-interviews`: an interview's scorecard for one interviewer slot.
struct InterviewPrintFile {
    std::size_t interview = 0;  ///< index in kit.plan.interviews
    std::size_t slot = 0;       ///< index in its interviewers
    std::string file_name;      ///< unique within the set
};

/// One scorecard file per interview and interviewer slot (an interview without slots gets one with a blank
/// line), in loop order, named by interview_file_name.
std::vector<InterviewPrintFile> all_interview_files(const Kit& kit, const std::string& stem);

/// The candidate's agenda for `kit`'s loop: the role (else the title), the kit's author as organiser, each
/// interview's name, length, people (`slots[i]` when given, else the plan's: "Kim Lee, Support manager",
/// "Peer manager") and the competencies its questions assess (never the questions); its labels in the kit's
/// language (print_translator(kit, "")), which the caller may replace.
CandidateAgenda candidate_agenda(const Kit& kit, const std::string& candidate, const std::string& date,
                                 const std::vector<std::vector<InterviewerSlot>>* slots = nullptr);

}  // namespace ikit
