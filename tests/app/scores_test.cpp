// The Scores and Debrief workspaces: a 10-question scorecard typed from the keyboard alone and the saved
// file's content; other interviewers' ratings hidden until Reveal for Debrief; a sheet of a changed kit
// read-only under a banner; score undo apart from the kit's; the debrief grid of docs/scoring.md's example 1.

#include "score_fixture.h"

#include "commands/score_commands.h"
#include "panels/compare_panel.h"
#include "panels/debrief_panel.h"
#include "panels/rating_field.h"
#include "panels/scores_panel.h"
#include "scoring/kit_fingerprint.h"
#include "scoring_examples.h"
#include "serialize/score_file.h"
#include "test_kits.h"
#include "util/text.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <wx/grid.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

using namespace ikit;
using namespace ikit::test;

namespace {
/// A sheet of the examples' kit with Ana's submitted scorecard and Ben's, each with evidence no one else wrote.
ScoreSheet two_interviewers_sheet() {
    ScoreSheet sheet = scoring_example_sheet(1);
    sheet.candidate = "Robin Park";
    sheet.scorecards.resize(2);
    sheet.scorecards[0].questions[0].evidence = "ANA-SAW-THE-KPI-TREE";
    sheet.scorecards[1].questions[0].evidence = "BEN-HEARD-VAGUE-NUMBERS";
    sheet.scorecards[1].submitted.clear();
    return sheet;
}
}  // namespace

TEST_CASE("A 10-question scorecard is typed from the keyboard alone and saved as typed", "[gui][scores]") {
    ScoreFixture f;
    const Kit kit = synthetic_kit(10);
    REQUIRE(kit.question_count() == 10);
    f.use_kit(kit);
    f.frame->Raise();
    f.show_scores();

    f.prompts->text = "Jordan Lee";
    f.prompts->score_save_path = (f.dir / "jordan.iscore").string();
    REQUIRE(f.session().new_candidate());
    CHECK(f.prompts->score_save_names.back() == "Jordan Lee.iscore");
    f.scores().scores_panel()->choose_interviewer("Ana Ruiz", "");
    f.pump(50);
    f.scores().scores_panel()->focus_entry();
    f.host->Raise();
    f.pump(100);

    const ScorecardLayout layout = scorecard_layout(kit, nullptr);
    REQUIRE(layout.questions.size() == 10);
    wxUIActionSimulator keys;
    const std::string ratings = "4352104523";  // 0 = no evidence
    for (std::size_t i = 0; i < 10; ++i) {
        keys.Char(ratings[i]);
        keys.Char(WXK_TAB);
        keys.Text(("note " + std::to_string(i + 1)).c_str());
        keys.Char(WXK_TAB);
    }
    // The competency summary: the first one rated 4 with a note, the others left to the questions.
    REQUIRE(!layout.competencies.empty());
    keys.Char('4');
    keys.Char(WXK_TAB);
    keys.Text("steady");
    keys.Char(WXK_TAB);
    for (std::size_t i = 1; i < layout.competencies.size(); ++i) {
        keys.Char(WXK_TAB);
        keys.Char(WXK_TAB);
    }
    keys.Char('3');  // the kit's third recommendation label
    keys.Char(WXK_TAB);
    keys.Text("clear examples");
    keys.Char(WXK_TAB);
    keys.Text("hire for the queue work");
    keys.Char(WXK_TAB);
    keys.Char(' ');  // Submit
    f.pump(200);

    REQUIRE(f.session().save());
    const ScoreSheet saved = read_score_file(f.prompts->score_save_path);
    CHECK(saved.candidate == "Jordan Lee");
    CHECK(saved.kit == kit_identity(kit));
    REQUIRE(saved.scorecards.size() == 1);
    const InterviewerScorecard& card = saved.scorecards[0];
    CHECK(card.interviewer == "Ana Ruiz");
    REQUIRE(card.questions.size() == 10);
    for (std::size_t i = 0; i < 10; ++i) {
        INFO("question " << i + 1);
        CHECK(card.questions[i].question_id == layout.questions[i].id);
        const int typed = ratings[i] - '0';
        CHECK(card.questions[i].rating == (typed == 0 ? std::nullopt : std::optional<int>(typed)));
        CHECK(card.questions[i].evidence == "note " + std::to_string(i + 1));
    }
    REQUIRE(card.competencies.size() == 1);
    CHECK(card.competencies[0].competency_id == layout.competencies[0].id);
    CHECK(card.competencies[0].rating == 4);
    CHECK(card.competencies[0].evidence == "steady");
    CHECK(card.recommendation == kit.recommendation_labels[2]);
    CHECK(card.notes == "clear examples");
    CHECK(card.takeaways == "hire for the queue work");
    CHECK(card.submitted == today_iso_date());
    // Scores never enter the kit or its history.
    CHECK(f.document().kit() == kit);
    CHECK_FALSE(f.document().history().can_undo());
    CHECK_FALSE(f.session().document().modified());
}

