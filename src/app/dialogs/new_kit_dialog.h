#pragma once
/// \file new_kit_dialog.h
/// File ▸ New from Bank: asks for the role, competencies, length and title of a kit to assemble.

#include "app_services.h"
#include "bank/kit_assembler.h"

#include <wx/dialog.h>

class wxCheckListBox;
class wxChoice;
class wxSpinCtrl;
class wxTextCtrl;

namespace ikit {

/// Asks what kit assemble_kit should build.
class NewKitDialog : public wxDialog {
public:
    /// A dialog over the services' bank.
    NewKitDialog(wxWindow* parent, const AppServices& services);
    /// The request as filled in.
    KitRequest request() const;

private:
    bool TransferDataFromWindow() override;

    const QuestionBank& bank_;
    wxChoice* role_ = nullptr;
    wxCheckListBox* competencies_ = nullptr;
    wxSpinCtrl* minutes_ = nullptr;
    wxTextCtrl* title_ = nullptr;
    wxTextCtrl* stage_ = nullptr;
};

}  // namespace ikit
