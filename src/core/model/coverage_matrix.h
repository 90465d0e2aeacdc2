#pragma once
/// \file coverage_matrix.h
/// The coverage matrix of an interview loop: which competencies each interview assesses, with how many
/// questions, how many independent interviewers rate each competency, and the minutes of each interview.
///
/// A question assesses every competency it lists, its main one (the first) and the others, as the kit
/// checks count coverage; each cell also counts the questions whose main competency it is, for a view that
/// wants to tell the two apart. Interviewers are independent when they are different people: a named slot is
/// one person wherever the name appears (ASCII case and surrounding blanks ignored), and a slot with only a
/// role is a person of its own, to be filled per candidate.

#include "model/kit.h"

#include <cstddef>
#include <string>
#include <vector>

namespace ikit {

/// One cell: the questions of one interview that assess one competency.
struct CoverageCell {
    int questions = 0;       ///< questions listing the competency (main or not)
    int main_questions = 0;  ///< of those, questions whose main competency it is
    int minutes = 0;         ///< planned minutes of those questions
};

/// One competency's row.
struct CoverageRow {
    std::string competency_id;        ///< the competency's id
    std::string name;                 ///< its name in the kit, else its id in words ("customer-experience" →
                                      ///< "Customer experience")
    bool required = false;            ///< true when the kit names it (kit.competencies)
    std::vector<CoverageCell> cells;  ///< one per interview, in plan order
    int interviews = 0;               ///< interviews with at least one question assessing it
    int interviewers = 0;             ///< independent interviewers across those interviews
    int questions = 0;                ///< assessing questions across all interviews (unassigned ones left out)
};

/// One interview's column: its time.
struct CoverageColumn {
    std::string interview_id;  ///< the interview's id
    std::string name;          ///< its name ("Interview N" when it has none)
    int length = 0;            ///< the interview's length in minutes
    int planned = 0;           ///< sum of its questions' minutes
    int left = 0;              ///< length − planned: minutes for the candidate's questions (negative = over)
    int questions = 0;         ///< questions asked in it
    int interviewers = 0;      ///< interviewer slots
};

/// Competencies × interviews for a kit's plan.
struct CoverageMatrix {
    std::vector<CoverageColumn> interviews;  ///< in plan order
    std::vector<CoverageRow> rows;           ///< the kit's named competencies in kit order, then the others its
                                             ///< questions list, in the order first met
    int unassigned_questions = 0;            ///< questions in no interview

    /// True when the kit has no plan (no columns).
    bool empty() const { return interviews.empty(); }
    /// The row of competency `id`; nullptr when absent.
    const CoverageRow* find(const std::string& id) const;
};

/// The coverage matrix of `kit`'s plan; empty (no columns, no rows) when the kit has no plan. Linear in the
/// size of the kit and plan (times log), so it can be recomputed on every edit.
CoverageMatrix coverage_matrix(const Kit& kit);

/// The competencies interview `index` focuses on, in row order: those the kit names that its questions assess;
/// in a kit that names none, the main competencies of its questions. What its focus box and the candidate's
/// agenda list (secondary competencies the kit does not name would only crowd them).
std::vector<const CoverageRow*> focus_rows(const CoverageMatrix& matrix, std::size_t index);

/// The competencies of the same kind as focus_rows that other interviews assess and interview `index` does not.
std::vector<const CoverageRow*> elsewhere_rows(const CoverageMatrix& matrix, std::size_t index);

/// The independence key of interviewer `slot` number `index` of interview `interview_id`: the lower-cased,
/// trimmed name when there is one, else one key per slot.
std::string interviewer_key(const InterviewerSlot& slot, const std::string& interview_id, std::size_t index);

}  // namespace ikit
