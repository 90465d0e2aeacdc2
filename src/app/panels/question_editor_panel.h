#pragma once
/// \file question_editor_panel.h
/// The details pane: edits the selected kit question (text, type, minutes, listen-for, probes,
/// red flags, rubric). Each committed change (on leaving a field, Apply, a choice, or when the edit
/// path flushes pending edits before another change) is one KitDocument::edit_question through the
/// EditPath, so one undo step.

#include "bank/library_loader.h"
#include "document/kit_document.h"
#include "pending_edits.h"

#include <wx/panel.h>

#include <string>

class wxButton;
class wxChoice;
class wxNotebook;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace ikit {

class EditPath;
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


private:
    wxTextCtrl* add_list_box(wxWindow* parent, wxSizer* sizer, const wxString& label, const wxString& tip);
    void load(const KitQuestion& question);
    KitQuestion edited() const;
    void commit_with(const std::string& description);

    EditPath* edits_;
    const KitDocument& document_;
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
