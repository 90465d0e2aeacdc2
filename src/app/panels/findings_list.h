#pragma once
/// \file findings_list.h
/// The checks pane's list: one row per finding, its severity, its whole message wrapped to the width
/// and its suggested rewording under it — rows as tall as their text, never cut.

#include "checks/kit_checks.h"

#include <wx/htmllbox.h>

#include <vector>

namespace ikit {

/// The HTML of one finding's row (severity, message, suggestion), escaped.
std::string finding_row_html(const Finding& finding);

/// A list of findings whose rows wrap (a wxHtmlListBox).
class FindingsList : public wxHtmlListBox {
public:
    /// An empty list.
    explicit FindingsList(wxWindow* parent);
    /// Shows these findings (an empty list shows `empty_text` as its one row).
    void set_findings(const std::vector<Finding>& findings, const std::string& empty_text);
    /// The height all rows take now, at the list's width.
    int rows_height() const;

protected:
    wxString OnGetItem(size_t n) const override;

private:
    std::vector<Finding> findings_;
    std::string empty_text_;
};

}  // namespace ikit
