#include "dialogs/export_dialog.h"

#include "dialogs/dialog_buttons.h"
#include "dialogs/first_field_focus.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/filename.h>
#include <wx/filepicker.h>
#include <wx/msgdlg.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace ikit {

ExportDialog::ExportDialog(wxWindow* parent, const ExportRequest& defaults)
    : wxDialog(parent, wxID_ANY, _("Export PDF"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      defaults_(defaults) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const bool loop = !defaults.interviews.empty();
    const wxString kinds[] = {_("&Scorecards (one per interviewer, for the interview room)"),
                              _("Interviewer &guide (for preparation)"),
                              _("Candidate's &agenda (whom they meet, in what order, what about)")};
    kind_ = new wxRadioBox(this, wxID_ANY, _("Document"), wxDefaultPosition, wxDefaultSize, loop ? 3 : 2, kinds, 1);
    kind_->SetSelection(defaults.agenda && loop ? 2 : defaults.options.kind == PdfKind::Guide ? 1 : 0);
    kind_->SetName("export_kind");
    sizer->Add(kind_, 0, wxEXPAND | wxALL, FromDIP(12));

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(10));
    grid->AddGrowableCol(1);
    auto label = [&](const wxString& text, bool top = false) {
        grid->Add(new wxStaticText(this, wxID_ANY, text), 0,
                  (top ? wxALIGN_TOP | wxTOP : wxALIGN_CENTER_VERTICAL) | wxALIGN_RIGHT, top ? FromDIP(4) : 0);
    };
    // --- a kit with an interview plan: one interview, or all of them in loop order ---
    if (loop) {
        interview_ = new wxChoice(this, wxID_ANY);
        interview_->SetName("export_interview");
        interview_->Append(_("All interviews, in loop order"));
        for (size_t i = 0; i < defaults.interviews.size(); ++i)
            interview_->Append(wxString::Format("%zu. ", i + 1) + wx(defaults.interviews[i]));
        interview_->SetSelection(defaults.interview >= 0 && defaults.interview < static_cast<int>(defaults.interviews.size())
                                     ? defaults.interview + 1
                                     : 0);
        label(_("I&nterview:"));
        grid->Add(interview_, 1, wxEXPAND);
    }
    paper_ = new wxChoice(this, wxID_ANY);
    paper_->Append(_(L"A4 (210 \u00d7 297 mm)"));
    paper_->Append(_(L"US Letter (8.5 \u00d7 11 in)"));
    paper_->SetSelection(defaults.options.paper == Paper::Letter ? 1 : 0);
    label(_("&Paper:"));
    grid->Add(paper_, 1, wxEXPAND);
    candidate_ = new wxTextCtrl(this, wxID_ANY, wx(defaults.options.candidate));
    candidate_->SetHint(_("Leave empty for a line to write on"));
    candidate_->SetName("export_candidate");
    label(_("&Candidate:"));
    grid->Add(candidate_, 1, wxEXPAND);
    interviewers_ = new wxTextCtrl(this, wxID_ANY, lines_text(defaults.options.interviewers), wxDefaultPosition,
                                   wxSize(FromDIP(420), FromDIP(70)), wxTE_MULTILINE);
    interviewers_->SetToolTip(_("One name per line; each gets a scorecard"));
    label(_("&Interviewers\n(one per line):"), true);
    grid->Add(interviewers_, 1, wxEXPAND);
    auto* date_row = new wxBoxSizer(wxHORIZONTAL);
    has_date_ = new wxCheckBox(this, wxID_ANY, _("&Print a date:"));
    date_ = new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                 wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    wxDateTime date;
    if (!defaults.options.date.empty() && date.ParseISODate(wx(defaults.options.date))) {
        date_->SetValue(date);
        has_date_->SetValue(true);
    }
    date_->Enable(has_date_->GetValue());
    date_row->Add(has_date_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
    date_row->Add(date_, 0, wxALIGN_CENTER_VERTICAL);
    grid->AddSpacer(0);
    grid->Add(date_row, 0);
    file_ = new wxFilePickerCtrl(this, wxID_ANY, wx(defaults.path), _("Export PDF as"), _("PDF files (*.pdf)") + "|*.pdf",
                                 wxDefaultPosition, wxSize(FromDIP(420), -1),  // room for a folder and a name
                                 wxFLP_SAVE | wxFLP_OVERWRITE_PROMPT | wxFLP_USE_TEXTCTRL);
    file_->SetTextCtrlProportion(4);
    // wx's own word for the button, from the app's catalog (wx's is not installed everywhere).
    if (wxControl* browse = file_->GetPickerCtrl()) browse->SetLabel(_(L"&Browse\u2026"));
    file_->SetPath(wx(defaults.path));
    if (file_->GetTextCtrl()) file_->GetTextCtrl()->ChangeValue(wx(defaults.path));
    label(_("Save &to:"));
    grid->Add(file_, 1, wxEXPAND);
    sizer->Add(grid, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));

    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    if (auto* ok = FindWindow(wxID_OK)) ok->SetLabel(_("&Export"));
    label_dialog_buttons(*this);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(sizer);
    CentreOnParent();
    focus_first_field(*this, *candidate_);  // the first field to type in, not the Export button

    has_date_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { date_->Enable(has_date_->GetValue()); });
    kind_->Bind(wxEVT_RADIOBOX, [this](wxCommandEvent&) { on_kind_changed(); });
    if (interview_) {
        interview_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { on_kind_changed(); });
        update_plan_fields();
    }
}

