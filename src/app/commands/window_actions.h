#pragma once
/// \file window_actions.h
/// What commands ask of the window around them: a parent for dialogs, the bank pane's selection and
/// focus, the question editor's text, the checks — without knowing the window's panes.

#include "model/question.h"

#include <vector>

class wxWindow;

namespace ikit {

/// The main window as commands see it.
class WindowActions {
public:
    /// Nothing to release.
    virtual ~WindowActions() = default;
    /// The window dialogs are parented to.
    virtual wxWindow* dialog_parent() = 0;
    /// The questions selected in the bank pane, in list order.
    virtual std::vector<const Question*> selected_bank_questions() const = 0;
    /// True when the keyboard focus is in the bank pane, or a workspace other than Build is shown (where
    /// Delete and Cut must not touch the kit's questions).
    virtual bool focus_in_bank() const = 0;
    /// Puts the keyboard focus in the selected question's text, all of it selected.
    virtual void focus_question_text() = 0;
    /// Runs the kit checks now, shows the checks pane with the focus in it and says the result in the status bar.
    virtual void run_checks() = 0;
    /// Puts the keyboard focus in the bank's search box (Ctrl+F).
    virtual void focus_bank_search() = 0;
    /// Shows the start page (new from bank, new empty, open, recent and sample kits) in place of the kit.
    virtual void show_start_page() = 0;
    /// Closes the window (asking about unsaved changes).
    virtual void close_window() = 0;
};

}  // namespace ikit
