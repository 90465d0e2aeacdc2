#pragma once
/// \file preferences_dialog.h
/// Edit ▸ Preferences: the language of the app (the desktop's, or one of the languages it ships),
/// which takes effect at the next start.

#include "prompts.h"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxChoice;

namespace ikit {

/// Edits the user's preferences.
class PreferencesDialog : public wxDialog {
public:
    /// A dialog showing `shown`, offering "System default" and each of `languages` (codes, "en" first).
    PreferencesDialog(wxWindow* parent, const Preferences& shown, const std::vector<std::string>& languages);
    /// The preferences as edited.
    Preferences preferences() const;

private:
    std::vector<std::string> codes_;  // the language choice's codes, "" (the system's) first
    wxChoice* language_ = nullptr;
};

}  // namespace ikit
