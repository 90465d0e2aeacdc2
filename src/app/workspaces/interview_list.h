#pragma once
/// \file interview_list.h
/// The interviews of the loop as a list, one row each: its number and name, its interviewers, and its
/// time bar. Kit sections and questions dragged onto a row are assigned to that interview.

#include "commands/plan_edits.h"
#include "workspaces/time_bar.h"

#include <wx/vlbox.h>

#include <functional>
#include <string>
#include <vector>

namespace ikit {

/// What one row shows.
struct InterviewRow {
    std::string id;            ///< the interview's id
    std::string name;          ///< "Phone screen"
    std::string interviewers;  ///< "Alex Chen, Peer manager" ("" = none yet)
    int questions = 0;         ///< questions asked in it
    TimeBudget time;           ///< planned minutes against its length
};

/// The list of interviews (a custom-drawn wxVListBox).
class InterviewList : public wxVListBox {
public:
    /// Called with the items dropped and the id of the interview they were dropped on.
    using DropHandler = std::function<void(const std::vector<PlanItem>&, const std::string&)>;

    /// An empty list.
    explicit InterviewList(wxWindow* parent);
    /// Shows these rows, keeping the selected interview selected when it is still there.
    void set_rows(std::vector<InterviewRow> rows);
    /// The rows shown.
    const std::vector<InterviewRow>& rows() const { return rows_; }
    /// The selected interview's id, or "".
    std::string selected_id() const;
    /// Selects the interview `id` (none when absent).
    void select_id(const std::string& id);
    /// Sets what a drop of kit items does.
    void set_drop_handler(DropHandler handler) { drop_handler_ = std::move(handler); }
    /// Handles items dropped at point `point` (from the drop target); false when no row is there.
    bool drop_items(const std::vector<PlanItem>& items, const wxPoint& point);
    /// Marks the row under `point` as the drop's place (wxDefaultPosition = none).
    void highlight_drop(const wxPoint& point);

private:
    void OnDrawItem(wxDC& dc, const wxRect& rect, size_t n) const override;
    wxCoord OnMeasureItem(size_t n) const override;
    void OnDrawBackground(wxDC& dc, const wxRect& rect, size_t n) const override;

    std::vector<InterviewRow> rows_;
    int drop_row_ = wxNOT_FOUND;
    DropHandler drop_handler_;
};

}  // namespace ikit