void ExportDialog::update_plan_fields() {
    // The agenda is the loop's; the scorecards of every interview go to the plan's interviewers.
    const bool agenda = kind_->GetSelection() == 2;
    interview_->Enable(!agenda);
    const bool all = interview_->GetSelection() <= 0;
    interviewers_->Enable(!agenda && !(all && kind_->GetSelection() == 0));
    interviewers_->SetToolTip(all ? _("Every interview's scorecards go to its own interviewers (the plan's)")
                                  : _("One name per line; each gets a scorecard. Empty: the interview's interviewers"));
}

void ExportDialog::on_kind_changed() {
    if (interview_) update_plan_fields();
    if (defaults_.file_name_for) {
        // The file name of the choice, in the folder chosen.
        const ExportRequest chosen = request();
        wxFileName name(file_->GetPath());
        const std::string suggested = defaults_.file_name_for(chosen.options.kind, chosen.interview, chosen.agenda);
        if (!suggested.empty()) {
            name.SetFullName(wx(suggested));
            file_->SetPath(name.GetFullPath());
        }
        return;
    }
    // Follow the kind in the suggested file name ("… scorecards.pdf" / "… guide.pdf").
    wxFileName name(file_->GetPath());
    wxString stem = name.GetName();
    const bool guide = kind_->GetSelection() == 1;
    if (guide && stem.EndsWith(" scorecards", &stem)) name.SetName(stem + " guide");
    else if (!guide && stem.EndsWith(" guide", &stem)) name.SetName(stem + " scorecards");
    file_->SetPath(name.GetFullPath());
}

bool ExportDialog::TransferDataFromWindow() {
    if (trim(utf8(file_->GetPath())).empty()) {
        wxMessageBox(_("Choose where to save the PDF."), _("Export PDF"), wxOK | wxICON_INFORMATION, this);
        return false;
    }
    return true;
}

ExportRequest ExportDialog::request() const {
    ExportRequest r = defaults_;
    r.options.kind = kind_->GetSelection() == 1 ? PdfKind::Guide : PdfKind::Scorecard;
    r.agenda = kind_->GetSelection() == 2;
    r.interview = interview_ ? interview_->GetSelection() - 1 : -1;
    r.options.paper = paper_->GetSelection() == 1 ? Paper::Letter : Paper::A4;
    r.options.candidate = trim(utf8(candidate_->GetValue()));
    r.options.interviewers = text_lines(interviewers_->GetValue());
    r.options.date = has_date_->GetValue() ? utf8(date_->GetValue().FormatISODate()) : std::string();
    wxString path = file_->GetPath();
    if (!path.Lower().EndsWith(".pdf")) path += ".pdf";
    r.path = utf8(path);
    return r;
}

}  // namespace ikit
