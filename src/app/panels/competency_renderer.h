#pragma once
/// \file competency_renderer.h
/// The bank list's competency cell: the main competency, cut with "…" when the column is narrow, and
/// "+2" in a quieter colour for the question's other competencies, which stays visible however narrow.

#include <wx/dataview.h>

namespace ikit {

/// Renders values "Main competency\t+N" (the tab and count are absent when there is one competency).
class CompetencyRenderer : public wxDataViewCustomRenderer {
public:
    /// A read-only renderer for string values.
    CompetencyRenderer();

    /// Splits a cell value into the main name and the "+N" part.
    static void split(const wxString& value, wxString& main, wxString& more);

    bool SetValue(const wxVariant& value) override;
    bool GetValue(wxVariant& value) const override;
    wxSize GetSize() const override;
    bool Render(wxRect cell, wxDC* dc, int state) override;

private:
    wxString main_;
    wxString more_;
};

}  // namespace ikit
