#pragma once
/// \file candidate_batch.h
/// Printing an interview loop for a list of candidates: each interviewer's scorecard and the candidate's
/// agenda, per candidate in a folder of its own (or merged into one print-ready PDF per candidate), written
/// on worker threads into a hidden staging folder and moved into place only when every file is complete,
/// so that a failure or a cancel leaves nothing half-written. The list's format: assets/schema/candidates-csv.md.

#include "model/kit.h"
#include "model/paper.h"
#include "model/variant_choice.h"
#include "print/print_job.h"

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ikit {

/// The most candidates one list may hold.
constexpr std::size_t kMaxCandidates = 1000;
/// Candidate list files larger than this are refused before they are read.
constexpr std::size_t kMaxCandidateListBytes = 1u << 20;

/// One candidate of a list.
struct CandidateEntry {
    int line = 0;           ///< the line of the list the row starts on (0 when not from a file)
    std::string name;       ///< the candidate's name, trimmed
    std::string date;       ///< YYYY-MM-DD, or "" (the forms get a blank line)
    /// The interviewers named for an interview (by interview id), in order: they fill or replace the
    /// plan's slots (see interviewers_for_candidate).
    std::map<std::string, std::vector<std::string>> interviewers;
};

/// A candidate list read from a CSV file.
struct CandidateList {
    std::vector<CandidateEntry> candidates;  ///< in the file's order
};

/// Parses a candidate CSV (see candidates-csv.md) for `kit`, which must have a plan. Throws Error naming
/// `file_name` and the line for: anything parse_csv refuses, no `candidate` column, an `interviewer:`
/// column naming an interview the kit does not have (or naming one twice), a row without a candidate, a
/// candidate listed twice (ASCII case and surrounding blanks ignored; both lines named), a date that is not
/// YYYY-MM-DD, more than 20 interviewers in one cell, a name over 200 characters or with control characters,
/// and more than kMaxCandidates rows or kMaxCandidateListBytes bytes.
CandidateList parse_candidate_csv(std::string_view text, const std::string& file_name, const Kit& kit);

/// Reads a candidate CSV file (size-limited) and parses it; throws Error.
CandidateList read_candidate_csv_file(const std::string& path, const Kit& kit);

/// The interviewer slots of `interview` for `candidate`. No names given: the plan's slots. As many names as
/// the plan has slots without a name: the names fill those slots, in order. Otherwise the names replace the
/// slots: the k-th name takes the k-th slot's role (names past the plan's slots have none).
std::vector<InterviewerSlot> interviewers_for_candidate(const Interview& interview, const CandidateEntry& candidate);

/// One file of a candidate's set, before it is written.
struct CandidateFile {
    std::string name;   ///< file name inside the candidate's folder (or the merged PDF's name)
    std::string bytes;  ///< the PDF
    int pages = 0;      ///< its pages
};

/// How to print a candidate list.
struct CandidateBatchOptions {
    std::string folder;            ///< existing folder that receives <candidate>/ folders (or <candidate>.pdf)
    bool merge = false;            ///< one PDF per candidate: the agenda, then every scorecard in loop order
    PrintContext context;          ///< the font and today's date (rules are not used)
    std::optional<Paper> paper;    ///< nullopt = the kit's paper, else the user's
    unsigned threads = 0;          ///< worker threads; 0 = one per core, at most 8
    Rotation rotation = Rotation::ByCandidate;  ///< each candidate's member of a question pool, or the first
    /// Called (from the calling thread) after each candidate's files are rendered: (done, total). Return false
    /// to cancel; then nothing is moved into place and every staged file is removed.
    std::function<bool(std::size_t done, std::size_t total)> progress;
};

/// What a batch wrote.
struct CandidateBatchResult {
    bool cancelled = false;             ///< true when progress returned false; nothing was written
    std::size_t files = 0;              ///< PDF files written
    int pages = 0;                      ///< pages in them
    std::vector<std::string> written;   ///< the candidates' folders (or merged PDFs), in list order
    std::vector<std::string> warnings;  ///< from rendering (e.g. characters no font can draw), each once
};

/// A candidate's files, rendered in memory: the agenda ("agenda.pdf") and one scorecard per interviewer slot
/// ("<n>-<interview>-<interviewer>.pdf", n the interview's place in the loop), or with `merge` one PDF
/// "<candidate>.pdf" holding them all in that order. `warnings` (when given) receives rendering warnings.
/// A question with a pool prints the member chosen for the candidate's name (kit_for_candidate, `rotation`).
std::vector<CandidateFile> render_candidate_files(const Kit& kit, const CandidateEntry& candidate, bool merge,
                                                  const PrintContext& context, const std::optional<Paper>& paper,
                                                  std::vector<std::string>* warnings = nullptr,
                                                  Rotation rotation = Rotation::ByCandidate);

/// Where each candidate's folder (or merged PDF) goes: "<folder>/<candidate>" made safe and unique (see
/// util/file_name.h), in list order. Throws Error when the folder does not exist or one of them already does.
std::vector<std::string> candidate_targets(const CandidateList& list, const CandidateBatchOptions& options);

/// Prints `list` for `kit` (which must have a plan) as described above; throws Error (naming the file and
/// the reason) when anything fails, after removing every staged file: nothing half-written remains.
CandidateBatchResult export_candidate_batch(const Kit& kit, const CandidateList& list,
                                            const CandidateBatchOptions& options);

}  // namespace ikit
