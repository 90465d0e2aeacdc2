#pragma once
/// \file dialog_buttons.h
/// Labels a dialog's stock buttons (OK, Cancel, Close, Yes, No) from the app's own catalog, so they are
/// in the app's language even where wxWidgets' catalog (wxstd) is not installed.

class wxWindow;

namespace ikit {

/// Gives each stock button of `dialog` (and its children) that still shows wx's stock label the app's
/// translation of it; buttons given a label of their own ("&Export") are left as they are.
void label_dialog_buttons(wxWindow& dialog);

}  // namespace ikit
