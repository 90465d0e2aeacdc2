#pragma once
/// \file first_field_focus.h
/// Dialogs open with the keyboard in their first field, not on the OK button GTK would pick.

class wxDialog;
class wxWindow;

namespace ikit {

/// Gives `field` the keyboard focus each time `dialog` is shown (once the window system has shown it).
void focus_first_field(wxDialog& dialog, wxWindow& field);

}  // namespace ikit
