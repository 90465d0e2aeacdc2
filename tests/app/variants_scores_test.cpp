// Issue 19 in the Scores and Debrief workspaces: the scorecard shows the wording this candidate was asked,
// saving a scorecard records it, and the debrief and the comparison show which variant was asked.

#include "score_fixture.h"

#include "model/variant_choice.h"
#include "panels/compare_panel.h"
#include "panels/control_names.h"
#include "panels/debrief_panel.h"
#include "panels/scores_panel.h"
#include "scoring/kit_fingerprint.h"
#include "scoring/scored_questions.h"
#include "test_kits.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace ikit;
using namespace ikit::test;

namespace {

ScoreSheet rated_sheet(const Kit& kit, const std::string& candidate, const std::string& variant) {
    ScoreSheet sheet;
    sheet.candidate = candidate;
    sheet.kit = kit_identity(kit);
    sheet.scorecards = {blank_scorecard(kit, "Kim Lee", "i2")};
    for (auto& q : sheet.scorecards[0].questions) {
        q.rating = 4;
        if (q.question_id == kit.sections[0].questions[0].id) q.variant = variant;
    }
    sheet.scorecards[0].submitted = "2026-03-01";
    return sheet;
}

}  // namespace

TEST_CASE("The scorecard shows the candidate's variant and saving records it; the debrief shows it",
          "[gui][scores][variants]") {
    ScoreFixture f;
    const Kit kit = test::pooled_loop_kit();
    f.use_kit(kit);
    const std::string name = test::candidate_with_variant(kit, 2);
    ScoreSheet sheet = rated_sheet(kit, name, "");
    sheet.scorecards.clear();  // no scorecard yet
    const std::string path = f.write_sheet(sheet, "c.iscore");
    REQUIRE(f.session().open_path(path));
    f.show_scores();
    f.scores().scores_panel()->choose_interviewer("Kim Lee", "i2");
    f.pump(50);
    std::string form = ScoreFixture::visible_text(f.host);
    std::replace(form.begin(), form.end(), '\n', ' ');  // labels wrap to the form's width
    INFO(form);
    CHECK(form.find(std::string(test::kPooledThird)) != std::string::npos);
    CHECK(form.find(std::string(test::kPooledSecond)) == std::string::npos);
    CHECK(form.find(kit.sections[0].questions[0].text) == std::string::npos);

    // Entering the scorecard records the variant asked.
    InterviewerScorecard card = blank_scorecard(kit, "Kim Lee", "i2");
    card.questions[0].rating = 4;
    REQUIRE(f.session().edit_scorecard(card, "Rate"));
    const InterviewerScorecard* saved = f.session().scorecard();
    REQUIRE(saved != nullptr);
    bool recorded = false;
    for (const auto& q : saved->questions)
        if (q.question_id == kit.sections[0].questions[0].id) recorded = q.variant == std::string(test::kPooledThird);
    CHECK(recorded);

    f.prompts->yes = true;
    REQUIRE(f.session().reveal());
    f.show_debrief();
    std::string summary = ScoreFixture::visible_text(f.find<wxWindow>(control_name::kDebriefSummary));
    std::replace(summary.begin(), summary.end(), '\n', ' ');
    CHECK(summary.find("Asked in a variant:") != std::string::npos);
    CHECK(summary.find("variant 3 of 3") != std::string::npos);
}

TEST_CASE("Compare notes the variant each candidate was asked", "[gui][debrief][variants]") {
    ScoreFixture f;
    const Kit kit = test::pooled_loop_kit();
    f.use_kit(kit);
    const std::string folder = (f.dir / "pooled").string();
    std::filesystem::create_directories(folder);
    const std::string b = test::candidate_with_variant(kit, 1), c = test::candidate_with_variant(kit, 2);
    f.write_sheet(rated_sheet(kit, b, std::string(test::kPooledSecond)), "pooled/b.iscore");
    f.write_sheet(rated_sheet(kit, c, std::string(test::kPooledThird)), "pooled/c.iscore");
    f.prompts->score_folder = folder;
    f.scores().compare_candidates();
    f.scores().debrief_panel()->compare().choose_folder();
    f.pump(50);
    std::string text = ScoreFixture::visible_text(f.host);
    std::replace(text.begin(), text.end(), '\n', ' ');
    CHECK(text.find(b + ": Q1 variant 2 of 3") != std::string::npos);
    CHECK(text.find(c + ": Q1 variant 3 of 3") != std::string::npos);
    CHECK(text.find("stay comparable") != std::string::npos);
}
