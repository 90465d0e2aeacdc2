#pragma once
/// \file properties_dialog.h
/// Kit ▸ Properties: title, role, stage, length, instructions, author, paper size, the competencies the
/// kit must cover and the overall recommendation scale.

#include "app_services.h"
#include "model/kit.h"

#include <wx/dialog.h>

class wxCheckListBox;
class wxChoice;
class wxSpinCtrl;
class wxTextCtrl;
class wxComboBox;

namespace ikit {

/// Edits a kit's properties.
class PropertiesDialog : public wxDialog {
public:
    /// A dialog showing `settings`; roles and competencies come from the services' bank.
    PropertiesDialog(wxWindow* parent, const KitSettings& settings, const AppServices& services);
    /// The settings as edited.
    KitSettings settings() const;

private:
    KitSettings original_;
    std::vector<Competency> choices_;  // the competencies offered, bank order (plus any the kit has that the bank lacks)
    wxCheckListBox* competencies_ = nullptr;
    wxTextCtrl* recommendation_ = nullptr;
    const QuestionBank& bank_;
    wxTextCtrl* title_ = nullptr;
    wxChoice* role_ = nullptr;
    wxComboBox* stage_ = nullptr;
    wxSpinCtrl* length_ = nullptr;
    wxTextCtrl* instructions_ = nullptr;
    wxTextCtrl* author_ = nullptr;
    wxChoice* paper_ = nullptr;
};

}  // namespace ikit
