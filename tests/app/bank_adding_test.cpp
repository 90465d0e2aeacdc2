// Bank questions land where they belong: in the section of their main competency (a section made for
// it when the kit has none), unless dropped somewhere on purpose; questions already in the kit are
// marked in the bank list, and adding one again is asked about.

#include "gui_fixture.h"

#include "commands/commands.h"
#include "panels/bank_list_model.h"
#include "panels/bank_panel.h"
#include "panels/kit_tree_panel.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/dataview.h>

using namespace ikit;
using namespace ikit::test;

namespace {

/// Selects the first bank row whose question passes `wanted`; returns it (nullptr when none).
template <class Wanted>
const Question* select_first(GuiFixture& f, Wanted wanted) {
    auto* list = f.control<wxDataViewCtrl>(control_name::kBankList);
    const unsigned rows = list->GetModel() ? static_cast<wxDataViewVirtualListModel*>(list->GetModel())->GetCount() : 0;
    BankPanel* bank = f.control<BankPanel>(control_name::kBankPane);
    for (unsigned row = 0; row < rows; ++row) {
        f.select_bank_row(row);
        const Question* q = bank->selected_questions().front();
        if (wanted(*q)) return q;
    }
    return nullptr;
}

bool in_kit(const Kit& kit, const std::string& bank_id) {
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions)
            if (q.bank_id == bank_id) return true;
    return false;
}

/// The text the bank list shows in row `row`'s question column.
std::string row_text(GuiFixture& f, unsigned row) {
    auto* list = f.control<wxDataViewCtrl>(control_name::kBankList);
    auto* model = static_cast<wxDataViewVirtualListModel*>(list->GetModel());
    wxVariant value;
    model->GetValueByRow(value, row, kBankColText);
    return utf8(value.GetString());
}

}  // namespace

TEST_CASE("an added bank question goes to the end of its competency's section, whatever is selected", "[gui][bank]") {
    GuiFixture f;
    f.open_sample();
    const Kit& kit = f.document().kit();
    REQUIRE(kit.sections.size() >= 2);
    const KitSection& target = kit.sections[1];
    const std::string section_id = target.id;
    const Question* q = select_first(f, [&](const Question& x) {
        return x.main_competency() == target.competency_id && !in_kit(kit, x.id);
    });
    REQUIRE(q);
    const std::size_t size = target.questions.size();
    f.selection().select_question(kit.sections[0].questions[0].id);  // elsewhere on purpose
    f.click(f.control<wxButton>(control_name::kBankAdd));
    const KitSection& now = *f.document().kit().find_section(section_id);
    REQUIRE(now.questions.size() == size + 1);
    CHECK(now.questions.back().bank_id == q->id);
    CHECK(f.selection().question_id() == now.questions.back().id);
}

TEST_CASE("a question of a competency the kit has no section for gets a section of its own", "[gui][bank]") {
    GuiFixture f;
    f.open_sample();
    const Kit& kit = f.document().kit();
    auto has_section = [&](const std::string& c) {
        for (const auto& s : kit.sections)
            if (s.competency_id == c) return true;
        return false;
    };
    const Question* q = select_first(f, [&](const Question& x) {
        return !x.main_competency().empty() && !has_section(x.main_competency());
    });
    REQUIRE(q);
    const std::size_t sections = kit.sections.size();
    f.selection().select_question(kit.sections[0].questions[0].id);
    f.click(f.control<wxButton>(control_name::kBankAdd));
    const Kit& after = f.document().kit();
    REQUIRE(after.sections.size() == sections + 1);
    CHECK(after.sections.back().competency_id == q->main_competency());
    CHECK(after.sections.back().title == f.services->library.bank.competency_name(q->main_competency()));
    REQUIRE(after.sections.back().questions.size() == 1);
    CHECK(after.sections.back().questions[0].bank_id == q->id);
}

TEST_CASE("a bank question dropped on the outline stays where it was dropped", "[gui][bank]") {
    GuiFixture f;
    f.open_sample();
    const Kit& kit = f.document().kit();
    // A question of the last section's competency, dropped on the first question of the first section.
    const Question* q = select_first(f, [&](const Question& x) {
        return x.main_competency() == kit.sections.back().competency_id && !in_kit(kit, x.id);
    });
    REQUIRE(q);
    auto* tree = f.control<wxTreeCtrl>(control_name::kKitOutline);
    wxTreeItemIdValue a, b;
    const wxTreeItemId first = tree->GetFirstChild(tree->GetFirstChild(tree->GetRootItem(), a), b);
    wxRect rect;
    REQUIRE(tree->GetBoundingRect(first, rect, true));
    f.control<KitTreePanel>(control_name::kKitPane)->drop_bank_questions({q->id}, rect.GetPosition() + wxPoint(4, 4));
    CHECK(f.document().kit().sections[0].questions[1].bank_id == q->id);
}

TEST_CASE("questions already in the kit are marked in the bank, and adding one again is asked", "[gui][bank]") {
    GuiFixture f;
    f.open_sample();
    const Kit& kit = f.document().kit();
    const Question* q = select_first(f, [&](const Question& x) { return in_kit(kit, x.id); });
    REQUIRE(q);
    auto* list = f.control<wxDataViewCtrl>(control_name::kBankList);
    const unsigned row = static_cast<wxDataViewVirtualListModel*>(list->GetModel())->GetRow(list->GetSelection());
    CHECK(row_text(f, row) == std::string(kInKitMark) + q->text);
    wxDataViewItemAttr attr;
    CHECK(static_cast<wxDataViewVirtualListModel*>(list->GetModel())->GetAttrByRow(row, kBankColText, attr));
    CHECK(attr.HasColour());

    // Add again? Cancel adds nothing.
    const std::size_t count = kit.question_count();
    f.prompts->yes = false;
    f.click(f.control<wxButton>(control_name::kBankAdd));
    REQUIRE(f.prompts->questions.size() == 1);
    CHECK(f.prompts->questions[0].find(q->text) != std::string::npos);
    CHECK(f.document().kit().question_count() == count);
    // Add Again adds the copy.
    f.prompts->yes = true;
    f.click(f.control<wxButton>(control_name::kBankAdd));
    CHECK(f.document().kit().question_count() == count + 1);

    // A question not in the kit is plain, and is marked once added (no question asked).
    const Question* fresh = select_first(f, [&](const Question& x) { return !in_kit(f.document().kit(), x.id); });
    REQUIRE(fresh);
    const unsigned fresh_row = static_cast<wxDataViewVirtualListModel*>(list->GetModel())->GetRow(list->GetSelection());
    CHECK(row_text(f, fresh_row) == fresh->text);
    f.click(f.control<wxButton>(control_name::kBankAdd));
    CHECK(f.prompts->questions.size() == 2);
    CHECK(row_text(f, fresh_row) == std::string(kInKitMark) + fresh->text);
}
