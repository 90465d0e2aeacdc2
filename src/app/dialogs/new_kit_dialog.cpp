#include "dialogs/new_kit_dialog.h"

#include "dialogs/dialog_buttons.h"
#include "dialogs/first_field_focus.h"
#include "panels/ui_style.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace ikit {

NewKitDialog::NewKitDialog(wxWindow* parent, const AppServices& services)
    : wxDialog(parent, wxID_ANY, _("New Kit from Bank"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      bank_(services.library.bank) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   _("Pick a role and the competencies to cover; questions are chosen from the bank\n"
                                     "to fit the time, each with its competency's rubric. You can change everything after."));
    sizer->Add(intro, 0, wxALL, FromDIP(14));

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(10));
    grid->AddGrowableCol(1);
    role_ = new wxChoice(this, wxID_ANY);
    for (const auto& r : bank_.roles()) role_->Append(wx(r.name));
    if (!bank_.roles().empty()) role_->SetSelection(0);
    grid->Add(new wxStaticText(this, wxID_ANY, _("&Role:")), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
    grid->Add(role_, 1, wxEXPAND);

    competencies_ = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxSize(FromDIP(340), FromDIP(170)));
    for (const auto& c : bank_.competencies()) competencies_->Append(wx(c.name));
    grid->Add(new wxStaticText(this, wxID_ANY, _("&Competencies:")), 0, wxALIGN_TOP | wxALIGN_RIGHT | wxTOP, FromDIP(2));
    auto* comp = new wxBoxSizer(wxVERTICAL);
    comp->Add(competencies_, 1, wxEXPAND);
    auto* note = new wxStaticText(this, wxID_ANY, _("None ticked: the role's most asked competencies."));
    note->SetForegroundColour(muted_text_colour());
    comp->Add(note, 0, wxTOP, FromDIP(2));
    grid->Add(comp, 1, wxEXPAND);
    grid->AddGrowableRow(1);

    minutes_ = new wxSpinCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(FromDIP(120), -1), wxSP_ARROW_KEYS, 15, 480, 60);
    grid->Add(new wxStaticText(this, wxID_ANY, _("&Length (min):")), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
    grid->Add(minutes_, 0);
    title_ = new wxTextCtrl(this, wxID_ANY, "");
    title_->SetHint(_("e.g. Director of Support, panel interview"));
    grid->Add(new wxStaticText(this, wxID_ANY, _("&Title:")), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
    grid->Add(title_, 1, wxEXPAND);
    // TRANSLATORS: the stage a new kit is for, written into the kit (the user may change it).
    stage_ = new wxTextCtrl(this, wxID_ANY, _("Interview"));
    grid->Add(new wxStaticText(this, wxID_ANY, _("&Stage:")), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
    grid->Add(stage_, 1, wxEXPAND);
    sizer->Add(grid, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(14));

    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    if (auto* ok = FindWindow(wxID_OK)) ok->SetLabel(_("&Create Kit"));
    label_dialog_buttons(*this);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(sizer);
    CentreOnParent();
    role_->SetName("new_kit_role");
    focus_first_field(*this, *role_);
}

bool NewKitDialog::TransferDataFromWindow() {
    if (role_->GetSelection() < 0) {
        wxMessageBox(_("Choose the role the kit is for."), _("New Kit from Bank"), wxOK | wxICON_INFORMATION, this);
        return false;
    }
    return true;
}

KitRequest NewKitDialog::request() const {
    KitRequest r;
    const int role = role_->GetSelection();
    if (role >= 0) r.role = bank_.roles()[static_cast<std::size_t>(role)].id;
    for (unsigned i = 0; i < competencies_->GetCount(); ++i)
        if (competencies_->IsChecked(i)) r.competencies.push_back(bank_.competencies()[i].id);
    r.minutes = minutes_->GetValue();
    r.title = trim(utf8(title_->GetValue()));
    const std::string stage = trim(utf8(stage_->GetValue()));
    if (!stage.empty()) r.stage = stage;
    return r;
}

}  // namespace ikit
