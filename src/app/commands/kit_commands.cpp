// Kit menu: Properties, sections (add, rename, remove), Add Selected Bank Questions, Add Custom
// Question, Move Up/Down, Run Checks.

#include "app_services.h"
#include "commands/bank_question_adding.h"
#include "commands/command_context.h"
#include "commands/command_registry.h"
#include "commands/commands.h"
#include "commands/window_actions.h"
#include "edit_path.h"
#include "kit_selection.h"
#include "prompts.h"
#include "util/error.h"
#include "util/text.h"
#include "wx_text.h"

namespace ikit {

namespace {

void edit_properties(const CommandContext& context) {
    wxWindow* parent = context.window.dialog_parent();
    const auto edited = context.prompts.edit_properties(parent, context.document.kit().settings(), context.services);
    if (!edited) return;
    try {
        context.edits.apply([&](KitDocument& doc) { doc.set_settings(*edited); });
    } catch (const Error& e) {
        context.prompts.show_error(parent, utf8(_("The kit properties were not changed.")), e.what());
    }
}

void add_section(const CommandContext& context) {
    const auto title = context.prompts.ask_text(context.window.dialog_parent(), utf8(_("Add Section")),
                                                utf8(_("Section title:")), utf8(_("New section")));
    if (!title || trim(*title).empty()) return;
    const std::string selected = context.selection.section_id();
    const std::string id = context.edits.apply([&](KitDocument& doc) {
        const std::size_t index = selected.empty() ? doc.kit().sections.size() : doc.section_index(selected) + 1;
        return doc.add_section(trim(*title), index);
    });
    context.selection.select_section(id);
}

void rename_section(const CommandContext& context) {
    const std::string id = context.selection.section_id();
    const KitSection* section = context.document.kit().find_section(id);
    if (!section) return;
    const auto title = context.prompts.ask_text(context.window.dialog_parent(), utf8(_("Rename Section")),
                                                utf8(_("Section title:")),
                                                section->title);
    if (title && !trim(*title).empty())
        context.edits.apply([&](KitDocument& doc) { doc.rename_section(id, trim(*title)); });
}

void add_custom_question(const CommandContext& context) {
    KitQuestion q;
    q.text = utf8(_("New question"));
    if (const Rubric* rubric = context.services.library.rubrics.default_for({})) q.rubric = *rubric;
    const std::string id = context.edits.apply([&](KitDocument& doc) {
        // TRANSLATORS: the title of the section made for a first question.
        if (doc.kit().sections.empty()) doc.add_section(utf8(_("Questions")), 0);
        return doc.add_question(q, *context.selection.insertion_point(), utf8(_("Add custom question")));
    });
    context.selection.select_question(id);
    context.window.focus_question_text();
}

bool can_move(const CommandContext& context, bool up) {
    const std::string& id = context.selection.question_id();
    if (id.empty()) return false;
    const Kit& kit = context.document.kit();
    const QuestionPosition p = context.document.position_of(id);
    if (up) return p.section > 0 || p.index > 0;
    return p.section + 1 < kit.sections.size() || p.index + 1 < kit.sections[p.section].questions.size();
}

void move(const CommandContext& context, bool up) {
    const std::string id = context.selection.question_id();
    if (id.empty()) return;
    context.edits.apply([&](KitDocument& doc) {
        if (up) doc.move_question_up(id);
        else doc.move_question_down(id);
    });
    context.selection.select_question(id);
}

}  // namespace

void register_kit_commands(CommandRegistry& registry, const CommandContext& context) {
    const wxString menu = _("&Kit");
    KitSelection& selection = context.selection;
    registry.add(Command(kCmdProperties, menu, _(L"&Properties\u2026")).keys("Alt+Enter")
                     .described(_("Title, role, stage, length, instructions, author and paper of the kit"))
                     .icon(wxART_HELP_SETTINGS).runs([&context] { edit_properties(context); }));
    registry.add_separator(menu);
    registry.add(Command(kCmdAddFromBank, menu, _("&Add Selected Bank Questions")).keys("Ctrl+Enter")
                     .described(_("Add the questions selected in the bank to the kit")).icon(wxART_PLUS)
                     .enabled_when([&context] { return !context.window.selected_bank_questions().empty(); })
                     .runs([&context] { add_bank_questions(context, context.window.selected_bank_questions()); })
                     .on_toolbar_as(_("Add")));
    registry.add(Command(kCmdAddCustomQuestion, menu, _("Add &Custom Question")).keys("Ctrl+Shift+A")
                     .described(_("Write a question of your own")).icon(wxART_EDIT)
                     .runs([&context] { add_custom_question(context); }).on_toolbar_as(_("Custom")));
    registry.add_separator(menu);
    registry.add(Command(kCmdAddSection, menu, _(L"Add &Section\u2026")).described(_("Add a section after the selected one"))
                     .icon(wxART_NEW_DIR).runs([&context] { add_section(context); }));
    registry.add(Command(kCmdRenameSection, menu, _(L"Re&name Section\u2026")).keys("F2")
                     .described(_("Rename the selected section"))
                     .enabled_when([&selection] { return !selection.section_id().empty(); })
                     .runs([&context] { rename_section(context); }));
    registry.add(Command(kCmdRemoveSection, menu, _("Remo&ve Section"))
                     .described(_("Remove the selected section and its questions"))
                     .enabled_when([&selection] { return !selection.section_id().empty(); })
                     .runs([&context] {
                         const std::string id = context.selection.section_id();
                         context.edits.apply([&](KitDocument& doc) { doc.remove_section(id); });
                     }));
    registry.add_separator(menu);
    registry.add(Command(kCmdMoveUp, menu, _("Move &Up")).keys("Alt+Up")
                     .described(_("Move the selected question up (across sections too)")).icon(wxART_GO_UP)
                     .enabled_when([&context] { return can_move(context, true); })
                     .runs([&context] { move(context, true); }).on_toolbar_as(_("Up")));
    registry.add(Command(kCmdMoveDown, menu, _("Move &Down")).keys("Alt+Down")
                     .described(_("Move the selected question down (across sections too)")).icon(wxART_GO_DOWN)
                     .enabled_when([&context] { return can_move(context, false); })
                     .runs([&context] { move(context, false); }).on_toolbar_as(_("Down")));
    registry.add_separator(menu);
    registry.add(Command(kCmdRunChecks, menu, _("Run C&hecks")).keys("F7")
                     .described(_("Check coverage, time, scoring, wording and protected topics")).icon(wxART_TICK_MARK)
                     .runs([&context] { context.window.run_checks(); }));
}

}  // namespace ikit
