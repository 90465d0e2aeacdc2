#pragma once
/// \file question_editor_panel.h
/// The details pane: edits the selected kit question (text, type, minutes, whether it is scored, a custom
/// question's competency, listen-for, probes, red flags, rubric). One model, said on the pane: a field's change
/// applies when the user leaves the field (or picks a choice, or the edit path flushes pending edits
/// before another change), each one KitDocument::edit_question through the EditPath, so one undo
/// step; Undo takes it back. There is no Apply or Revert. Its Variants tab (PoolEditor) edits the
/// question's pool of variants the same way.

#include "bank/library_loader.h"
#include "document/kit_document.h"
#include "pending_edits.h"

#include <wx/panel.h>

#include <string>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxNotebook;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace ikit {

class EditPath;
class PoolActions;
class PoolEditor;
class RubricEditor;

/// The right pane of the main window; a holder of pending edits (the fields typed in, not yet applied).
class QuestionEditorPanel : public wxPanel, public PendingEdits {
public:
    /// Builds the pane and registers it with `edits`; `edits` and `library` (rubrics to choose,
    /// competency names) must outlive it, or detach must be called first.
    QuestionEditorPanel(wxWindow* parent, EditPath& edits, const LoadedLibrary& library);

    /// Shows the question with this id ("" = none, with a hint instead).
    void show_question(const std::string& question_id);
    /// Re-reads the shown question from the document (after undo, a move, …).
    void refresh();
    /// Writes pending edits of the fields to the document; true when something changed.
    bool commit();
    /// Writes pending edits of the fields (commit), as the edit path asks before every other change.
    bool flush_pending_edits() override { return commit(); }
    /// The id of the question shown, or "".
    const std::string& question_id() const { return question_id_; }
    /// Stops editing without writing anything and leaves the edit path: the document is about to go
    /// (a field that loses the focus while the window is destroyed must not commit to it).
    void detach();
    /// Puts the keyboard focus in the question text.
    void focus_text();
    /// Chooses the competency of the shown custom question ("" = none), its rubric following when it
    /// was the old competency's default — one undo step. False when the question is not custom.
    bool choose_competency(const std::string& competency_id);
    /// The Variants tab, as the Kit menu's pool commands use it.
    PoolActions& pool_actions();

private:
    wxTextCtrl* add_list_box(wxWindow* parent, wxSizer* sizer, const wxString& label, const wxString& tip);
    void load(const KitQuestion& question);
    KitQuestion edited() const;
    bool commit_fields();
    void commit_with(const std::string& description);
    void fill_competency_choice(const KitQuestion& question);
    void fit_text_height();

    EditPath* edits_;
    const KitDocument& document_;
    const QuestionBank& bank_;
    const RubricLibrary& rubrics_;
    std::vector<std::string> competency_ids_;  // of the competency choice's entries after "(none)"
    std::string question_id_;
    wxStaticText* hint_ = nullptr;
    wxNotebook* form_ = nullptr;
    wxTextCtrl* text_ = nullptr;
    wxChoice* type_ = nullptr;
    wxSpinCtrl* minutes_ = nullptr;
    wxCheckBox* scored_ = nullptr;
    wxStaticText* competencies_ = nullptr;
    wxTextCtrl* listen_ = nullptr;
    wxTextCtrl* probes_ = nullptr;
    wxTextCtrl* flags_ = nullptr;
    RubricEditor* rubric_ = nullptr;
    PoolEditor* pool_ = nullptr;
    wxChoice* competency_ = nullptr;
    wxStaticText* competency_label_ = nullptr;
    wxStaticText* apply_note_ = nullptr;
    bool loading_ = false;
};

}  // namespace ikit
