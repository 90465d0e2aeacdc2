// Edit menu: Undo and Redo (with what they undo), Cut, Copy, Paste, Duplicate and Delete of kit
// questions. Cut, Copy, Paste and Delete act on the text field instead when one has the focus.

#include "app_language.h"
#include "commands/command_context.h"
#include "commands/command_registry.h"
#include "commands/commands.h"
#include "commands/window_actions.h"
#include "edit_path.h"
#include "kit_clipboard.h"
#include "kit_selection.h"
#include "prompts.h"
#include "wx_text.h"

#include <wx/combobox.h>
#include <wx/srchctrl.h>
#include <wx/textctrl.h>
#include <wx/textentry.h>

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

std::vector<KitQuestion> selected_questions(const CommandContext& context) {
    const std::string& id = context.selection.question_id();
    const KitQuestion* q = id.empty() ? nullptr : context.document.kit().find_question(id);
    return q ? std::vector<KitQuestion>{*q} : std::vector<KitQuestion>{};
}

void paste(const CommandContext& context) {
    const std::vector<KitQuestion> questions = context.clipboard.questions();
    const std::string last = context.edits.apply([&](KitDocument& doc) {
        std::string id;
        auto where = context.selection.insertion_point();
        if (!where) return id;
        for (const KitQuestion& q : questions) {
            id = doc.add_question(q, *where, utf8(_("Paste question")));
            ++where->index;
        }
        return id;
    });
    if (!last.empty()) context.selection.select_question(last);
}

void remove_selection(const CommandContext& context) {
    context.edits.flush();  // the selection is read after pending edits are in
    KitSelection& selection = context.selection;
    const std::string question = selection.question_id();
    if (!question.empty()) {
        const QuestionPosition p = context.document.position_of(question);
        context.edits.apply([&](KitDocument& doc) { doc.remove_question(question); });
        const auto& section = context.document.kit().sections[p.section];  // select the next question, if any
        if (!section.questions.empty())
            selection.select_question(section.questions[std::min(p.index, section.questions.size() - 1)].id);
        else
            selection.select_section(section.id);
    } else if (selection.section_selected()) {
        const std::string section = selection.section_id();
        context.edits.apply([&](KitDocument& doc) { doc.remove_section(section); });
    }
}

/// Shows Preferences and keeps what was chosen (the language takes effect at the next start).
void edit_preferences(const CommandContext& context) {
    Preferences shown;
    shown.language = chosen_language();
    const auto edited = context.prompts.edit_preferences(context.window.dialog_parent(), shown, app_languages());
    if (edited && edited->language != shown.language) set_chosen_language(edited->language);
}

}  // namespace

void register_edit_commands(CommandRegistry& registry, const CommandContext& context) {
    const wxString menu = _("&Edit");
    const KitDocument& doc = context.document;
    EditPath& edits = context.edits;
    KitSelection& selection = context.selection;
    registry.add(Command(wxID_UNDO, menu, _("&Undo")).keys("Ctrl+Z").described(_("Undo the last change to the kit"))
                     .icon(wxART_UNDO)
                     .enabled_when([&doc] { return doc.history().can_undo(); })
                     .runs([&edits] { edits.apply([](KitDocument& d) { d.undo(); }); })
                     .labelled_by([&doc] {
                         // TRANSLATORS: %s is what is undone, e.g. "Move question".
                         return doc.history().can_undo()
                                    ? wxString::Format(_("&Undo %s"), label_text(doc.history().undo_description()))
                                    : _("&Undo");
                     })
                     .on_toolbar_as(_("Undo")));
    registry.add(Command(wxID_REDO, menu, _("&Redo")).keys("Ctrl+Shift+Z").described(_("Redo the change last undone"))
                     .icon(wxART_REDO)
                     .enabled_when([&doc] { return doc.history().can_redo(); })
                     .runs([&edits] { edits.apply([](KitDocument& d) { d.redo(); }); })
                     .labelled_by([&doc] {
                         // TRANSLATORS: %s is what is redone, e.g. "Move question".
                         return doc.history().can_redo()
                                    ? wxString::Format(_("&Redo %s"), label_text(doc.history().redo_description()))
                                    : _("&Redo");
                     })
                     .on_toolbar_as(_("Redo")));
    registry.add_alias(wxACCEL_CTRL, 'Y', wxID_REDO);
    registry.add_separator(menu);
    registry.add(Command(wxID_CUT, menu, _("Cu&t")).keys("Ctrl+X").described(_("Cut the selected question")).icon(wxART_CUT)
                     .enabled_when([&context, &selection] {
                         if (wxTextEntryBase* text = focused_text()) return text->CanCut();
                         return !context.window.focus_in_bank() && !selection.question_id().empty();
                     })
                     .runs([&context] {
                         if (wxTextEntryBase* text = focused_text()) return text->Cut();
                         context.clipboard.copy(selected_questions(context));
                         remove_selection(context);
                     }));
    registry.add(Command(wxID_COPY, menu, _("&Copy")).keys("Ctrl+C").described(_("Copy the selected question"))
                     .icon(wxART_COPY)
                     .enabled_when([&selection] {
                         return focused_text() ? focused_text()->CanCopy() : !selection.question_id().empty();
                     })
                     .runs([&context] {
                         if (wxTextEntryBase* text = focused_text()) return text->Copy();
                         context.clipboard.copy(selected_questions(context));
                     }));
    registry.add(Command(wxID_PASTE, menu, _("&Paste")).keys("Ctrl+V").described(_("Paste questions after the selection"))
                     .icon(wxART_PASTE)
                     .enabled_when([&context] {
                         if (wxTextEntryBase* text = focused_text()) return text->CanPaste();
                         return context.clipboard.has_content() && !context.document.kit().sections.empty();
                     })
                     .runs([&context] {
                         if (wxTextEntryBase* text = focused_text()) return text->Paste();
                         paste(context);
                     }));
    registry.add(Command(kCmdDuplicate, menu, _("D&uplicate")).keys("Ctrl+D")
                     .described(_("Insert a copy of the selected question after it")).icon(wxART_COPY)
                     .enabled_when([&selection] { return !selection.question_id().empty(); })
                     .runs([&edits, &selection] {
                         const std::string id = selection.question_id();
                         selection.select_question(edits.apply([&](KitDocument& d) { return d.duplicate_question(id); }));
                     }));
    // Delete acts on the kit only: a text field with the focus handles the Del key itself.
    registry.add(Command(wxID_DELETE, menu, _("&Delete")).keys("Del").described(_("Remove the selected question or section"))
                     .icon(wxART_DELETE)
                     .enabled_when([&context, &selection] {
                         return !context.window.focus_in_bank() && !selection.section_id().empty();
                     })
                     .runs([&context] { remove_selection(context); })
                     .on_toolbar_as(_("Remove")));
    registry.add_separator(menu);
    registry.add(Command(kCmdFindInBank, menu, _("&Find in Bank")).keys("Ctrl+F")
                     .described(_("Search the question bank (Down goes to the results)")).icon(wxART_FIND)
                     .runs([&context] { context.window.focus_bank_search(); }));
    registry.add_separator(menu);
    registry.add(Command(wxID_PREFERENCES, menu, _(L"Pr&eferences\u2026")).keys("Ctrl+,")
                     .described(_("The language of the app"))
                     .runs([&context] { edit_preferences(context); }));
}

}  // namespace ikit
