#include "panels/competency_renderer.h"

#include "panels/ui_style.h"

#include <wx/control.h>
#include <wx/dc.h>
#include <wx/settings.h>

namespace ikit {

CompetencyRenderer::CompetencyRenderer() : wxDataViewCustomRenderer("string", wxDATAVIEW_CELL_INERT, wxALIGN_LEFT) {}

void CompetencyRenderer::split(const wxString& value, wxString& main, wxString& more) {
    const int tab = value.Find('\t', true);
    main = tab == wxNOT_FOUND ? value : value.Left(static_cast<size_t>(tab));
    more = tab == wxNOT_FOUND ? wxString() : value.Mid(static_cast<size_t>(tab) + 1);
}

bool CompetencyRenderer::SetValue(const wxVariant& value) {
    split(value.GetString(), main_, more_);
    return true;
}

bool CompetencyRenderer::GetValue(wxVariant& value) const {
    value = more_.empty() ? main_ : main_ + "\t" + more_;
    return true;
}

wxSize CompetencyRenderer::GetSize() const {
    return GetTextExtent(more_.empty() ? main_ : main_ + "  " + more_);
}

bool CompetencyRenderer::Render(wxRect cell, wxDC* dc, int state) {
    const int gap = dc->GetTextExtent("  ").x;
    const int more_width = more_.empty() ? 0 : dc->GetTextExtent(more_).x + gap;
    const wxString main = wxControl::Ellipsize(main_, *dc, wxELLIPSIZE_END, std::max(0, cell.width - more_width));
    RenderText(main, 0, cell, dc, state);
    if (!more_.empty()) {
        const wxSize size = dc->GetTextExtent(more_);
        const int x = cell.x + std::min(dc->GetTextExtent(main).x + gap, std::max(0, cell.width - size.x));
        const bool selected = (state & wxDATAVIEW_CELL_SELECTED) != 0;
        dc->SetTextForeground(selected ? wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHTTEXT) : muted_text_colour());
        dc->DrawText(more_, x, cell.y + (cell.height - size.y) / 2);
    }
    return true;
}

}  // namespace ikit
