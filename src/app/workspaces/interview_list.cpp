#include "workspaces/interview_list.h"

#include "panels/ui_style.h"
#include "workspaces/plan_drag.h"
#include "wx_text.h"

#include <wx/dc.h>
#include <wx/dnd.h>
#include <wx/renderer.h>
#include <wx/settings.h>
#include <wx/translation.h>

namespace ikit {

namespace {

/// Accepts kit sections and questions dragged from the plan's question list.
class InterviewDropTarget : public wxDropTarget {
public:
    explicit InterviewDropTarget(InterviewList& list) : list_(list) {
        data_ = new PlanItemData;
        SetDataObject(data_);
    }
    wxDragResult OnDragOver(wxCoord x, wxCoord y, wxDragResult) override {
        list_.highlight_drop(wxPoint(x, y));
        return list_.VirtualHitTest(y) == wxNOT_FOUND ? wxDragNone : wxDragMove;
    }
    void OnLeave() override { list_.highlight_drop(wxDefaultPosition); }
    wxDragResult OnData(wxCoord x, wxCoord y, wxDragResult result) override {
        list_.highlight_drop(wxDefaultPosition);
        if (!GetData()) return wxDragNone;
        const std::vector<PlanItem> items = data_->items();
        // After the drag has ended: the edit rebuilds the lists the drag came from.
        list_.CallAfter([this, items, x, y] { list_.drop_items(items, wxPoint(x, y)); });
        return result;
    }

private:
    InterviewList& list_;
    PlanItemData* data_;
};

}  // namespace

InterviewList::InterviewList(wxWindow* parent)
    : wxVListBox(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_THEME | wxWANTS_CHARS) {
    SetDropTarget(new InterviewDropTarget(*this));
    SetItemCount(0);
}

void InterviewList::set_rows(std::vector<InterviewRow> rows) {
    const std::string selected = selected_id();
    rows_ = std::move(rows);
    SetItemCount(rows_.size());
    select_id(selected.empty() && !rows_.empty() ? rows_.front().id : selected);
    RefreshAll();
}

std::string InterviewList::selected_id() const {
    const int row = GetSelection();
    return row >= 0 && row < static_cast<int>(rows_.size()) ? rows_[static_cast<size_t>(row)].id : std::string();
}

void InterviewList::select_id(const std::string& id) {
    for (size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].id == id) {
            SetSelection(static_cast<int>(i));
            return;
        }
    SetSelection(rows_.empty() ? wxNOT_FOUND : 0);
}

bool InterviewList::drop_items(const std::vector<PlanItem>& items, const wxPoint& point) {
    const int row = VirtualHitTest(point.y);
    if (row == wxNOT_FOUND || row >= static_cast<int>(rows_.size()) || items.empty()) return false;
    const std::string id = rows_[static_cast<size_t>(row)].id;
    if (drop_handler_) drop_handler_(items, id);
    return true;
}

void InterviewList::highlight_drop(const wxPoint& point) {
    const int row = point == wxDefaultPosition ? wxNOT_FOUND : VirtualHitTest(point.y);
    if (row == drop_row_) return;
    drop_row_ = row;
    RefreshAll();
}

wxCoord InterviewList::OnMeasureItem(size_t) const {
    const int line = GetCharHeight();
    return line * 2 + FromDIP(14);
}

void InterviewList::OnDrawBackground(wxDC& dc, const wxRect& rect, size_t n) const {
    if (static_cast<int>(n) == drop_row_) {
        // The row a drag is over: a frame in the selection colour.
        dc.SetBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT).ChangeLightness(170));
        dc.SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT), FromDIP(2)));
        dc.DrawRectangle(wxRect(rect).Deflate(FromDIP(1)));
        return;
    }
    wxVListBox::OnDrawBackground(dc, rect, n);
    // A hairline between rows.
    dc.SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_3DLIGHT)));
    dc.DrawLine(rect.GetLeft(), rect.GetBottom(), rect.GetRight() + 1, rect.GetBottom());
}

void InterviewList::OnDrawItem(wxDC& dc, const wxRect& rect, size_t n) const {
    const InterviewRow& row = rows_[n];
    const bool selected = IsSelected(n) && drop_row_ != static_cast<int>(n);
    const wxColour text = selected ? wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHTTEXT) : GetForegroundColour();
    const wxColour muted = selected ? text : muted_text_colour();
    const int pad = FromDIP(10), line = GetCharHeight();
    const wxRect inner = wxRect(rect).Deflate(pad, FromDIP(5));

    // Line 1: the number and name (bold), the interviewers at the right in what the name leaves (at
    // least 40% of the row when both need more).
    wxFont bold = GetFont();
    bold.SetWeight(wxFONTWEIGHT_BOLD);
    dc.SetFont(GetFont());
    const wxString who = row.interviewers.empty() ? _("no interviewer yet") : wx(row.interviewers);
    const int gap = FromDIP(12);
    dc.SetFont(bold);
    const wxString title = wxString::Format("%zu. ", n + 1) + wx(row.name);
    const int title_width = dc.GetTextExtent(title).x;
    dc.SetFont(GetFont());
    const int who_width = dc.GetTextExtent(who).x;
    int who_room = std::min(who_width, std::max(inner.width - title_width - gap, inner.width * 2 / 5));
    const wxString who_shown = wxControl::Ellipsize(who, dc, wxELLIPSIZE_END, std::max(0, who_room));
    who_room = dc.GetTextExtent(who_shown).x;
    dc.SetTextForeground(row.interviewers.empty() && !selected ? alert_text_colour() : muted);
    dc.DrawText(who_shown, inner.GetRight() - who_room, inner.y);
    dc.SetFont(bold);
    dc.SetTextForeground(text);
    dc.DrawText(wxControl::Ellipsize(title, dc, wxELLIPSIZE_END, std::max(0, inner.width - who_room - gap)), inner.x, inner.y);

    // Line 2: the time bar and its numbers, with the question count.
    dc.SetFont(GetFont());
    const int y2 = inner.y + line + FromDIP(4);
    const int bar_width = std::min(FromDIP(150), inner.width / 3);
    draw_time_bar(dc, wxRect(inner.x, y2 + (line - FromDIP(8)) / 2, bar_width, FromDIP(8)), row.time);
    dc.SetTextForeground(row.time.over() && !selected ? alert_text_colour() : muted);
    // The question count when there is room for it.
    const int x = inner.x + bar_width + FromDIP(10);
    const wxString questions = wxString::Format(wxPLURAL("%d question", "%d questions", row.questions), row.questions);
    wxString time = wx(time_budget_short_text(row.time));
    if (dc.GetTextExtent(time + L"  \u00b7  " + questions).x <= inner.GetRight() - x) time += L"  \u00b7  " + questions;
    dc.DrawText(wxControl::Ellipsize(time, dc, wxELLIPSIZE_END, std::max(0, inner.GetRight() - x)), x, y2);
}

}  // namespace ikit
