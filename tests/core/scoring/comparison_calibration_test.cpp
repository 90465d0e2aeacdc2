#include "scoring/calibration.h"
#include "scoring/candidate_comparison.h"
#include "scoring/score_reports.h"
#include "scoring_examples.h"
#include "io/csv_table.h"

#include <catch2/catch.hpp>

using namespace ikit;

namespace {

ScoreSheet named(ScoreSheet sheet, const std::string& name) {
    sheet.candidate = name;
    return sheet;
}

}  // namespace

TEST_CASE("candidates are ranked by composite, ties share a rank, nothing is left out", "[scoring][compare]") {
    const Kit kit = test::scoring_example_kit();
    ScoreSheet changed = named(test::scoring_example_sheet(3), "Dana");
    changed.kit.fingerprint = "0000000000000000";
    ScoreSheet empty = named(test::scoring_example_sheet(1), "Eve");
    for (auto& card : empty.scorecards) {
        for (auto& q : card.questions) q.rating.reset();
        card.competencies.clear();
    }
    const std::vector<ScoreSheet> sheets{named(test::scoring_example_sheet(1), "Ana B"), named(test::scoring_example_sheet(2), "Cy"),
                                         changed, empty, named(test::scoring_example_sheet(1), "Al")};
    const Comparison c = compare_candidates(kit, sheets);
    REQUIRE(c.rows.size() == 5);
    CHECK(c.competency_ids == std::vector<std::string>{"metrics", "coaching", "escalations"});
    // 3.67 (Cy, incomplete) > 3.50 (Al, Ana B: tied) > 3.38 (Dana, kit changed) > Eve (no composite)
    CHECK(c.rows[0].candidate == "Cy");
    CHECK(*c.rows[0].rank == 1);
    CHECK(c.rows[0].flags() == "incomplete (escalations)");
    CHECK(c.rows[1].candidate == "Al");
    CHECK(c.rows[2].candidate == "Ana B");
    CHECK(*c.rows[1].rank == 2);
    CHECK(*c.rows[2].rank == 2);
    CHECK(c.rows[1].flags() == "tied");
    CHECK(c.rows[3].candidate == "Dana");
    CHECK(*c.rows[3].rank == 4);
    CHECK(c.rows[3].flags() == "kit changed");
    CHECK(c.rows[4].candidate == "Eve");
    CHECK_FALSE(c.rows[4].rank);
    CHECK(c.rows[4].flags() == "incomplete (metrics, coaching, escalations); no evidence");
    CHECK(c.rows[1].competencies[0].split);

    const std::string csv = comparison_csv(c);
    const CsvTable table = parse_csv(csv, "compare.csv");
    CHECK(table.header == std::vector<std::string>{"candidate", "composite", "rank", "metrics", "coaching", "escalations", "flags"});
    REQUIRE(table.rows.size() == 5);
    CHECK(table.rows[0].cells == std::vector<std::string>{"Cy", "3.67", "1", "3.5", "4 [split]", "[no evidence]",
                                                          "incomplete (escalations)"});
    CHECK(table.rows[1].cells == std::vector<std::string>{"Al", "3.50", "2", "3.5 [split]", "3", "4 [single rater]", "tied"});
    CHECK(table.rows[4].cells[1].empty());
    CHECK(table.rows[4].cells[2].empty());

    const std::string text = comparison_text(kit, c);
    CHECK(text.find("Comparison: 5 candidates") == 0);
    CHECK(text.find("2=    Al") != std::string::npos);
    CHECK(text.find("kit changed") != std::string::npos);
}

TEST_CASE("calibration: leniency against the panel's median, spread and no evidence", "[scoring][calibration]") {
    CalibrationBuilder builder;
    // Six candidates: Lee always rates 5, the others 3 and 3 (Kim) or 3 and 2 (Pat, with one no-evidence each).
    for (int i = 0; i < 6; ++i) {
        ScoreSheet sheet;
        sheet.candidate = "C" + std::to_string(i);
        sheet.scorecards = {test::example_card("Lee", {5, 5, std::nullopt, std::nullopt}),
                            test::example_card("kim ", {3, 3, std::nullopt, std::nullopt}),
                            test::example_card("Pat", {3, std::nullopt, std::nullopt, std::nullopt})};
        // drop the trailing no-evidence rows for Lee and Kim so only Pat has gaps
        sheet.scorecards[0].questions.resize(2);
        sheet.scorecards[1].questions.resize(2);
        if (i == 0) sheet.scorecards[1].interviewer = "Kim";
        builder.add(sheet);
    }
    const auto result = builder.result();
    REQUIRE(result.size() == 3);
    const auto& kim = result[0];
    const auto& lee = result[1];
    const auto& pat = result[2];
    CHECK(kim.interviewer == "Kim");  // names compared ignoring case and blanks; the first spelling shown
    CHECK(kim.scorecards == 6);
    CHECK(lee.interviewer == "Lee");
    CHECK(*lee.mean == 5);
    CHECK(*lee.spread == 0);
    CHECK(lee.compared == 6);
    CHECK(*lee.difference == Approx(2.0));  // panel medians are 3 (means 5, 3, 3)
    CHECK(lee.advice().find("rates 2.00 points above the panel on average over 6 candidates (lenient)") == 0);
    CHECK(*kim.difference == Approx(0.0));
    CHECK(kim.advice().empty());
    CHECK(pat.no_evidence == 18);
    CHECK(pat.no_evidence_share() == Approx(0.75));
    const std::string text = calibration_text(result, builder.sheets());
    CHECK(text.find("Calibration: 3 interviewers over 6 score files") == 0);
    CHECK(text.find("Advice:\n  Lee rates 2.00 points above") != std::string::npos);
    const CsvTable csv = parse_csv(calibration_csv(result), "cal.csv");
    CHECK(csv.rows[1].cells[0] == "Lee");
    CHECK(csv.rows[1].cells[4] == "2.00");
}

