#pragma once
/// \file coverage_grid.h
/// The coverage matrix of the plan, live: competencies down, interviews across, the number of
/// questions in each cell, the independent interviewers of each competency at the right, and each
/// interview's minutes at the foot. A required competency no interview assesses (a gap) and one only
/// one interviewer rates are marked in colour and in words.

#include "model/coverage_matrix.h"

#include <wx/grid.h>

namespace ikit {

/// A read-only grid showing a CoverageMatrix.
class CoverageGrid : public wxGrid {
public:
    /// An empty grid.
    explicit CoverageGrid(wxWindow* parent);
    /// Shows `matrix` (columns: its interviews, then "Interviewers"; rows: its competencies, then "Minutes").
    /// When the kit names competencies only those are rows (the plan is judged by them); the others its
    /// questions touch are counted by hidden_rows().
    void show(const CoverageMatrix& matrix);
    /// Competencies of the matrix not shown (touched by questions, but not named for the kit).
    int hidden_rows() const { return hidden_; }

    /// The words of a competency's interviewers cell: "2", "1 only", "none".
    static wxString interviewers_text(const CoverageRow& row);

private:
    CoverageMatrix shown_;  // shown again when the width changes (names are cut to fit it)
    int shown_width_ = 0;
    int hidden_ = 0;
};

/// The background of a gap (a required competency no interview assesses).
wxColour gap_colour();
/// The background of a competency only one interviewer rates.
wxColour single_rater_colour();

}  // namespace ikit
