#include "panels/findings_list.h"

#include "panels/question_html.h"
#include "panels/ui_style.h"
#include "wx_text.h"

#include <wx/html/htmlcell.h>
#include <wx/translation.h>

namespace ikit {

namespace {
std::string label_of(Severity severity) {
    switch (severity) {
        case Severity::Error: return utf8(_("Error"));
        case Severity::Warning: return utf8(_("Warning"));
        default: return utf8(_("Advice"));
    }
}
std::string colour_of(Severity severity) {
    const wxColour colour = severity == Severity::Error ? alert_text_colour()
                            : severity == Severity::Warning ? wxColour(0x9a, 0x5b, 0x00) : muted_text_colour();
    return utf8(colour.GetAsString(wxC2S_HTML_SYNTAX));
}
}  // namespace

std::string finding_row_html(const Finding& finding) {
    std::string html = "<font color=\"" + colour_of(finding.severity) + "\"><b>" + label_of(finding.severity) +
                       "</b></font>&nbsp;&nbsp;" + html_escape(finding.message);
    if (!finding.suggestion.empty())
        html += "<br><i>" + html_escape(utf8(_("Suggested wording:"))) + "</i> \u201c" + html_escape(finding.suggestion) + "\u201d";
    return html;
}

FindingsList::FindingsList(wxWindow* parent) : wxHtmlListBox(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                                              wxBORDER_THEME) {
    SetMargins(FromDIP(6), FromDIP(3));
    // Rows are laid out again at every width, so a message wraps where the pane now ends.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { RefreshAll(); });
    });
}

void FindingsList::set_findings(const std::vector<Finding>& findings, const std::string& empty_text) {
    findings_ = findings;
    empty_text_ = empty_text;
    SetItemCount(findings_.empty() ? 1 : findings_.size());
    RefreshAll();
}

wxString FindingsList::OnGetItem(size_t n) const {
    if (findings_.empty()) return wx("<font color=\"" + utf8(ok_text_colour().GetAsString(wxC2S_HTML_SYNTAX)) +
                                     "\"><b>" + html_escape(utf8(_("OK"))) + "</b></font>&nbsp;&nbsp;" + html_escape(empty_text_));
    return n < findings_.size() ? wx(finding_row_html(findings_[n])) : wxString();
}

int FindingsList::rows_height() const {
    int height = 0;
    for (size_t i = 0; i < GetItemCount(); ++i) height += static_cast<int>(OnMeasureItem(i));
    return height;
}

}  // namespace ikit
