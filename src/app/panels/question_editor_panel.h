#pragma once
/// \file question_editor_panel.h
/// The details pane: edits the selected kit question (text, type, minutes, listen-for, probes,
/// red flags, rubric). Each committed change (on leaving a field, Apply, or a choice) is one
/// KitDocument::edit_question, so one undo step.

#include "bank/library_loader.h"
#include "document/kit_document.h"

#include <wx/panel.h>

#include <string>

class wxButton;
class wxChoice;
class wxNotebook;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace ikit {

class RubricEditor;

/// The right pane of the main window.
class QuestionEditorPanel : public wxPanel {
public:
    /// Builds the pane; `document` and `library` (rubrics to choose, competency names) must outlive it.
    QuestionEditorPanel(wxWindow* parent, KitDocument& document, const LoadedLibrary& library);

    /// Shows the question with this id ("" = none, with a hint instead).
    void show_question(const std::string& question_id);
    /// Re-reads the shown question from the document (after undo, a move, …).
    void refresh();
    /// Writes pending edits of the fields to the document; true when something changed.
    bool commit();
    /// The id of the question shown, or "".
    const std::string& question_id() const { return question_id_; }
    /// Stops editing without writing anything: the document is about to go (a field that loses the
    /// focus while the window is destroyed must not commit to it).
    void detach() { question_id_.clear(); }
    /// Puts the keyboard focus in the question text.
    void focus_text();

    wxTextCtrl* text_box() const { return text_; }          ///< question text
    wxTextCtrl* probes_box() const { return probes_; }      ///< probes, one per line
    wxTextCtrl* listen_box() const { return listen_; }      ///< listen-for, one per line
    wxTextCtrl* flags_box() const { return flags_; }        ///< red flags, one per line
    wxSpinCtrl* minutes_box() const { return minutes_; }    ///< planned minutes
    RubricEditor* rubric_editor() const { return rubric_; } ///< rubric choice and grid
    wxButton* apply_button() const { return apply_; }       ///< Apply
    wxStaticText* competencies_label() const { return competencies_; }  ///< "Competencies: …" line
    wxNotebook* tabs() const { return form_; }              ///< Question / Rubric tabs

private:
    wxTextCtrl* add_list_box(wxWindow* parent, wxSizer* sizer, const wxString& label, const wxString& tip);
    void load(const KitQuestion& question);
    KitQuestion edited() const;
    void commit_with(const std::string& description);

    KitDocument& document_;
    const QuestionBank& bank_;
    std::string question_id_;
    wxStaticText* hint_ = nullptr;
    wxNotebook* form_ = nullptr;
    wxTextCtrl* text_ = nullptr;
    wxChoice* type_ = nullptr;
    wxSpinCtrl* minutes_ = nullptr;
    wxStaticText* competencies_ = nullptr;
    wxTextCtrl* listen_ = nullptr;
    wxTextCtrl* probes_ = nullptr;
    wxTextCtrl* flags_ = nullptr;
    RubricEditor* rubric_ = nullptr;
    wxButton* apply_ = nullptr;
    wxButton* revert_ = nullptr;
    bool loading_ = false;
};

}  // namespace ikit
