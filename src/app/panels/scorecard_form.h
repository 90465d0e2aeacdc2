#pragma once
/// \file scorecard_form.h
/// One interviewer's scorecard on screen, laid out as the paper one: per question its rating box and
/// evidence note on one line, per competency a rating and a note, the overall recommendation, notes,
/// key take-aways and Submit. Made for the keyboard alone: a digit rates, Tab goes to the next field.
/// Every change is handed to the commit handler as a whole scorecard (one score edit, never a kit edit).

#include "model/score_sheet.h"
#include "panels/scorecard_layout.h"

#include <wx/scrolwin.h>

#include <functional>
#include <string>
#include <vector>

class wxButton;
class wxStaticText;
class wxTextCtrl;

namespace ikit {

class RatingField;

/// The scorecard form of one interviewer.
class ScorecardForm : public wxScrolledWindow {
public:
    /// Called with the scorecard as the form now shows it and a name for the change ("Rate question 3").
    using CommitHandler = std::function<void(const InterviewerScorecard&, const std::string&)>;

    /// An empty form; show() fills it.
    explicit ScorecardForm(wxWindow* parent);

    /// Shows `card` laid out as `layout`; `read_only` shows it without taking input.
    void show(const ScorecardLayout& layout, const InterviewerScorecard& card, bool read_only);
    /// Shows `card`'s values again in the same layout (after undo, a save, …), keeping the focus.
    void reload(const InterviewerScorecard& card);
    /// Sets who receives the form's changes.
    void set_commit_handler(CommitHandler handler) { commit_ = std::move(handler); }
    /// Hands over any typed text not yet committed; true when there was some.
    bool commit_pending();
    /// The scorecard as the form shows it.
    InterviewerScorecard scorecard() const;
    /// Puts the keyboard focus in the first rating box.
    void focus_first();
    /// Records today as the date submitted (as the Submit button does).
    void submit();
    /// True when the form is read-only.
    bool read_only() const { return read_only_; }

private:
    struct Row {
        std::string id;
        RatingField* rating = nullptr;   // nullptr for an unscored question
        wxTextCtrl* evidence = nullptr;  // nullptr for an unscored question
        wxStaticText* text = nullptr;    // the question's text or competency's name, wrapped
        wxString label;                  // the text unwrapped
    };
    void build();
    void fill();
    void commit(const std::string& description);
    void bind_text(wxTextCtrl* text);
    void wrap_texts();
    void update_submitted();

    ScorecardLayout layout_;
    InterviewerScorecard card_;
    bool read_only_ = false;
    bool filling_ = false;
    std::vector<Row> questions_;
    std::vector<Row> competencies_;
    RatingField* recommendation_ = nullptr;
    wxTextCtrl* notes_ = nullptr;
    wxTextCtrl* takeaways_ = nullptr;
    wxButton* submit_ = nullptr;
    wxStaticText* submitted_ = nullptr;
    int wrapped_width_ = -1;
    CommitHandler commit_;
};

}  // namespace ikit
