#pragma once
/// \file scores_panel.h
/// The Scores workspace: choose or create the candidate (a score file the user picks), choose the
/// interviewer, and enter that interviewer's scorecard from the keyboard. Independent first: while a
/// scorecard is open for entry the other interviewers' ratings stay hidden until Reveal for Debrief.
/// A sheet scored against other questions or rubrics than the open kit's shows a banner and is read-only.
/// Score edits go to the ScoreDocument (its own undo history), never through the kit's EditPath.

#include "panels/scorecard_layout.h"
#include "workspaces/deferred_refresh.h"

#include <wx/panel.h>

#include <string>
#include <vector>

class wxButton;
class wxComboBox;
class wxChoice;
class wxListView;
class wxStaticText;
class wxKeyEvent;

namespace ikit {

class EditPath;
class ScoreSession;
class ScorecardForm;

/// The scores workspace.
class ScoresPanel : public wxPanel {
public:
    /// Builds the workspace over `session`, following the kit of `edits` (read only); both must outlive it.
    ScoresPanel(wxWindow* parent, ScoreSession& session, EditPath& edits);

    /// Shows the sheet, scorecard and kit as they are now (now when on screen, else when next shown).
    void refresh();
    /// Opens the scorecard of `interviewer` in the interview with this id ("" = none) for entry.
    void choose_interviewer(const std::string& interviewer, const std::string& interview_id);
    /// Puts the keyboard focus where work starts: the first rating, else the interviewer.
    void focus_entry();
    /// Submits the scorecard open for entry (as its Submit button does).
    void submit();
    /// Stops following the session: it is about to go (the window is being destroyed).
    void detach();
    /// The interview ids of the interviewer chooser's plan entries (for tests).
    const std::vector<std::string>& interview_ids() const { return interview_ids_; }

private:
    void build();
    void update();
    void fill_choosers();
    void show_form();
    void show_others();
    void on_key(wxKeyEvent& event);
    void open_typed_interviewer();
    std::string chosen_interview_id() const;

    ScoreSession& session_;
    EditPath& edits_;
    wxStaticText* candidate_ = nullptr;
    wxButton* save_ = nullptr;
    wxComboBox* interviewer_ = nullptr;
    wxStaticText* interview_label_ = nullptr;
    wxChoice* interview_ = nullptr;
    wxButton* open_card_ = nullptr;
    wxPanel* banner_ = nullptr;
    wxStaticText* banner_text_ = nullptr;
    /// The width the hint may take: the panel's, less the other interviewers' column and the margins.
    int hint_width() const;
    /// Sets the hint's text wrapped to hint_width().
    void wrap_hint();
    wxStaticText* hint_ = nullptr;
    wxString hint_text_;      ///< the hint as written, wrapped again to the hint's width when it changes
    int hint_wrapped_at_ = 0; ///< the width the hint was last wrapped to
    ScorecardForm* form_ = nullptr;
    wxPanel* others_ = nullptr;
    wxStaticText* others_text_ = nullptr;
    wxButton* reveal_ = nullptr;
    wxButton* hide_ = nullptr;
    wxListView* others_list_ = nullptr;
    std::vector<std::string> interview_ids_;  // of the interview choice's entries
    ScorecardLayout shown_layout_;
    std::string shown_key_;                   // what the form was built for
    bool detached_ = false;
    DeferredRefresh deferred_;  // refreshes when shown after a change while hidden
};

}  // namespace ikit
