#pragma once
/// \file debrief_panel.h
/// The Debrief workspace. Its first page is one candidate's debrief, from the core's combination
/// (docs/scoring.md): an interviewer × competency grid with each rating and its evidence, the median
/// and range per competency, split, single-rater and no-evidence flags, the recommendation tally, the
/// composite and the discussion order (splits first). Its second page compares candidates. While an
/// interviewer's scorecard is open for entry the ratings stay hidden until Reveal for Debrief.

#include "scoring/combination.h"
#include "workspaces/deferred_refresh.h"

#include <wx/panel.h>

#include <functional>
#include <string>

class wxButton;
class wxGrid;
class wxNotebook;
class wxStaticText;

namespace ikit {

class ComparePanel;
class EditPath;
class ScoreSession;

/// The debrief workspace: the candidate's debrief and the comparison of candidates.
class DebriefPanel : public wxPanel {
public:
    /// Builds the workspace over `session`, following the kit of `edits`; both must outlive it.
    /// `export_pdf` writes the debrief PDF (asking where).
    DebriefPanel(wxWindow* parent, ScoreSession& session, EditPath& edits, std::function<void()> export_pdf);

    /// Shows the candidate's debrief as the sheet and kit are now (now when on screen, else when next shown).
    void refresh();
    /// The combination shown (empty when hidden or no candidate).
    const Combination& combination() const { return combination_; }
    /// The compare page.
    ComparePanel& compare() { return *compare_; }
    /// Shows the candidate page (false) or the compare page (true).
    void show_compare(bool compare);
    /// Stops following the session: it is about to go (the window is being destroyed).
    void detach() { detached_ = true; }

private:
    void build();
    void update();
    void fill_grid();
    void fit_columns();

    ScoreSession& session_;
    EditPath& edits_;
    std::function<void()> export_pdf_;
    Combination combination_;
    wxNotebook* book_ = nullptr;
    wxPanel* candidate_page_ = nullptr;
    wxStaticText* heading_ = nullptr;
    wxButton* export_ = nullptr;
    wxStaticText* summary_ = nullptr;
    wxStaticText* hint_ = nullptr;
    wxButton* reveal_ = nullptr;
    wxGrid* grid_ = nullptr;
    ComparePanel* compare_ = nullptr;
    int fitted_width_ = -1;
    bool detached_ = false;
    DeferredRefresh deferred_;  // refreshes when shown after a change while hidden
};

/// The text of a debrief grid cell: the rating ("3.5", "5 (summary)"), "–" without evidence, the evidence below.
std::string debrief_cell_text(const RaterScore& score);
/// A competency's flags in words: "split", "single rater", "no evidence" (joined by ", ").
std::string competency_flags(const CompetencyScore& competency);

}  // namespace ikit