TEST_CASE("calibration gives no advice under five candidates", "[scoring][calibration]") {
    CalibrationBuilder builder;
    for (int i = 0; i < 4; ++i) {
        ScoreSheet sheet;
        sheet.scorecards = {test::example_card("Lee", {5}), test::example_card("Kim", {2}), test::example_card("Pat", {2})};
        builder.add(sheet);
    }
    const auto result = builder.result();
    CHECK(*result[1].difference == Approx(3.0));
    CHECK(result[1].advice().empty());
}

TEST_CASE("the debrief text and CSV show the figures of example 1", "[scoring][debrief]") {
    const Kit kit = test::scoring_example_kit();
    const ScoreSheet sheet = test::scoring_example_sheet(1);
    const Combination c = combine(kit, sheet);
    const DebriefInput d{kit, sheet, c, compare_kit_identity(sheet.kit, kit)};
    const std::string text = debrief_text(d);
    CHECK(text.find("Debrief: Example 1\nKit: Support lead panel\nInterviewers: Ana, Ben, Cleo\nComposite: 3.50\n") == 0);
    CHECK(text.find("Discuss in this order:\n  1. Metrics \xE2\x80\x94 split 2\xE2\x80\x93" "5\n  2. Escalations \xE2\x80\x94 single rater\n  3. Coaching\n") !=
          std::string::npos);
    CHECK(text.find("Cleo        5     summary               built the team's KPI tree") != std::string::npos);
    CHECK(text.find("Recommendations: Strong no 0; No 1; Yes 1; Strong yes 1; none given 0") != std::string::npos);
    CHECK(text.find("WARNING") == std::string::npos);

    const CsvTable csv = parse_csv(debrief_csv(d), "d.csv");
    REQUIRE(csv.rows.size() >= 2);
    CHECK(csv.rows[0].cells == std::vector<std::string>{"composite", "composite", "Example 1", "", "3.50", "", "", "", ""});
    CHECK(csv.rows[1].cells == std::vector<std::string>{"competency", "metrics", "Metrics", "", "3.5", "2", "5", "",
                                                        "discuss 1; split; weight 2"});
    CHECK(csv.rows[4].cells == std::vector<std::string>{"rating", "metrics", "Metrics", "Cleo", "5", "", "", "built the team's KPI tree", "summary"});

    SECTION("a changed kit is said first") {
        Kit changed = kit;
        changed.sections[0].questions[0].text = "Another question";
        const Combination c2 = combine(changed, sheet);
        const DebriefInput d2{changed, sheet, c2, compare_kit_identity(sheet.kit, changed)};
        CHECK(debrief_text(d2).find("WARNING: the kit's questions or rubrics changed since these scores were entered") !=
              std::string::npos);
        CHECK(parse_csv(debrief_csv(d2), "d.csv").rows[0].cells[0] == "kit");
    }
}

TEST_CASE("calibration read in two halves and merged equals reading in order", "[scoring][calibration]") {
    std::vector<ScoreSheet> sheets;
    for (int i = 0; i < 7; ++i) {
        ScoreSheet sheet;
        sheet.scorecards = {test::example_card(i % 2 ? "Lee" : "LEE", {5, 4}), test::example_card("Kim", {3, std::nullopt}),
                            test::example_card(i < 3 ? "Pat" : "Ro", {2, 1})};
        sheets.push_back(sheet);
    }
    CalibrationBuilder all, first, second;
    for (const auto& s : sheets) all.add(s);
    for (int i = 0; i < 3; ++i) first.add(sheets[static_cast<std::size_t>(i)]);
    for (int i = 3; i < 7; ++i) second.add(sheets[static_cast<std::size_t>(i)]);
    first.merge(second);
    CHECK(first.sheets() == 7);
    const auto a = all.result(), b = first.result();
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].interviewer == b[i].interviewer);
        CHECK(a[i].scorecards == b[i].scorecards);
        CHECK(a[i].no_evidence == b[i].no_evidence);
        CHECK(*a[i].mean == Approx(*b[i].mean));
        CHECK(*a[i].difference == Approx(*b[i].difference));
        CHECK(a[i].advice() == b[i].advice());
    }
    CHECK(a[0].interviewer == "Kim");
    CHECK(a[1].interviewer == "LEE");  // the first spelling met
}
