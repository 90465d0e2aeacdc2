#pragma once
/// \file properties_dialog.h
/// Kit ▸ Properties: title, role, stage, length, instructions, author and paper size.

#include "app_services.h"
#include "model/kit.h"

#include <wx/dialog.h>

class wxChoice;
class wxSpinCtrl;
class wxTextCtrl;
class wxComboBox;

namespace ikit {

/// Edits a kit's properties.
class PropertiesDialog : public wxDialog {
public:
    /// A dialog showing `properties`; roles come from the services' bank.
    PropertiesDialog(wxWindow* parent, const KitProperties& properties, const AppServices& services);
    /// The properties as edited.
    KitProperties properties() const;

private:
    KitProperties original_;
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