TEST_CASE("Other interviewers' ratings stay hidden until Reveal for Debrief", "[gui][scores]") {
    ScoreFixture f;
    f.use_kit(scoring_example_kit());
    const std::string path = f.write_sheet(two_interviewers_sheet(), "robin.iscore");
    REQUIRE(f.session().open_path(path));
    f.show_scores();
    f.scores().scores_panel()->choose_interviewer("Cleo", "");
    f.pump(50);

    auto hidden_everywhere = [&] {
        f.show_scores();
        const std::string scores = ScoreFixture::visible_text(f.host);
        f.show_debrief();
        const std::string debrief = ScoreFixture::visible_text(f.host);
        for (const std::string& text : {scores, debrief}) {
            CHECK(text.find("ANA-SAW") == std::string::npos);
            CHECK(text.find("BEN-HEARD") == std::string::npos);
            CHECK(text.find("Overall\n") == std::string::npos);  // nor the others' list with their recommendations
        }
        return scores;
    };
    const std::string before = hidden_everywhere();
    CHECK(before.find("2 other scorecards for this candidate stay hidden") != std::string::npos);

    // Declining the question keeps them hidden.
    f.prompts->yes = false;
    f.show_scores();
    f.click(f.find<wxWindow>(control_name::kScoresReveal));
    f.pump(50);
    CHECK(f.prompts->questions.size() == 1);  // Cleo has not submitted: asked first
    hidden_everywhere();

    f.prompts->yes = true;
    f.show_scores();
    f.click(f.find<wxWindow>(control_name::kScoresReveal));
    f.pump(50);
    const std::string after = ScoreFixture::visible_text(f.host);
    CHECK(after.find("Overall\n") != std::string::npos);
    CHECK(after.find("ANA-SAW-THE-KPI-TREE") != std::string::npos);
    CHECK(after.find("BEN-HEARD-VAGUE-NUMBERS") != std::string::npos);
    f.show_debrief();
    const std::string debrief = ScoreFixture::visible_text(f.host);
    CHECK(debrief.find("ANA-SAW-THE-KPI-TREE") != std::string::npos);
    CHECK(debrief.find("Composite") != std::string::npos);

    // Another interviewer at the keyboard: hidden again.
    f.scores().scores_panel()->choose_interviewer("Dee", "");
    f.pump(50);
    hidden_everywhere();
}

TEST_CASE("A sheet scored against a changed kit opens read-only under a banner", "[gui][scores]") {
    ScoreFixture f;
    Kit changed = scoring_example_kit();
    changed.sections[0].questions[0].text = "Walk me through the last metric you retired";
    f.use_kit(changed);
    const std::string path = f.write_sheet(two_interviewers_sheet(), "robin.iscore");
    REQUIRE(f.session().open_path(path));
    f.show_scores();
    f.scores().scores_panel()->choose_interviewer("Ana", "");
    f.pump(50);

    auto* banner = f.find<wxWindow>(control_name::kScoresBanner);
    CHECK(banner->IsShown());
    const std::string banner_text = ScoreFixture::visible_text(banner);
    CHECK(banner_text.find("read-only") != std::string::npos);
    CHECK(f.session().read_only());

    auto* box = f.find<wxTextCtrl>(std::string(control_name::kScoreRatingPrefix) + "q2");
    CHECK(box->GetValue() == "3");  // Ana's rating, shown
    f.host->Raise();
    box->SetFocus();
    f.pump(50);
    wxUIActionSimulator keys;
    keys.Char('5');
    f.pump(100);
    CHECK(box->GetValue() == "3");
    CHECK_FALSE(f.session().document().modified());
    CHECK_FALSE(f.session().edit_scorecard(InterviewerScorecard{}, "anything"));

    // The kit as scored again: editable, no banner.
    f.use_kit(scoring_example_kit());
    CHECK_FALSE(banner->IsShown());
    CHECK_FALSE(f.session().read_only());
}

