// Bank and kit text shown in labels keeps its ampersands: "KPIs & metrics" must not lose the "&" to
// a mnemonic (static texts, menu items).

#include "gui_fixture.h"

#include "panels/checks_panel.h"
#include "panels/kit_tree_panel.h"
#include "panels/question_editor_panel.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <wx/filehistory.h>
#include <wx/menu.h>
#include <wx/stattext.h>

using namespace ikit;
using namespace ikit::test;

TEST_CASE("the details pane shows competency names with their ampersands", "[gui]") {
    GuiFixture f;
    f.open_sample();
    const Kit& kit = f.document().kit();
    const QuestionBank& bank = f.services->library.bank;
    // A question of the sample kit with a competency named with "&" (the bank has several).
    std::string id, name;
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions)
            for (const auto& c : q.competency_ids) {
                const bool in_kit = find_competency(kit.competencies, c) != nullptr;
                const std::string n = in_kit ? kit.competency_name(c) : bank.competency_name(c);
                if (id.empty() && n.find('&') != std::string::npos) {
                    id = q.id;
                    name = n;
                }
            }
    REQUIRE_FALSE(id.empty());

    f.selection().select_question(id);
    f.pump();
    const wxStaticText* label = f.control<wxStaticText>(control_name::kQuestionCompetencies);
    CHECK(utf8(label->GetLabelText()).find(name) != std::string::npos);  // what the user reads
    CHECK(utf8(label->GetToolTipText()).find(name) != std::string::npos);
}

TEST_CASE("label_text escapes ampersands so they show as themselves", "[gui]") {
    CHECK(label_text("KPIs & metrics") == "KPIs && metrics");
    CHECK(wxControl::RemoveMnemonics(label_text("Team management & coaching")) == "Team management & coaching");
    CHECK(label_text("Plain") == "Plain");
}

TEST_CASE("Open Recent shows file names with ampersands whole", "[gui]") {
    GuiFixture f;
    const std::string path = (f.dir / "KPIs & metrics.ikit").string();
    f.frame->context().file_history.AddFileToHistory(wx(path));
    wxMenuItem* item = f.frame->GetMenuBar()->FindItem(wxID_FILE1);
    REQUIRE(item);
    CHECK(utf8(item->GetItemLabelText()).find("KPIs & metrics.ikit") != std::string::npos);
}

TEST_CASE("a rules file problem naming an ampersand shows it in the checks summary", "[gui]") {
    GuiFixture f;
    ChecksPanel* checks = f.control<ChecksPanel>(control_name::kChecksPane);
    checks->set_rules_problem("rules & wording.xml line 3: not XML");
    CHECK(utf8(f.control<wxStaticText>(control_name::kChecksSummary)->GetLabelText()).find("rules & wording.xml") != std::string::npos);
}
