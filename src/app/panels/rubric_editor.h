#pragma once
/// \file rubric_editor.h
/// Chooses the rubric of a kit question from the library, or edits the labels and anchors of the
/// question's own copy in a small grid.

#include "bank/rubric_library.h"

#include <wx/panel.h>

#include <functional>
#include <string>

class wxChoice;
class wxGrid;
class wxGridEvent;

namespace ikit {

/// The rubric part of the details pane.
class RubricEditor : public wxPanel {
public:
    /// Called after the user changed the rubric, with an undo description.
    using ChangeHandler = std::function<void(const std::string& description)>;

    /// Builds the editor offering `library`'s rubrics.
    RubricEditor(wxWindow* parent, const RubricLibrary& library);

    /// Shows a question's rubric (empty = none).
    void set_rubric(const Rubric& rubric);
    /// The rubric as chosen or edited.
    const Rubric& rubric() const { return rubric_; }
    /// Sets what happens after a change.
    void set_change_handler(ChangeHandler handler) { handler_ = std::move(handler); }

    /// Ends a cell edit in progress, keeping what was typed (reported to the change handler when it
    /// changed the rubric); true when it did.
    bool finish_cell_edit();

private:
    void fill_choice();
    void fill_grid();
    void on_choice();
    void on_cell_changed(wxGridEvent& event);
    void fit_columns();

    const RubricLibrary& library_;
    Rubric rubric_;
    wxChoice* choice_ = nullptr;
    wxGrid* grid_ = nullptr;
    ChangeHandler handler_;
    bool own_entry_ = false;  // the choice has an extra entry for a rubric not in the library
};

}  // namespace ikit
