#pragma once
/// \file time_bar.h
/// An interview's time at a glance: a bar of the planned question minutes against the interview's
/// length, the minutes left for the candidate's own questions, in the warning colour once the
/// questions take more than the length (and a caution colour when too little is left).

#include <wx/control.h>

#include <string>

namespace ikit {

/// The numbers of one interview's time bar.
struct TimeBudget {
    int planned = 0;  ///< minutes of the interview's questions
    int length = 0;   ///< the interview's length
    /// Minutes left for the candidate's questions (negative = over).
    int left() const { return length - planned; }
    /// True when the questions take more than the length.
    bool over() const { return planned > length; }
    /// True when some time is left, but less than the minutes the candidate's questions want.
    bool tight() const;
};

/// "25 of 30 min · 5 left for the candidate's questions", "35 of 30 min · 5 over", …
std::string time_budget_text(const TimeBudget& budget);
/// The same for narrow places: "25 of 30 min · 5 left", "35 of 30 min · 5 over".
std::string time_budget_short_text(const TimeBudget& budget);

/// Draws a time bar into `rect` of `dc` (a rounded track, the planned part filled; used by lists too).
void draw_time_bar(wxDC& dc, const wxRect& rect, const TimeBudget& budget);

/// A time bar with its text under it; the label (GetLabel) is the text.
class TimeBar : public wxControl {
public:
    /// An empty bar.
    explicit TimeBar(wxWindow* parent);
    /// Shows these numbers.
    void set_budget(const TimeBudget& budget);
    /// The numbers shown.
    const TimeBudget& budget() const { return budget_; }

protected:
    wxSize DoGetBestClientSize() const override;

private:
    void on_paint();
    TimeBudget budget_;
};

}  // namespace ikit
