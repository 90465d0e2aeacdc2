// The app's single edit path: edits typed in the question editor and not yet applied are written
// first, as their own undo step, before any other change (menu command, bank Add, save); other
// holders of pending edits plug in the same way; the recovery file goes on save and reset only; and
// commands act on the selection model whatever has the focus.

#include "gui_fixture.h"

#include "commands/commands.h"
#include "edit_path.h"
#include "kit_selection.h"
#include "panels/display_text.h"
#include "panels/question_editor_panel.h"
#include "serialize/kit_file.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/grid.h>
#include <wx/notebook.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>

using namespace ikit;
using namespace ikit::test;
namespace fs = std::filesystem;

namespace {

/// Opens the sample, shows its first question in the editor and types `text` into the question box
/// without applying it; returns the question as it was.
KitQuestion type_into_first_question(GuiFixture& f, const std::string& text) {
    f.open_sample();
    const KitQuestion first = f.document().kit().sections[0].questions[0];
    f.selection().select_question(first.id);
    f.control<wxTextCtrl>(control_name::kQuestionText)->SetValue(wx(text));
    REQUIRE(f.document().kit().find_question(first.id)->text == first.text);  // still pending
    return first;
}

/// A holder of pending edits as a workspace would be: a section title typed but not yet applied.
class PendingSectionTitle : public PendingEdits {
public:
    PendingSectionTitle(EditPath& edits, std::string section_id) : edits_(edits), section_(std::move(section_id)) {}
    std::string typed;  ///< the title waiting to be applied ("" = nothing pending)
    int flushes = 0;    ///< how often it was asked to write

    bool flush_pending_edits() override {
        ++flushes;
        if (typed.empty()) return false;
        const std::string title = std::exchange(typed, "");
        edits_.apply_from(*this, [&](KitDocument& doc) { doc.rename_section(section_, title); });
        return true;
    }

private:
    EditPath& edits_;
    std::string section_;
};

}  // namespace

TEST_CASE("text typed in the editor is applied before Move Down, as its own undo step", "[gui][edit-path]") {
    GuiFixture f;
    const KitQuestion first = type_into_first_question(f, "Tell me about a hard call you made.");
    const KitDocument& doc = f.document();

    f.menu(kCmdMoveDown);
    CHECK(doc.position_of(first.id) == (QuestionPosition{0, 1}));
    CHECK(doc.kit().find_question(first.id)->text == "Tell me about a hard call you made.");
    CHECK(doc.history().undo_description() == "Move question");

    f.menu(wxID_UNDO);
    CHECK(doc.position_of(first.id) == (QuestionPosition{0, 0}));
    CHECK(doc.kit().find_question(first.id)->text == "Tell me about a hard call you made.");
    CHECK(doc.history().undo_description() == "Edit question text");
    f.menu(wxID_UNDO);
    CHECK(*doc.kit().find_question(first.id) == first);
}

TEST_CASE("text typed in the editor is applied before Delete; undoing the delete brings it back", "[gui][edit-path]") {
    GuiFixture f;
    f.frame->Raise();
    const KitQuestion first = type_into_first_question(f, "What would you do differently?");
    const KitDocument& doc = f.document();

    // Still typing (the focus in the question box), the user clicks Remove on the toolbar.
    f.control<wxTextCtrl>(control_name::kQuestionText)->SetFocus();
    f.pump(50);
    REQUIRE(doc.kit().find_question(first.id)->text == first.text);
    REQUIRE(f.frame->commands().is_enabled(wxID_DELETE));
    f.menu(wxID_DELETE);
    CHECK(doc.kit().find_question(first.id) == nullptr);
    f.menu(wxID_UNDO);
    REQUIRE(doc.kit().find_question(first.id) != nullptr);
    CHECK(doc.kit().find_question(first.id)->text == "What would you do differently?");
    CHECK(doc.history().undo_description() == "Edit question text");
}

