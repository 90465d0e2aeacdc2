#include "dialogs/properties_dialog.h"

#include "app_language.h"
#include "dialogs/dialog_buttons.h"
#include "dialogs/first_field_focus.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace ikit {

PropertiesDialog::PropertiesDialog(wxWindow* parent, const KitSettings& settings, const AppServices& services)
    : wxDialog(parent, wxID_ANY, _("Kit Properties"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      original_(settings), bank_(services.library.bank) {
    const KitProperties& properties = settings.properties;
    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(10));
    grid->AddGrowableCol(1);
    title_ = new wxTextCtrl(this, wxID_ANY, wx(properties.title), wxDefaultPosition, wxSize(FromDIP(360), -1));
    add_row(grid, _("&Title:"), title_);
    add_row(grid, _("&Role:"), make_role_choice(properties));
    // TRANSLATORS: stages offered in Kit Properties; the one chosen is written into the kit as it is.
    const wxString stages[] = {_("Phone screen"), _("Interview"), _("Panel"), _("Final")};
    stage_ = new wxComboBox(this, wxID_ANY, wx(properties.stage), wxDefaultPosition, wxDefaultSize, 4, stages);
    add_row(grid, _("&Stage:"), stage_);
    add_row(grid, _("&Length:"), make_length_row(properties));
    instructions_ = new wxTextCtrl(this, wxID_ANY, wx(properties.instructions), wxDefaultPosition,
                                   wxSize(-1, FromDIP(90)), wxTE_MULTILINE);
    add_tall_row(grid, _("&Instructions:"), instructions_);
    grid->AddGrowableRow(4);
    author_ = new wxTextCtrl(this, wxID_ANY, wx(properties.author));
    add_row(grid, _("&Author:"), author_);
    add_row(grid, _("&Paper:"), make_paper_choice(properties));
    add_row(grid, _("Lan&guage of printed forms:"), make_language_choice(properties));
    add_tall_row(grid, _("&Must cover:"), make_competency_list(settings.competencies));
    add_tall_row(grid, _("Re&commendation:"), make_recommendation_box(settings.recommendation_labels));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 1, wxEXPAND | wxALL, FromDIP(14));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12));
    label_dialog_buttons(*this);
    SetSizerAndFit(sizer);
    title_->SetName("properties_title");
    focus_first_field(*this, *title_);
    CentreOnParent();
}

void PropertiesDialog::add_row(wxSizer* grid, const wxString& label, wxWindow* field) {
    grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
    grid->Add(field, 1, wxEXPAND);
}

void PropertiesDialog::add_row(wxSizer* grid, const wxString& label, wxSizer* fields) {
    grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
    grid->Add(fields, 1);
}

void PropertiesDialog::add_tall_row(wxSizer* grid, const wxString& label, wxWindow* field) {
    grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_TOP | wxALIGN_RIGHT | wxTOP, FromDIP(4));
    grid->Add(field, 1, wxEXPAND);
}

wxChoice* PropertiesDialog::make_role_choice(const KitProperties& properties) {
    role_ = new wxChoice(this, wxID_ANY);
    role_->Append(_("(No role)"));
    int role_index = 0;
    for (std::size_t i = 0; i < bank_.roles().size(); ++i) {
        role_->Append(wx(bank_.roles()[i].name));
        if (bank_.roles()[i].id == properties.role_id) role_index = static_cast<int>(i) + 1;
    }
    if (role_index == 0 && !properties.role_id.empty()) {  // a role the loaded bank does not know: keep it
        role_->Append(wx(properties.role_name.empty() ? properties.role_id : properties.role_name));
        role_index = static_cast<int>(role_->GetCount()) - 1;
    }
    role_->SetSelection(role_index);
    return role_;
}

wxSizer* PropertiesDialog::make_length_row(const KitProperties& properties) {
    length_ = new wxSpinCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(FromDIP(120), -1), wxSP_ARROW_KEYS, 5, 480,
                             properties.length_minutes);
    auto* length_row = new wxBoxSizer(wxHORIZONTAL);
    length_row->Add(length_, 0, wxALIGN_CENTER_VERTICAL);
    length_row->Add(new wxStaticText(this, wxID_ANY, _("minutes")), 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(6));
    return length_row;
}

