// Edit menu: Undo and Redo (with what they undo), Cut, Copy, Paste, Duplicate and Delete of kit
// questions. Cut, Copy, Paste and Delete act on the text field instead when one has the focus.

#include "commands/command_registry.h"
#include "commands/commands.h"
#include "main_frame.h"
#include "panels/bank_panel.h"
#include "panels/kit_tree_panel.h"
#include "wx_text.h"

#include <wx/textentry.h>
#include <wx/textctrl.h>
#include <wx/combobox.h>
#include <wx/srchctrl.h>

namespace ikit {

namespace {

/// The text field with the keyboard focus, or nullptr (wxTextEntryBase: on Windows the generic
/// wxSearchCtrl is a wxTextEntryBase but not a wxTextEntry).
wxTextEntryBase* focused_text() {
    wxWindow* focus = wxWindow::FindFocus();
    if (!focus) return nullptr;
    if (auto* text = dynamic_cast<wxTextCtrl*>(focus)) return text;
    if (auto* combo = dynamic_cast<wxComboBox*>(focus)) return combo;
    if (auto* search = dynamic_cast<wxSearchCtrl*>(focus)) return search;
    if (auto* parent = focus->GetParent()) {  // the native entry inside a search control
        if (auto* search = dynamic_cast<wxSearchCtrl*>(parent)) return search;
    }
    return nullptr;
}

/// True when the keyboard focus is in the bank pane (where Delete or Cut must not touch the kit).
bool focus_in_bank(MainFrame& frame) {
    for (wxWindow* w = wxWindow::FindFocus(); w; w = w->GetParent())
        if (w == frame.bank_panel()) return true;
    return false;
}

std::vector<KitQuestion> selected_questions(MainFrame& frame) {
    const std::string id = frame.kit_panel()->selected_question_id();
    const KitQuestion* q = id.empty() ? nullptr : frame.document().kit().find_question(id);
    return q ? std::vector<KitQuestion>{*q} : std::vector<KitQuestion>{};
}

void paste(MainFrame& frame) {
    auto where = frame.kit_panel()->insertion_point();
    if (!where) return;
    std::string last;
    for (const KitQuestion& q : frame.clipboard().questions()) {
        last = frame.document().add_question(q, *where, "Paste question");
        ++where->index;
    }
    frame.kit_panel()->select_question(last);
}

void remove_selection(MainFrame& frame) {
    KitTreePanel* tree = frame.kit_panel();
    const std::string question = tree->selected_question_id();
    if (!question.empty()) {
        const QuestionPosition p = frame.document().position_of(question);
        frame.document().remove_question(question);
        const auto& section = frame.document().kit().sections[p.section];  // select the next question, if any
        if (!section.questions.empty()) tree->select_question(section.questions[std::min(p.index, section.questions.size() - 1)].id);
        else tree->select_section(section.id);
    } else if (tree->section_selected()) {
        frame.document().remove_section(tree->selected_section_id());
    }
}

}  // namespace

void register_edit_commands(CommandRegistry& registry, MainFrame& frame) {
    const wxString menu = "&Edit";
    KitDocument& doc = frame.document();
    KitTreePanel* tree = frame.kit_panel();
    registry.add({wxID_UNDO, menu, "&Undo", "Ctrl+Z", "Undo the last change to the kit", wxART_UNDO,
                  [&doc] { return doc.history().can_undo(); }, [&doc] { doc.undo(); },
                  [&doc] {
                      return doc.history().can_undo() ? "&Undo " + label_text(doc.history().undo_description())
                                                      : wxString("&Undo");
                  },
                  "Undo"});
    registry.add({wxID_REDO, menu, "&Redo", "Ctrl+Shift+Z", "Redo the change last undone", wxART_REDO,
                  [&doc] { return doc.history().can_redo(); }, [&doc] { doc.redo(); },
                  [&doc] {
                      return doc.history().can_redo() ? "&Redo " + label_text(doc.history().redo_description())
                                                      : wxString("&Redo");
                  },
                  "Redo"});
    registry.add_alias(wxACCEL_CTRL, 'Y', wxID_REDO);
    registry.add_separator(menu);
    registry.add({wxID_CUT, menu, "Cu&t", "Ctrl+X", "Cut the selected question", wxART_CUT,
                  [&frame, tree] {
                      if (wxTextEntryBase* text = focused_text()) return text->CanCut();
                      return !focus_in_bank(frame) && !tree->selected_question_id().empty();
                  },
                  [&frame] {
                      if (wxTextEntryBase* text = focused_text()) return text->Cut();
                      frame.clipboard().copy(selected_questions(frame));
                      remove_selection(frame);
                  }, {}, ""});
    registry.add({wxID_COPY, menu, "&Copy", "Ctrl+C", "Copy the selected question", wxART_COPY,
                  [tree] { return focused_text() ? focused_text()->CanCopy() : !tree->selected_question_id().empty(); },
                  [&frame] {
                      if (wxTextEntryBase* text = focused_text()) return text->Copy();
                      frame.clipboard().copy(selected_questions(frame));
                  }, {}, ""});
    registry.add({wxID_PASTE, menu, "&Paste", "Ctrl+V", "Paste questions after the selection", wxART_PASTE,
                  [&frame] {
                      if (wxTextEntryBase* text = focused_text()) return text->CanPaste();
                      return frame.clipboard().has_content() && !frame.document().kit().sections.empty();
                  },
                  [&frame] {
                      if (wxTextEntryBase* text = focused_text()) return text->Paste();
                      paste(frame);
                  }, {}, ""});
    registry.add({kCmdDuplicate, menu, "D&uplicate", "Ctrl+D", "Insert a copy of the selected question after it",
                  wxART_COPY, [tree] { return !tree->selected_question_id().empty(); },
                  [&doc, tree] { tree->select_question(doc.duplicate_question(tree->selected_question_id())); }, {}, ""});
    // Delete acts on the kit only: a text field with the focus handles the Del key itself.
    registry.add({wxID_DELETE, menu, "&Delete", "Del", "Remove the selected question or section", wxART_DELETE,
                  [&frame, tree] { return !focus_in_bank(frame) && !tree->selected_section_id().empty(); },
                  [&frame] { remove_selection(frame); }, {}, "Remove"});
}

}  // namespace ikit
