#pragma once
/// \file pool_editor.h
/// The question editor's Variants tab (issue 19): the shown question's pool of variants. It lists the
/// members (the question itself first), adds one (a member of the bank's variant group of the question
/// not in the pool yet, or a new wording), removes one, makes one the question's own wording, turns the
/// question into a pool and back, and edits the selected variant's wording and notes. Every change is one
/// named undo step through the EditPath (PoolEdits); typed text applies as the user leaves the field, as
/// in the rest of the editor.

#include "bank/question_bank.h"
#include "commands/pool_actions.h"
#include "model/kit.h"

#include <wx/panel.h>
#include <wx/scrolwin.h>

#include <string>
#include <vector>

class wxButton;
class wxChoice;
class wxListBox;
class wxStaticText;
class wxTextCtrl;

namespace ikit {

class EditPath;
class PendingEdits;

/// The Variants page of the question editor's notebook (it scrolls when the pane is short); the menu's
/// pool commands act through it.
class PoolEditor : public wxScrolled<wxPanel>, public PoolActions {
public:
    /// Builds the page inside `notebook`; changes go through `edits` coming from `owner` (the editor,
    /// which holds this page's pending edits too); `bank` offers variant groups. All must outlive it.
    PoolEditor(wxWindow* notebook, EditPath& edits, const PendingEdits& owner, const QuestionBank& bank);

    /// Shows the pool of `question` (nullptr = none); keeps the selected member and any text being typed
    /// in the selected variant's fields when it is the same question.
    void show(const KitQuestion* question);
    /// Writes the selected variant's typed fields as one "Edit variant" step; true when something changed.
    bool commit();
    /// Stops editing without writing anything (the document is about to go).
    void detach() { edits_ = nullptr; }
    /// The member selected in the list (0 = the question itself).
    std::size_t selected_member() const;
    /// Selects member `member` in the list and shows its fields.
    void select_member(std::size_t member);

    // PoolActions
    bool has_question() const override { return !question_id_.empty(); }
    bool is_pool() const override;
    bool can_add_variant() const override;
    bool can_remove_variant() const override;
    bool can_make_first() const override;
    void add_variant() override;
    void remove_variant() override;
    void make_first() override;
    void turn_into_pool() override;
    void dissolve_pool() override;
    void show_variants() override;

private:
    const KitQuestion* question() const;
    void fill_members(const KitQuestion& question);
    void fill_offers(const KitQuestion& question);
    void load_member();
    void update_buttons();
    void update_tab_label();
    void match_question();
    void wrap_labels();
    KitVariant edited_variant() const;
    wxTextCtrl* add_notes_box(wxSizer* sizer, const wxString& label, const wxString& tip, const char* name);

    EditPath* edits_;
    const PendingEdits& owner_;
    const QuestionBank& bank_;
    std::string question_id_;
    std::vector<KitVariant> offers_;  // the Add list's bank variants, before its last entry (a new wording)
    std::size_t shown_member_ = 0;    // the member whose fields are shown
    bool loading_ = false;
    bool typed_ = false;              // the variant's fields hold text not written yet
    wxString status_text_, source_text_;  // the two notes, wrapped to the page's width
    int wrapped_width_ = -1;

    wxStaticText* status_ = nullptr;
    wxButton* toggle_ = nullptr;
    wxListBox* members_ = nullptr;
    wxChoice* add_choice_ = nullptr;
    wxButton* add_ = nullptr;
    wxButton* remove_ = nullptr;
    wxButton* first_ = nullptr;
    wxStaticText* source_ = nullptr;
    wxButton* match_ = nullptr;
    wxTextCtrl* text_ = nullptr;
    wxTextCtrl* listen_ = nullptr;
    wxTextCtrl* probes_ = nullptr;
    wxTextCtrl* flags_ = nullptr;
};

}  // namespace ikit