TEST_CASE("text typed in the editor is saved by Save As and by Save", "[gui][edit-path]") {
    GuiFixture f;
    const KitQuestion first = type_into_first_question(f, "Walk me through your last project.");
    const KitDocument& doc = f.document();
    f.prompts->save_path = (f.dir / "typed.ikit").string();
    f.menu(wxID_SAVEAS);
    REQUIRE(f.prompts->errors.empty());
    CHECK_FALSE(doc.modified());
    CHECK(read_kit_file(f.prompts->save_path).find_question(first.id)->text == "Walk me through your last project.");

    f.control<wxTextCtrl>(control_name::kQuestionText)->SetValue("And the one before?");
    f.menu(wxID_SAVE);
    CHECK_FALSE(doc.modified());
    CHECK(read_kit_file(f.prompts->save_path).find_question(first.id)->text == "And the one before?");
}

TEST_CASE("a rubric cell being typed in is applied before a command, as its own undo step", "[gui][edit-path]") {
    GuiFixture f;
    f.open_sample();
    const KitDocument& doc = f.document();
    const KitQuestion first = doc.kit().sections[0].questions[0];
    REQUIRE_FALSE(first.rubric.levels.empty());
    f.selection().select_question(first.id);
    f.control<wxNotebook>(control_name::kQuestionTabs)->SetSelection(1);
    f.pump(50);

    auto* grid = f.control<wxGrid>(control_name::kRubricLevels);
    grid->SetGridCursor(0, 1);
    grid->EnableCellEditControl();
    REQUIRE(grid->IsCellEditControlShown());
    wxGridCellEditor* cell = grid->GetCellEditor(0, 1);
    auto* box = dynamic_cast<wxTextCtrl*>(cell->GetControl());
    cell->DecRef();
    REQUIRE(box != nullptr);
    box->SetValue("Names no example at all");
    REQUIRE(doc.kit().find_question(first.id)->rubric == first.rubric);  // still pending

    f.menu(kCmdMoveDown);
    CHECK(doc.kit().find_question(first.id)->rubric.levels[0].anchor == "Names no example at all");
    CHECK(doc.history().undo_description() == "Move question");
    f.menu(wxID_UNDO);
    CHECK(doc.history().undo_description() == "Edit rubric");
    f.menu(wxID_UNDO);
    CHECK(*doc.kit().find_question(first.id) == first);
}

TEST_CASE("text typed in the editor is applied before questions are added from the bank", "[gui][edit-path]") {
    GuiFixture f;
    const KitQuestion first = type_into_first_question(f, "Describe a time you disagreed with a peer.");
    const KitDocument& doc = f.document();
    const std::size_t count = doc.kit().question_count(), sections = doc.kit().sections.size();
    f.select_bank_row(0);
    f.prompts->yes = true;  // add it again if the kit has it
    f.click(f.control<wxButton>(control_name::kBankAdd));
    CHECK(doc.kit().question_count() == count + 1);
    f.menu(wxID_UNDO);
    CHECK(doc.kit().question_count() == count);
    if (doc.kit().sections.size() > sections) f.menu(wxID_UNDO);  // the section made for its competency
    CHECK(doc.kit().find_question(first.id)->text == "Describe a time you disagreed with a peer.");
    f.menu(wxID_UNDO);
    CHECK(doc.kit().find_question(first.id)->text == first.text);
}

TEST_CASE("every holder of pending edits is flushed before a change, its edit its own undo step", "[gui][edit-path]") {
    GuiFixture f;
    f.open_sample();
    const KitDocument& doc = f.document();
    EditPath& edits = f.frame->context().edits;
    const std::string section = doc.kit().sections[0].id;
    const std::string question = doc.kit().sections[0].questions[0].id;
    PendingSectionTitle workspace(edits, section);
    edits.add_pending_edits(workspace);

    workspace.typed = "Warm-up";
    f.selection().select_question(question);
    f.menu(kCmdDuplicate);
    CHECK(doc.kit().sections[0].title == "Warm-up");
    CHECK(doc.history().undo_description() == "Duplicate question");
    f.menu(wxID_UNDO);
    CHECK(doc.history().undo_description() == "Rename section");

    // Its own edit does not flush it again; once removed it is no longer asked.
    const int flushes = workspace.flushes;
    workspace.typed = "Opening";
    CHECK(edits.flush());
    CHECK(workspace.flushes == flushes + 1);
    CHECK(doc.kit().sections[0].title == "Opening");
    edits.remove_pending_edits(workspace);
    f.menu(kCmdDuplicate);
    CHECK(workspace.flushes == flushes + 1);
}

