#pragma once
/// \file export_dialog.h
/// File ▸ Export: what to print (scorecard or guide; for a kit with a plan, one interview or all, or the
/// candidate's agenda), on which paper, for whom, and where.

#include "prompts.h"

#include <wx/dialog.h>

class wxCheckBox;
class wxChoice;
class wxDatePickerCtrl;
class wxFilePickerCtrl;
class wxRadioBox;
class wxTextCtrl;

namespace ikit {

/// Asks for the options of a PDF export.
class ExportDialog : public wxDialog {
public:
    /// A dialog filled with `defaults`.
    ExportDialog(wxWindow* parent, const ExportRequest& defaults);
    /// The request as filled in.
    ExportRequest request() const;

private:
    bool TransferDataFromWindow() override;
    void on_kind_changed();
    void update_plan_fields();

    ExportRequest defaults_;
    wxRadioBox* kind_ = nullptr;
    wxChoice* paper_ = nullptr;
    wxTextCtrl* candidate_ = nullptr;
    wxTextCtrl* interviewers_ = nullptr;
    wxCheckBox* has_date_ = nullptr;
    wxDatePickerCtrl* date_ = nullptr;
    wxFilePickerCtrl* file_ = nullptr;
    wxChoice* interview_ = nullptr;  // a kit with a plan: all interviews, or one
};

}  // namespace ikit
