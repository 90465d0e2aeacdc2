// Kit menu: Properties, sections (add, rename, remove), Add Selected Bank Questions, Add Custom
// Question, Move Up/Down, Run Checks.

#include "commands/command_registry.h"
#include "commands/commands.h"
#include "main_frame.h"
#include "panels/bank_panel.h"
#include "panels/checks_panel.h"
#include "panels/kit_tree_panel.h"
#include "panels/question_editor_panel.h"
#include "prompts.h"
#include "util/error.h"
#include "util/text.h"

namespace ikit {

namespace {

void edit_properties(MainFrame& frame) {
    const auto edited = frame.services().prompts->edit_properties(&frame, frame.document().kit().settings(), frame.services());
    if (!edited) return;
    try {
        frame.document().set_settings(*edited);
    } catch (const Error& e) {
        frame.services().prompts->show_error(&frame, "The kit properties were not changed.", e.what());
    }
}

void add_section(MainFrame& frame) {
    const auto title = frame.services().prompts->ask_text(&frame, "Add Section", "Section title:", "New section");
    if (!title || trim(*title).empty()) return;
    KitDocument& doc = frame.document();
    const std::string selected = frame.kit_panel()->selected_section_id();
    const std::size_t index = selected.empty() ? doc.kit().sections.size() : doc.section_index(selected) + 1;
    frame.kit_panel()->select_section(doc.add_section(trim(*title), index));
}

void rename_section(MainFrame& frame) {
    KitDocument& doc = frame.document();
    const std::string id = frame.kit_panel()->selected_section_id();
    const KitSection* section = doc.kit().find_section(id);
    if (!section) return;
    const auto title = frame.services().prompts->ask_text(&frame, "Rename Section", "Section title:", section->title);
    if (title && !trim(*title).empty()) doc.rename_section(id, trim(*title));
}

void add_custom_question(MainFrame& frame) {
    KitDocument& doc = frame.document();
    if (doc.kit().sections.empty()) doc.add_section("Questions", 0);
    auto where = frame.kit_panel()->insertion_point();
    KitQuestion q;
    q.text = "New question";
    const Rubric* rubric = frame.services().library.rubrics.default_for({});
    if (rubric) q.rubric = *rubric;
    const std::string id = doc.add_question(q, *where, "Add custom question");
    frame.kit_panel()->select_question(id);
    frame.editor_panel()->focus_text();
}

bool can_move(MainFrame& frame, bool up) {
    const std::string id = frame.kit_panel()->selected_question_id();
    if (id.empty()) return false;
    const Kit& kit = frame.document().kit();
    const QuestionPosition p = frame.document().position_of(id);
    if (up) return p.section > 0 || p.index > 0;
    return p.section + 1 < kit.sections.size() || p.index + 1 < kit.sections[p.section].questions.size();
}

void move(MainFrame& frame, bool up) {
    const std::string id = frame.kit_panel()->selected_question_id();
    if (id.empty()) return;
    if (up) frame.document().move_question_up(id);
    else frame.document().move_question_down(id);
    frame.kit_panel()->select_question(id);
}

}  // namespace

void register_kit_commands(CommandRegistry& registry, MainFrame& frame) {
    const wxString menu = "&Kit";
    KitTreePanel* tree = frame.kit_panel();
    registry.add({kCmdProperties, menu, L"&Properties\u2026", "Alt+Enter",
                  "Title, role, stage, length, instructions, author and paper of the kit", wxART_HELP_SETTINGS, {},
                  [&frame] { edit_properties(frame); }, {}, ""});
    registry.add_separator(menu);
    registry.add({kCmdAddFromBank, menu, "&Add Selected Bank Questions", "Ctrl+Enter",
                  "Add the questions selected in the bank to the kit", wxART_PLUS,
                  [&frame] { return !frame.bank_panel()->selected_questions().empty(); },
                  [&frame] { frame.add_bank_questions(frame.bank_panel()->selected_questions()); }, {}, "Add"});
    registry.add({kCmdAddCustomQuestion, menu, "Add &Custom Question", "Ctrl+Shift+A",
                  "Write a question of your own", wxART_EDIT, {}, [&frame] { add_custom_question(frame); }, {},
                  "Custom"});
    registry.add_separator(menu);
    registry.add({kCmdAddSection, menu, L"Add &Section\u2026", "", "Add a section after the selected one",
                  wxART_NEW_DIR, {}, [&frame] { add_section(frame); }, {}, ""});
    registry.add({kCmdRenameSection, menu, L"Re&name Section\u2026", "F2", "Rename the selected section", "",
                  [tree] { return !tree->selected_section_id().empty(); }, [&frame] { rename_section(frame); }, {}, ""});
    registry.add({kCmdRemoveSection, menu, "Remo&ve Section", "", "Remove the selected section and its questions", "",
                  [tree] { return !tree->selected_section_id().empty(); },
                  [&frame, tree] { frame.document().remove_section(tree->selected_section_id()); }, {}, ""});
    registry.add_separator(menu);
    registry.add({kCmdMoveUp, menu, "Move &Up", "Alt+Up", "Move the selected question up (across sections too)",
                  wxART_GO_UP, [&frame] { return can_move(frame, true); }, [&frame] { move(frame, true); }, {}, "Up"});
    registry.add({kCmdMoveDown, menu, "Move &Down", "Alt+Down", "Move the selected question down (across sections too)",
                  wxART_GO_DOWN, [&frame] { return can_move(frame, false); }, [&frame] { move(frame, false); }, {},
                  "Down"});
    registry.add_separator(menu);
    registry.add({kCmdRunChecks, menu, "Run C&hecks", "F7", "Check coverage, time, scoring, wording and protected topics",
                  wxART_TICK_MARK, {}, [&frame] { frame.checks_panel()->run_now(frame.document().kit()); }, {}, ""});
}

}  // namespace ikit