TEST_CASE("the recovery file goes when the kit is saved, replaced, closed or undone to its saved state, and not on an edit", "[gui][edit-path]") {
    GuiFixture f;
    f.open_sample();
    Autosaver& autosaver = f.frame->autosaver();
    const std::string recovery = autosaver.recovery_path();
    auto edit_and_autosave = [&] {
        f.selection().select_question(f.document().kit().sections[0].questions[0].id);
        f.menu(kCmdDuplicate);
        REQUIRE(autosaver.tick());
        REQUIRE(fs::exists(recovery));
    };
    f.prompts->save_choice = SaveChoice::DontSave;

    edit_and_autosave();
    f.menu(kCmdMoveDown);
    CHECK(fs::exists(recovery));  // an edit keeps it (the next tick rewrites it)
    f.menu(wxID_UNDO);
    CHECK(fs::exists(recovery));
    f.menu(wxID_UNDO);  // back to the kit as opened: nothing unsaved to recover
    CHECK_FALSE(f.document().modified());
    CHECK_FALSE(fs::exists(recovery));
    edit_and_autosave();

    f.prompts->save_path = (f.dir / "kept.ikit").string();
    f.menu(wxID_SAVEAS);
    CHECK_FALSE(fs::exists(recovery));

    edit_and_autosave();
    f.menu(wxID_NEW);
    CHECK_FALSE(fs::exists(recovery));

    f.open_sample();
    edit_and_autosave();
    f.menu(wxID_CLOSE);
    CHECK_FALSE(fs::exists(recovery));

    f.open_sample();
    edit_and_autosave();
    f.prompts->open_path = f.prompts->save_path;
    f.menu(wxID_OPEN);
    CHECK_FALSE(fs::exists(recovery));

    // Closing the window with unsaved work it was told not to save takes the file with it.
    edit_and_autosave();
    f.frame->Close();
    f.pump();
    CHECK_FALSE(fs::exists(recovery));
    f.frame = new MainFrame(*f.services);  // for the fixture to tear down
}

TEST_CASE("commands act on the selection model, whatever has the keyboard focus", "[gui][edit-path]") {
    GuiFixture f;
    f.open_sample();
    const KitDocument& doc = f.document();
    const std::string id = doc.kit().sections[0].questions[0].id;
    f.frame->Raise();
    f.control<wxWindow>(control_name::kChecksList)->SetFocus();
    f.pump(50);
    f.selection().select_question(id);

    // The outline and the editor follow the selection without taking the focus.
    auto* tree = f.control<wxTreeCtrl>(control_name::kKitOutline);
    CHECK(wxWindow::FindFocus() != tree);
    REQUIRE(tree->GetSelection().IsOk());
    CHECK(utf8(tree->GetItemText(tree->GetSelection())) == question_label(*doc.kit().find_question(id), 1));
    CHECK(f.control<QuestionEditorPanel>(control_name::kEditorPane)->question_id() == id);

    f.menu(kCmdMoveDown);
    CHECK(doc.position_of(id) == (QuestionPosition{0, 1}));
    CHECK(f.selection().question_id() == id);

    // Choosing a section in the outline writes it to the selection; the editor shows no question.
    const wxTreeItemId section = tree->GetItemParent(tree->GetSelection());
    tree->SelectItem(section);
    f.pump();
    CHECK(f.selection().section_selected());
    CHECK(f.selection().section_id() == doc.kit().sections[0].id);
    CHECK(f.control<QuestionEditorPanel>(control_name::kEditorPane)->question_id().empty());

    // A selected question that goes away (undoing its duplication) leaves nothing selected.
    f.selection().select_question(id);
    f.menu(kCmdDuplicate);
    const std::string copy = f.selection().question_id();
    REQUIRE(copy != id);
    f.menu(wxID_UNDO);
    CHECK(f.selection().empty());
    CHECK_FALSE(tree->GetSelection().IsOk());
}
