#pragma once
/// \file properties_dialog.h
/// Kit ▸ Properties: title, role, stage, length, instructions, author, paper size, the language of the
/// printed forms, the competencies the kit must cover and the overall recommendation scale.

#include "app_services.h"
#include "model/kit.h"

#include <wx/dialog.h>

class wxCheckListBox;
class wxChoice;
class wxComboBox;
class wxSizer;
class wxSpinCtrl;
class wxTextCtrl;

namespace ikit {

/// Edits a kit's properties.
class PropertiesDialog : public wxDialog {
public:
    /// A dialog showing `settings`; roles and competencies come from the services' bank.
    PropertiesDialog(wxWindow* parent, const KitSettings& settings, const AppServices& services);
    /// The settings as edited.
    KitSettings settings() const;

private:
    /// Adds a label and its field, the field as wide as the column.
    void add_row(wxSizer* grid, const wxString& label, wxWindow* field);
    /// Adds a label and a row of fields at their own width.
    void add_row(wxSizer* grid, const wxString& label, wxSizer* fields);
    /// Adds a label at the top of a tall field (a list, a multi-line box).
    void add_tall_row(wxSizer* grid, const wxString& label, wxWindow* field);
    /// The role choice: "(No role)", the bank's roles, and the kit's role if the bank lacks it.
    wxChoice* make_role_choice(const KitProperties& properties);
    /// The length spinner with "minutes" after it.
    wxSizer* make_length_row(const KitProperties& properties);
    /// The paper choice: the system setting, A4 or US Letter.
    wxChoice* make_paper_choice(const KitProperties& properties);
    /// The printed forms' language: "Same as the app" (""), English, Deutsch, Français, Español.
    wxChoice* make_language_choice(const KitProperties& properties);
    /// The competencies offered (the bank's, plus any `checked` the bank lacks), `checked` ticked.
    wxCheckListBox* make_competency_list(const std::vector<Competency>& checked);
    /// The recommendation scale, one label a line.
    wxTextCtrl* make_recommendation_box(const std::vector<std::string>& labels);

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
    wxChoice* language_ = nullptr;
    std::vector<std::string> languages_;  // the language choice's codes, "" (the app's) first
};

}  // namespace ikit