TEST_CASE("Ctrl+Z in the scores undoes the score edit, never the kit", "[gui][scores]") {
    ScoreFixture f;
    Kit kit = scoring_example_kit();
    f.use_kit(kit);
    // One kit edit in the kit's history, which the scores' undo must leave alone.
    f.frame->context().edits.apply([](KitDocument& doc) {
        KitProperties properties = doc.kit().properties;
        properties.title = "Support lead panel, spring";
        doc.set_properties(properties);
    });
    kit = f.document().kit();
    REQUIRE(f.document().history().can_undo());
    const std::string path = f.write_sheet(scoring_example_sheet(2), "ex2.iscore");
    // The kit's title changed, its questions did not: the sheet is editable.
    REQUIRE(f.session().open_path(path));
    CHECK_FALSE(f.session().read_only());
    f.show_scores();
    f.scores().scores_panel()->choose_interviewer("Ana", "");
    f.pump(50);
    f.host->Raise();
    f.scores().scores_panel()->focus_entry();
    f.pump(50);
    wxUIActionSimulator keys;
    keys.Char('2');
    f.pump(50);
    CHECK(f.session().document().modified());
    CHECK(find_scorecard(f.session().document().sheet(), "Ana", "")->questions[0].rating == 2);
    keys.Char('z', wxMOD_CONTROL);
    f.pump(100);
    CHECK(find_scorecard(f.session().document().sheet(), "Ana", "")->questions[0].rating == 4);
    CHECK_FALSE(f.session().document().modified());
    CHECK(f.document().kit() == kit);
    CHECK(f.document().history().can_undo());
}

TEST_CASE("The debrief shows docs/scoring.md's example 1: grid, flags, tally, composite, order", "[gui][debrief]") {
    ScoreFixture f;
    f.use_kit(scoring_example_kit());
    const std::string path = f.write_sheet(scoring_example_sheet(1), "example1.iscore");
    REQUIRE(f.session().open_path(path));
    f.show_debrief();
    auto* grid = f.find<wxGrid>(control_name::kDebriefGrid);
    REQUIRE(grid->IsShown());
    REQUIRE(grid->GetNumberCols() == 6);
    REQUIRE(grid->GetNumberRows() == 3);
    CHECK(grid->GetColLabelValue(0) == "Ana\nYes");
    CHECK(grid->GetColLabelValue(2) == "Cleo\nStrong yes");
    // The discussion order: the split first, then the single rater, then the rest.
    CHECK(grid->GetRowLabelValue(0) == L"Metrics (\u00d72)");
    CHECK(grid->GetRowLabelValue(1) == "Escalations");
    CHECK(grid->GetRowLabelValue(2) == "Coaching");
    CHECK(grid->GetCellValue(0, 0) == "3.5 (mean of 2)\nAna on q1\nAna on q2");
    CHECK(grid->GetCellValue(0, 1).StartsWith("2 (mean of 2)"));
    CHECK(grid->GetCellValue(0, 2) == "5 (summary)\nbuilt the team's KPI tree");
    CHECK(grid->GetCellValue(0, 3) == "3.5");
    CHECK(grid->GetCellValue(0, 4) == L"2\u20135");
    CHECK(grid->GetCellValue(0, 5) == "split");
    CHECK(grid->GetCellValue(1, 0) == L"\u2013");
    CHECK(grid->GetCellValue(1, 5) == "single rater");
    CHECK(grid->GetCellValue(2, 0) == "4 (summary)\ncoached two leads to promotion");
    CHECK(grid->GetCellValue(2, 3) == "3");
    CHECK(grid->GetCellValue(2, 5) == "");
    // The summary as one line (it is wrapped to the pane's width).
    std::string summary = ScoreFixture::visible_text(f.find<wxWindow>(control_name::kDebriefSummary));
    std::replace(summary.begin(), summary.end(), '\n', ' ');
    CHECK(summary.find("Composite 3.50") != std::string::npos);
    CHECK(summary.find("incomplete") == std::string::npos);
    CHECK(summary.find("Recommendations: Strong no 0 \u00b7 No 1 \u00b7 Yes 1 \u00b7 Strong yes 1") != std::string::npos);
    CHECK(summary.find("Discuss in this order: Metrics (split), Escalations (single rater), Coaching") != std::string::npos);
}