wxChoice* PropertiesDialog::make_paper_choice(const KitProperties& properties) {
    paper_ = new wxChoice(this, wxID_ANY);
    paper_->Append(_("Follow my system setting"));
    paper_->Append(_("A4"));
    paper_->Append(_("US Letter"));
    paper_->SetSelection(!properties.paper ? 0 : *properties.paper == Paper::A4 ? 1 : 2);
    return paper_;
}

wxChoice* PropertiesDialog::make_language_choice(const KitProperties& properties) {
    language_ = new wxChoice(this, wxID_ANY);
    language_->SetName("properties_language");
    // TRANSLATORS: the printed forms' language choice: the language the app speaks.
    language_->Append(_("Same as the app"));
    languages_ = {"", "en", "de", "fr", "es"};
    for (std::size_t i = 1; i < languages_.size(); ++i) language_->Append(language_name(languages_[i]));
    auto at = std::find(languages_.begin(), languages_.end(), properties.language);
    if (at == languages_.end()) {  // a language this build does not offer: keep it
        languages_.push_back(properties.language);
        language_->Append(language_name(properties.language));
        at = languages_.end() - 1;
    }
    language_->SetSelection(static_cast<int>(at - languages_.begin()));
    language_->SetToolTip(_("The language of the labels on scorecards, guides, agendas and debriefs. "
                            "The questions are printed as written."));
    return language_;
}

wxCheckListBox* PropertiesDialog::make_competency_list(const std::vector<Competency>& checked) {
    choices_ = bank_.competencies();
    for (const auto& c : checked)
        if (!bank_.competency(c.id)) choices_.push_back(c);
    wxArrayString names;
    for (const auto& c : choices_) names.Add(wx(c.name));
    competencies_ = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(120)), names);
    for (std::size_t i = 0; i < choices_.size(); ++i)
        for (const auto& c : checked)
            if (c.id == choices_[i].id) competencies_->Check(static_cast<unsigned>(i));
    return competencies_;
}

wxTextCtrl* PropertiesDialog::make_recommendation_box(const std::vector<std::string>& labels) {
    wxString text;
    for (const auto& l : labels) text << wx(l) << "\n";
    recommendation_ = new wxTextCtrl(this, wxID_ANY, text.Trim(), wxDefaultPosition, wxSize(-1, FromDIP(80)),
                                     wxTE_MULTILINE);
    recommendation_->SetToolTip(_("The overall recommendation scale, lowest first, one label per line (2 to 10). "
                                  "Leave out a neutral middle so every interviewer takes a side."));
    return recommendation_;
}

KitSettings PropertiesDialog::settings() const {
    KitSettings result = original_;
    result.competencies.clear();
    for (std::size_t i = 0; i < choices_.size(); ++i)
        if (competencies_->IsChecked(static_cast<unsigned>(i))) result.competencies.push_back(choices_[i]);
    result.recommendation_labels.clear();
    for (const auto& line : wxSplit(recommendation_->GetValue(), '\n')) result.recommendation_labels.push_back(trim(utf8(line)));
    KitProperties& p = result.properties;
    p.title = trim(utf8(title_->GetValue()));
    const int role = role_->GetSelection();
    if (role == 0) {
        p.role_id.clear();
        p.role_name.clear();
    } else if (static_cast<std::size_t>(role) <= bank_.roles().size()) {
        p.role_id = bank_.roles()[static_cast<std::size_t>(role - 1)].id;
        p.role_name = bank_.roles()[static_cast<std::size_t>(role - 1)].name;
    }
    p.stage = trim(utf8(stage_->GetValue()));
    p.length_minutes = length_->GetValue();
    p.instructions = trim(utf8(instructions_->GetValue()));
    p.author = trim(utf8(author_->GetValue()));
    const int paper = paper_->GetSelection();
    if (const int language = language_->GetSelection(); language >= 0 && static_cast<std::size_t>(language) < languages_.size())
        p.language = languages_[static_cast<std::size_t>(language)];
    p.paper = paper == 1 ? std::optional<Paper>(Paper::A4) : paper == 2 ? std::optional<Paper>(Paper::Letter) : std::nullopt;
    return result;
}

}  // namespace ikit
