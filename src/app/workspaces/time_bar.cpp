#include "workspaces/time_bar.h"

#include "checks/kit_checks.h"
#include "panels/ui_style.h"
#include "wx_text.h"

#include <wx/dcbuffer.h>
#include <wx/settings.h>
#include <wx/translation.h>

#include <algorithm>

namespace ikit {

bool TimeBudget::tight() const { return !over() && left() < kCandidateQuestionMinutes; }

std::string time_budget_text(const TimeBudget& b) {
    if (b.over())
        return utf8(wxString::Format(_(L"%1$d of %2$d min \u00b7 %3$d over"), b.planned, b.length, -b.left()));
    if (b.left() == 0)
        return utf8(wxString::Format(_(L"%1$d of %2$d min \u00b7 none left for the candidate's questions"), b.planned, b.length));
    return utf8(wxString::Format(wxPLURAL(L"%1$d of %2$d min \u00b7 %3$d left for the candidate's questions",
                                          L"%1$d of %2$d min \u00b7 %3$d left for the candidate's questions", b.left()),
                                 b.planned, b.length, b.left()));
}

std::string time_budget_short_text(const TimeBudget& b) {
    if (b.over()) return utf8(wxString::Format(_(L"%1$d of %2$d min \u00b7 %3$d over"), b.planned, b.length, -b.left()));
    // TRANSLATORS: an interview's time in a narrow list row: planned of length minutes, minutes left.
    return utf8(wxString::Format(_(L"%1$d of %2$d min \u00b7 %3$d left"), b.planned, b.length, b.left()));
}

namespace {

wxColour caution_colour() {
    return wxSystemSettings::GetAppearance().IsDark() ? wxColour(230, 180, 80) : wxColour(196, 128, 0);
}

wxColour bar_colour(const TimeBudget& b) {
    if (b.over()) return alert_text_colour();
    if (b.tight()) return caution_colour();
    return ok_text_colour();
}

}  // namespace

void draw_time_bar(wxDC& dc, const wxRect& rect, const TimeBudget& b) {
    const wxColour track = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT).ChangeLightness(
        wxSystemSettings::GetAppearance().IsDark() ? 40 : 185);
    const double radius = rect.height / 2.0;
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(track);
    dc.DrawRoundedRectangle(rect, radius);
    if (b.length <= 0 && b.planned <= 0) return;
    const double whole = std::max(b.length, b.planned);
    wxRect filled = rect;
    filled.width = std::max(rect.height, static_cast<int>(rect.width * std::min<double>(b.planned, b.length) / whole));
    if (b.planned > 0) {
        dc.SetBrush(bar_colour(b));
        dc.DrawRoundedRectangle(filled, radius);
    }
    if (b.over()) {
        // The overrun past the length, hatched, and the length marked.
        wxRect over = rect;
        over.x = rect.x + static_cast<int>(rect.width * b.length / whole);
        over.width = rect.GetRight() - over.x + 1;
        dc.SetBrush(wxBrush(alert_text_colour(), wxBRUSHSTYLE_BDIAGONAL_HATCH));
        dc.DrawRoundedRectangle(over, radius);
        dc.SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT), 2));
        dc.DrawLine(over.x, rect.y - 2, over.x, rect.GetBottom() + 2);
    }
}

TimeBar::TimeBar(wxWindow* parent) : wxControl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_NONE) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { on_paint(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        Refresh();
        event.Skip();
    });
}

void TimeBar::set_budget(const TimeBudget& budget) {
    budget_ = budget;
    SetLabel(wx(time_budget_text(budget)));
    SetToolTip(GetLabel());
    InvalidateBestSize();
    Refresh();
}

wxSize TimeBar::DoGetBestClientSize() const {
    return wxSize(FromDIP(200), FromDIP(10) + FromDIP(6) + GetCharHeight());
}

void TimeBar::on_paint() {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(GetParent()->GetBackgroundColour());
    dc.Clear();
    const wxSize size = GetClientSize();
    // The bar across the width, the numbers under it.
    draw_time_bar(dc, wxRect(0, 0, size.x, FromDIP(10)), budget_);
    dc.SetFont(GetFont());
    dc.SetTextForeground(budget_.over() ? alert_text_colour() : GetForegroundColour());
    const wxString text = wxControl::Ellipsize(GetLabel(), dc, wxELLIPSIZE_END, size.x);
    dc.DrawText(text, 0, FromDIP(16));
}

}  // namespace ikit
