#pragma once
/// \file ui_style.h
/// The few visual conventions shared by the panes: headings, muted hints, warning colours.

#include <wx/colour.h>
#include <wx/string.h>

class wxStaticText;
class wxWindow;

namespace ikit {

/// A pane heading: bold, a little larger than body text.
wxStaticText* make_heading(wxWindow* parent, const wxString& text);
/// A grey, wrapped hint for empty states.
wxStaticText* make_hint(wxWindow* parent, const wxString& text);
/// Secondary text colour (counts, hints).
wxColour muted_text_colour();
/// Colour of a warning that needs attention (over time, errors).
wxColour alert_text_colour();
/// Colour of a state that is fine (within time, all covered).
wxColour ok_text_colour();

}  // namespace ikit
