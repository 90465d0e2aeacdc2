// The details pane gives a writer room and one visible model: edits apply as the user leaves a field
// (no Apply or Revert; Undo takes them back), the question box grows with its text, the pane widens
// when a kit question is chosen, and a custom question's competency (and so its rubric) is chosen
// there, as one undo step; the Scored box marks a question not scored, as one undo step.

#include "gui_fixture.h"

#include "commands/commands.h"
#include "panels/display_text.h"
#include "panels/question_editor_panel.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

using namespace ikit;
using namespace ikit::test;

TEST_CASE("the editor says edits apply on leaving a field, and has no Apply or Revert", "[gui][editor]") {
    GuiFixture f;
    f.open_sample();
    f.selection().select_question(f.document().kit().sections[0].questions[0].id);
    auto* editor = f.control<QuestionEditorPanel>(control_name::kEditorPane);
    auto* note = f.control<wxStaticText>(control_name::kQuestionApplyNote);
    CHECK(note->IsShown());
    CHECK(utf8(note->GetLabel()).find("leave a field") != std::string::npos);
    for (wxWindow* w = editor; w;) {  // no button labelled Apply or Revert anywhere in the pane
        for (wxWindow* child : w->GetChildren())
            if (auto* b = dynamic_cast<wxButton*>(child)) {
                CHECK(b->GetLabel().Find("Apply") == wxNOT_FOUND);
                CHECK(b->GetLabel().Find("Revert") == wxNOT_FOUND);
            }
        w = nullptr;
    }
    CHECK(wxWindow::FindWindowByLabel("&Apply", f.frame) == nullptr);
}

TEST_CASE("the question box grows with its text", "[gui][editor]") {
    GuiFixture f;
    f.open_sample();
    f.selection().select_question(f.document().kit().sections[0].questions[0].id);
    f.pump(50);
    auto* text = f.control<wxTextCtrl>(control_name::kQuestionText);
    text->SetValue("Short?");
    f.pump(50);
    const int short_height = text->GetSize().y;
    std::string long_text;
    for (int i = 0; i < 12; ++i) long_text += "Tell me about a time you had to change how your team worked. ";
    text->SetValue(wx(long_text));
    f.pump(50);
    CHECK(text->GetSize().y > short_height);
    CHECK(text->GetSize().y >= 5 * text->GetCharHeight());
}

TEST_CASE("choosing a kit question widens a narrow details pane", "[gui][editor]") {
    GuiFixture f;
    f.frame->SetSize(f.frame->FromDIP(wxSize(1024, 768)));
    f.open_sample();
    f.pump(100);
    auto* editor = f.control<QuestionEditorPanel>(control_name::kEditorPane);
    f.selection().select_question(f.document().kit().sections[0].questions[0].id);
    f.pump(100);
    const int width = f.frame->GetClientSize().x;
    CHECK(editor->GetSize().x >= std::min(editor->FromDIP(520), width * 2 / 5) - editor->FromDIP(24));
}

TEST_CASE("a custom question's competency is chosen in the editor, its rubric following, as one undo step", "[gui][editor]") {
    GuiFixture f;
    f.open_sample();
    f.menu(kCmdAddCustomQuestion);
    auto* editor = f.control<QuestionEditorPanel>(control_name::kEditorPane);
    const std::string id = editor->question_id();
    REQUIRE(f.document().kit().find_question(id)->competency_ids.empty());
    auto* choice = f.control<wxChoice>(control_name::kQuestionCompetency);
    REQUIRE(choice->IsShown());
    CHECK(choice->GetSelection() == 0);  // (None)

    // Pick a competency whose rubric differs from the generic one.
    const RubricLibrary& rubrics = f.services->library.rubrics;
    int pick = -1;
    std::string competency;
    for (unsigned i = 1; i < choice->GetCount() && pick < 0; ++i) {
        for (const auto& c : f.services->library.bank.competencies())
            if (label_text(c.name) == choice->GetString(i) && rubrics.for_competency(c.id)) {
                pick = static_cast<int>(i);
                competency = c.id;
                break;
            }
    }
    REQUIRE(pick > 0);
    const std::size_t steps = f.document().history().undo_depth();
    choice->SetSelection(pick);
    wxCommandEvent chosen(wxEVT_CHOICE, choice->GetId());
    chosen.SetEventObject(choice);
    chosen.SetInt(pick);
    choice->ProcessWindowEvent(chosen);

    const KitQuestion& q = *f.document().kit().find_question(id);
    CHECK(q.competency_ids == std::vector<std::string>{competency});
    CHECK(q.rubric == *rubrics.default_for({competency}));
    CHECK(f.document().history().undo_depth() == steps + 1);
    CHECK(f.document().history().undo_description() == "Change competency");
    f.menu(wxID_UNDO);
    CHECK(f.document().kit().find_question(id)->competency_ids.empty());

    // A bank question's competencies come with it: no choice shown.
    f.selection().select_question(f.document().kit().sections[0].questions[0].id);
    f.pump();
    CHECK_FALSE(choice->IsShown());
}

TEST_CASE("the Scored box marks a question not scored as one undo step, and the outline says so", "[gui][editor]") {
    GuiFixture f;
    f.open_sample();
    const KitQuestion first = f.document().kit().sections[0].questions[0];
    REQUIRE(first.scored);
    f.selection().select_question(first.id);
    f.pump();
    auto* scored = f.control<wxCheckBox>(control_name::kQuestionScored);
    REQUIRE(scored->IsShown());
    CHECK(scored->GetValue());

    const std::size_t steps = f.document().history().undo_depth();
    scored->SetValue(false);
    wxCommandEvent ticked(wxEVT_CHECKBOX, scored->GetId());
    ticked.SetEventObject(scored);
    ticked.SetInt(0);
    scored->ProcessWindowEvent(ticked);
    f.pump();

    CHECK_FALSE(f.document().kit().find_question(first.id)->scored);
    CHECK(f.document().history().undo_depth() == steps + 1);
    CHECK(f.document().history().undo_description() == "Mark question not scored");
    const auto labels = f.tree_labels();
    CHECK(std::find(labels.begin(), labels.end(), question_label(*f.document().kit().find_question(first.id), 1)) !=
          labels.end());
    CHECK(labels.at(1).find(", not scored)") != std::string::npos);

    f.menu(wxID_UNDO);
    f.pump();
    CHECK(f.document().kit().find_question(first.id)->scored);
    CHECK(scored->GetValue());
    CHECK(f.tree_labels().at(1).find("not scored") == std::string::npos);
}
