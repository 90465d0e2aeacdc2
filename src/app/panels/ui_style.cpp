#include "panels/ui_style.h"

#include <wx/settings.h>
#include <wx/stattext.h>

namespace ikit {

wxStaticText* make_heading(wxWindow* parent, const wxString& text) {
    auto* label = new wxStaticText(parent, wxID_ANY, text);
    wxFont font = label->GetFont();
    font.SetWeight(wxFONTWEIGHT_BOLD);
    font.SetFractionalPointSize(font.GetFractionalPointSize() * 1.15);
    label->SetFont(font);
    return label;
}

wxStaticText* make_hint(wxWindow* parent, const wxString& text) {
    auto* label = new wxStaticText(parent, wxID_ANY, text, wxDefaultPosition, wxDefaultSize, wxALIGN_CENTRE_HORIZONTAL);
    label->SetForegroundColour(muted_text_colour());
    return label;
}

wxColour muted_text_colour() {
    const bool dark = wxSystemSettings::GetAppearance().IsDark();
    return dark ? wxColour(170, 170, 170) : wxColour(100, 100, 100);
}

wxColour alert_text_colour() {
    const bool dark = wxSystemSettings::GetAppearance().IsDark();
    return dark ? wxColour(255, 120, 110) : wxColour(176, 32, 32);
}

wxColour ok_text_colour() {
    const bool dark = wxSystemSettings::GetAppearance().IsDark();
    return dark ? wxColour(120, 200, 140) : wxColour(30, 110, 60);
}

}  // namespace ikit
