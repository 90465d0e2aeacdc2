#include "dialogs/preferences_dialog.h"

#include "app_language.h"
#include "dialogs/dialog_buttons.h"
#include "panels/ui_style.h"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace ikit {

PreferencesDialog::PreferencesDialog(wxWindow* parent, const Preferences& shown, const std::vector<std::string>& languages)
    : wxDialog(parent, wxID_ANY, _("Preferences"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE) {
    language_ = new wxChoice(this, wxID_ANY);
    language_->SetName("preferences_language");
    // TRANSLATORS: the language choice in Preferences: follow the desktop's language.
    language_->Append(_("System default"));
    codes_.push_back("");
    for (const auto& code : languages) {
        if (code == "qps") continue;  // the pseudo-translation is for tests, set with LANGUAGE=qps
        language_->Append(language_name(code));
        codes_.push_back(code);
    }
    const auto at = std::find(codes_.begin(), codes_.end(), shown.language);
    if (at == codes_.end() && !shown.language.empty()) {  // a language whose catalog is gone: keep it shown
        language_->Append(language_name(shown.language));
        codes_.push_back(shown.language);
    }
    language_->SetSelection(static_cast<int>(std::find(codes_.begin(), codes_.end(), shown.language) - codes_.begin()));

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(10));
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(this, wxID_ANY, _("&Language:")), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
    grid->Add(language_, 1, wxEXPAND);
    grid->AddSpacer(0);
    auto* note = new wxStaticText(this, wxID_ANY, _("The new language is used the next time Interview Kit Builder starts."));
    note->SetForegroundColour(muted_text_colour());
    note->Wrap(FromDIP(360));
    grid->Add(note, 0);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 1, wxEXPAND | wxALL, FromDIP(14));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12));
    label_dialog_buttons(*this);
    SetSizerAndFit(sizer);
    CentreOnParent();
    language_->SetFocus();
}

Preferences PreferencesDialog::preferences() const {
    Preferences result;
    const int index = language_->GetSelection();
    if (index >= 0 && static_cast<std::size_t>(index) < codes_.size()) result.language = codes_[static_cast<std::size_t>(index)];
    return result;
}

}  // namespace ikit