TEST_CASE("Compare ranks candidates by composite and shows ties, incomplete sheets and kit changes", "[gui][debrief]") {
    ScoreFixture f;
    f.use_kit(scoring_example_kit());
    ScoreSheet first = scoring_example_sheet(1);  // 3.50
    first.candidate = "Avery";
    ScoreSheet second = scoring_example_sheet(1);  // 3.50 too: a tie
    second.candidate = "Blake";
    ScoreSheet third = scoring_example_sheet(2);   // 3.67, incomplete
    third.candidate = "Casey";
    ScoreSheet fourth = scoring_example_sheet(3);  // scored against another version of the kit
    fourth.candidate = "Devon";
    fourth.kit.fingerprint = "0000000000000000";
    const std::string folder = (f.dir / "candidates").string();
    std::filesystem::create_directories(folder);
    f.write_sheet(first, "candidates/avery.iscore");
    f.write_sheet(second, "candidates/blake.iscore");
    f.write_sheet(third, "candidates/casey.iscore");
    f.write_sheet(fourth, "candidates/devon.iscore");
    {
        std::ofstream bad(f.dir / "candidates" / "broken.iscore");
        bad << "<scores>";
    }

    f.prompts->score_folder = folder;
    f.scores().compare_candidates();  // asks for files (none chosen) on the compare page
    f.scores().debrief_panel()->compare().choose_folder();
    f.pump(50);
    auto* grid = f.find<wxGrid>(control_name::kCompareGrid);
    REQUIRE(grid->IsShownOnScreen());
    REQUIRE(grid->GetNumberRows() == 5);
    auto row_of = [&](const std::string& name) {
        for (int r = 0; r < grid->GetNumberRows(); ++r)
            if (utf8(grid->GetCellValue(r, 1)) == name) return r;
        FAIL("no row for " << name);
        return -1;
    };
    const int casey = row_of("Casey"), avery = row_of("Avery"), blake = row_of("Blake"), devon = row_of("Devon");
    CHECK(casey == 0);
    CHECK(grid->GetCellValue(casey, 0) == "1");
    CHECK(grid->GetCellValue(casey, 2) == "3.67");
    CHECK(grid->GetCellValue(avery, 0) == "2 (tie)");
    CHECK(grid->GetCellValue(blake, 0) == "2 (tie)");
    CHECK(grid->GetCellValue(avery, 2) == "3.50");
    const int flags = grid->GetNumberCols() - 1;
    CHECK(grid->GetCellValue(casey, flags).Contains("incomplete"));
    CHECK(grid->GetCellValue(avery, flags).Contains("tied"));
    CHECK(grid->GetCellValue(devon, flags).Contains("kit changed"));
    CHECK(grid->GetCellValue(4, 1) == "(file not read)");
    CHECK(grid->GetCellValue(4, flags).Contains("broken.iscore"));
    // The competency columns: Metrics of Avery is 3.5 and split.
    CHECK(grid->GetColLabelValue(3) == "Metrics");
    CHECK(grid->GetCellValue(avery, 3) == "3.5 (split)");
}

TEST_CASE("Export Debrief PDF writes the candidate's debrief where the user chooses", "[gui][debrief]") {
    ScoreFixture f;
    f.use_kit(scoring_example_kit());
    REQUIRE(f.session().open_path(f.write_sheet(scoring_example_sheet(1), "example1.iscore")));
    f.prompts->pdf_path = (f.dir / "debrief.pdf").string();
    f.menu(kCmdExportDebrief);
    f.pump(50);
    CHECK(f.prompts->errors.empty());
    REQUIRE(f.prompts->exported_messages.size() == 1);
    const std::string pdf = slurp(f.prompts->pdf_path);
    CHECK(pdf.rfind("%PDF-", 0) == 0);
    // Nothing was written into the kit.
    CHECK_FALSE(f.document().modified());
}
