#include "workspaces/coverage_grid.h"

#include "panels/ui_style.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/settings.h>
#include <wx/translation.h>

#include <algorithm>
#include <cstdlib>

namespace ikit {

namespace {

wxColour blend(const wxColour& a, const wxColour& b, double share_of_b) {
    auto mix = [&](unsigned char x, unsigned char y) {
        return static_cast<unsigned char>(x + (y - x) * share_of_b);
    };
    return wxColour(mix(a.Red(), b.Red()), mix(a.Green(), b.Green()), mix(a.Blue(), b.Blue()));
}

wxColour window_colour() { return wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW); }

/// A column heading: the interview's number and name on at most two lines of about 13 characters
/// (what does not fit is cut with "…"; the whole name is in the interviews list).
wxString column_label(size_t index, const std::string& name) {
    std::vector<std::string> lines{std::to_string(index + 1) + "."};
    for (const std::string& word : split_words(name)) {
        std::string& line = lines.back();
        if (line.size() > 3 && line.size() + word.size() >= 14) {
            if (lines.size() == 2) {
                line += "\u2026";
                break;
            }
            lines.push_back(word);
        } else {
            line += " " + word;
        }
    }
    return wx(join(lines, "\n"));
}

}  // namespace

wxColour gap_colour() { return blend(window_colour(), alert_text_colour(), 0.22); }

wxColour single_rater_colour() {
    const wxColour amber = wxSystemSettings::GetAppearance().IsDark() ? wxColour(230, 180, 80) : wxColour(230, 160, 0);
    return blend(window_colour(), amber, 0.25);
}

CoverageGrid::CoverageGrid(wxWindow* parent) : wxGrid(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_THEME) {
    CreateGrid(0, 0, wxGridSelectCells);
    EnableEditing(false);
    EnableDragRowSize(false);
    EnableDragColMove(false);
    EnableDragGridSize(false);
    SetCellHighlightPenWidth(0);
    SetCellHighlightROPenWidth(0);
    SetDefaultCellAlignment(wxALIGN_CENTRE, wxALIGN_CENTRE);
    SetRowLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
    SetColLabelAlignment(wxALIGN_CENTRE, wxALIGN_CENTRE);
    SetDefaultRowSize(GetCharHeight() + FromDIP(6), true);
    SetLabelFont(GetFont());
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (std::abs(event.GetSize().x - shown_width_) > FromDIP(8) && !shown_.empty())
            CallAfter([this] { show(CoverageMatrix(shown_)); });
    });
}

wxString CoverageGrid::interviewers_text(const CoverageRow& row) {
    // TRANSLATORS: a coverage matrix cell: no interviewer rates this required competency.
    if (row.interviews == 0) return row.required ? _(L"none \u2013 gap") : _("none");
    // TRANSLATORS: a coverage matrix cell: a single interviewer rates this competency.
    if (row.interviewers == 1) return _("1 only");
    return wxString::Format("%d", row.interviewers);
}

void CoverageGrid::show(const CoverageMatrix& m) {
    if (&m != &shown_) shown_ = m;
    shown_width_ = GetSize().x;
    const bool named = std::any_of(m.rows.begin(), m.rows.end(), [](const CoverageRow& r) { return r.required; });
    std::vector<const CoverageRow*> shown;
    for (const auto& row : m.rows)
        if (row.required || !named) shown.push_back(&row);
    hidden_ = static_cast<int>(m.rows.size() - shown.size());
    BeginBatch();
    const int columns = static_cast<int>(m.interviews.size()) + 1;
    const int rows = static_cast<int>(shown.size()) + 1;
    if (GetNumberCols() > 0) DeleteCols(0, GetNumberCols());
    if (GetNumberRows() > 0) DeleteRows(0, GetNumberRows());
    AppendCols(columns);
    AppendRows(rows);

    wxClientDC dc(this);
    dc.SetFont(GetLabelFont());
    int label_lines = 1;
    for (size_t c = 0; c < m.interviews.size(); ++c) {
        const wxString label = column_label(c, m.interviews[c].name);
        SetColLabelValue(static_cast<int>(c), label);
        label_lines = std::max(label_lines, static_cast<int>(wxSplit(label, '\n').size()));
    }
    SetColLabelValue(columns - 1, _("Interviewers"));
    SetColLabelSize(label_lines * GetCharHeight() + FromDIP(8));

    // Competency names get at most 30% of the width (the interviews' columns need the rest), cut with "…".
    const int widest_label = std::max(FromDIP(140), GetSize().x * 3 / 10);
    int label_width = dc.GetTextExtent(_("Minutes")).x;
    const wxColour used = blend(window_colour(), wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT), 0.12);
    for (size_t r = 0; r < shown.size(); ++r) {
        const CoverageRow& row = *shown[r];
        const int y = static_cast<int>(r);
        // TRANSLATORS: a competency the kit's questions touch but the kit does not name.
        const wxString whole = row.required ? wx(row.name) : wxString::Format(_("%s  (not named)"), wx(row.name));
        const wxString label = wxControl::Ellipsize(whole, dc, wxELLIPSIZE_END, widest_label);
        SetRowLabelValue(y, label);
        label_width = std::max(label_width, dc.GetTextExtent(label).x);
        const bool gap = row.required && row.interviews == 0;
        const bool single = row.interviews > 0 && row.interviewers == 1;
        for (size_t c = 0; c < row.cells.size(); ++c) {
            const int x = static_cast<int>(c);
            const int n = row.cells[c].questions;
            SetCellValue(y, x, n > 0 ? wxString::Format("%d", n) : wxString());
            SetCellBackgroundColour(y, x, gap ? gap_colour() : n > 0 ? used : window_colour());
        }
        SetCellValue(y, columns - 1, interviewers_text(row));
        SetCellBackgroundColour(y, columns - 1, gap ? gap_colour() : single ? single_rater_colour() : window_colour());
        SetCellTextColour(y, columns - 1, gap ? alert_text_colour() : GetDefaultCellTextColour());
        wxFont font = GetDefaultCellFont();
        if (gap || single) font.SetWeight(wxFONTWEIGHT_BOLD);
        SetCellFont(y, columns - 1, font);
    }
    // The foot: each interview's planned minutes of its length.
    const int foot = rows - 1;
    SetRowLabelValue(foot, _("Minutes"));
    for (size_t c = 0; c < m.interviews.size(); ++c) {
        const CoverageColumn& col = m.interviews[c];
        const int x = static_cast<int>(c);
        SetCellValue(foot, x, wxString::Format("%d / %d", col.planned, col.length));
        SetCellTextColour(foot, x, col.left < 0 ? alert_text_colour() : muted_text_colour());
    }
    SetCellValue(foot, columns - 1, "");
    SetRowLabelSize(label_width + FromDIP(20));
    AutoSizeColumns(false);
    for (int c = 0; c < columns; ++c) SetColSize(c, std::max(GetColSize(c), FromDIP(72)));
    EndBatch();
    ForceRefresh();
}

}  // namespace ikit
