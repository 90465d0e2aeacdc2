#include "scoring/score_csv.h"
#include "scoring/scored_questions.h"
#include "scoring_examples.h"
#include "io/csv_table.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace ikit;

namespace {

// The template with the ratings of example 1 filled in for Ana, in the given separator and line end.
std::string filled(char separator, const std::string& line_end, bool bom) {
    std::string out = bom ? "\xEF\xBB\xBF" : "";
    auto row = [&](std::vector<std::string> cells) { out += csv_record(cells, separator) + line_end; };
    row({"interviewer", "interview", "kind", "item", "label", "rating", "evidence"});
    row({"Ana", "", "question", "q1", "Tell me about q1", "4.0", "Cut handle time;\nby 20%"});
    row({"Ana", "", "question", "q2", "Tell me about q2", "3", ""});
    row({"Ana", "", "question", "q3", "Tell me about q3", separator == ';' ? "2,0" : "2", "\"quoted\" words"});
    row({"Ana", "", "question", "q4", "Tell me about q4", "", ""});
    row({"Ana", "", "competency", "coaching", "Coaching", "4", "coached two leads"});
    row({"Ana", "", "competency", "metrics", "Metrics", "", ""});
    row({"Ana", "", "overall", "overall", "Strong no | No | Yes | Strong yes", "yes", "notes here"});
    return out;
}

}  // namespace

TEST_CASE("the template has a row per interviewer and question, competency and recommendation", "[scoring][csv]") {
    const Kit kit = test::scoring_example_kit();
    ScoreTemplateOptions options;
    options.interviewers = {"Ana", "Ben, Jr."};
    const std::string text = score_csv_template(kit, options);
    CHECK(text.rfind("\xEF\xBB\xBFinterviewer,interview,kind,item,label,rating,evidence\r\n", 0) == 0);
    const CsvTable table = parse_csv(text, "t.csv");
    REQUIRE(table.rows.size() == 2 * (4 + 3 + 1));
    CHECK(table.rows[0].cells == std::vector<std::string>{"Ana", "", "question", "q1", "Tell me about q1", "", ""});
    CHECK(table.rows[4].cells == std::vector<std::string>{"Ana", "", "competency", "metrics", "Metrics", "", ""});
    CHECK(table.rows[7].cells ==
          std::vector<std::string>{"Ana", "", "overall", "overall", "Strong no | No | Yes | Strong yes", "", ""});
    CHECK(table.rows[8].cells[0] == "Ben, Jr.");
    SECTION("an untouched template imports as scorecards without evidence") {
        const auto imported = import_score_csv(kit, text, "t.csv", "2025-03-04");
        CHECK(imported.errors.empty());
        REQUIRE(imported.sheet.scorecards.size() == 2);
        CHECK(imported.sheet.scorecards[1].interviewer == "Ben, Jr.");
        CHECK(imported.sheet.scorecards[0].questions.size() == 4);
        CHECK_FALSE(imported.sheet.scorecards[0].questions[0].rating);
    }
}

TEST_CASE("the template follows the plan: one block per interview and its interviewers", "[scoring][csv]") {
    Kit kit = test::scoring_example_kit();
    kit.plan.interviews = {{"i1", "Screen", 30, {{"Ana", ""}}, {"s1"}, {}},
                           {"i2", "Panel", 45, {{"", "Peer manager"}, {"Ben", ""}}, {"s2", "s3"}, {}}};
    const CsvTable all = parse_csv(score_csv_template(kit, {}), "t.csv");
    // Screen: Ana × (q1, q2, metrics, overall); Panel: 2 × (q3, q4, coaching, escalations, overall).
    REQUIRE(all.rows.size() == 4 + 2 * 5);
    CHECK(all.rows[0].cells[1] == "Screen");
    CHECK(all.rows[2].cells[3] == "metrics");
    CHECK(all.rows[4].cells[0] == "Peer manager");
    CHECK(all.rows[4].cells[1] == "Panel");
    ScoreTemplateOptions only;
    only.interview = "panel";
    CHECK(parse_csv(score_csv_template(kit, only), "t.csv").rows.size() == 10);
    only.interview = "Lunch";
    CHECK_THROWS_WITH(score_csv_template(kit, only), Catch::Contains("no interview \"Lunch\" in the kit's plan (Screen, Panel)"));
    SECTION("an import checks each question against its interview") {
        std::string text = "interviewer,interview,kind,item,rating\nAna,Screen,question,q1,4\nAna,Screen,question,q3,4\n";
        const auto imported = import_score_csv(kit, text, "p.csv", "2025-03-04");
        REQUIRE(imported.errors.size() == 1);
        CHECK(imported.errors[0] == "p.csv:3: row 3, column D (item): question q3 is not asked in the interview \"Screen\"");
    }
}

TEST_CASE("spreadsheet variants import alike: BOM, comma or semicolon, CRLF, quoted newlines, 4.0", "[scoring][csv]") {
    const Kit kit = test::scoring_example_kit();
    ScoreSheet first;
    bool have_first = false;
    for (char separator : {',', ';'})
        for (const std::string line_end : {"\n", "\r\n"})
            for (bool bom : {false, true}) {
                INFO("separator " << separator << " bom " << bom << " crlf " << (line_end.size() == 2));
                const auto imported = import_score_csv(kit, filled(separator, line_end, bom), "f.csv", "2025-03-04");
                REQUIRE(imported.errors.empty());
                const ScoreSheet& sheet = imported.sheet;
                REQUIRE(sheet.scorecards.size() == 1);
                const auto& card = sheet.scorecards[0];
                CHECK(card.interviewer == "Ana");
                CHECK(card.submitted == "2025-03-04");
                REQUIRE(card.questions.size() == 4);
                CHECK(*card.questions[0].rating == 4);
                CHECK(card.questions[0].evidence == "Cut handle time;\nby 20%");
                CHECK(*card.questions[2].rating == 2);
                CHECK(card.questions[2].evidence == "\"quoted\" words");
                CHECK_FALSE(card.questions[3].rating);
                REQUIRE(card.competencies.size() == 1);  // an empty competency row is not a rating
                CHECK(card.competencies[0].competency_id == "coaching");
                CHECK(card.recommendation == "Yes");   // the kit's spelling of "yes"
                CHECK(card.notes == "notes here");
                if (!have_first) first = sheet, have_first = true;
                CHECK(sheet == first);
            }
}

TEST_CASE("every bad cell is reported with its row and column", "[scoring][csv]") {
    const Kit kit = test::scoring_example_kit();
    const std::string text =
        "interviewer;interview;kind;item;label;rating;evidence\r\n"
        "Ana;;question;q1;;4.5;\r\n"                // row 2: not a whole number
        "Ana;;question;q2;;6;\r\n"                  // row 3: off the 1-5 scale
        "Ana;;question;q9;;3;\r\n"                  // row 4: unknown question
        ";;question;q3;;3;\r\n"                     // row 5: no interviewer
        "Ana;;questoin;q3;;3;\r\n"                  // row 6: unknown kind
        "Ana;;overall;overall;;Maybe;\r\n"          // row 7: not a label
        "Ana;;question;q1;;2;\r\n"                  // row 8: q1 again
        "Ana;Panel;question;q4;;2;\r\n"             // row 9: the kit has no plan
        "Ana;;competency;juggling;;2;\r\n"          // row 10: unknown competency
        "Ana;;question;q3;;four;\r\n"               // row 11: not a number
        ";;;;;;\r\n"                                // an empty spreadsheet row: skipped
        "Ana;;question;q4;;0;\r\n";                 // row 13: below the scale
    const auto imported = import_score_csv(kit, text, "bad.csv", "2025-03-04");
    const std::vector<std::string> expected{
        "bad.csv:2: row 2, column F (rating): \"4.5\" is not a rating of question q1: a whole number from 1\xE2\x80\x93" "5, or empty for no evidence",
        "bad.csv:3: row 3, column F (rating): \"6\" is not a rating of question q2: a whole number from 1\xE2\x80\x93" "5, or empty for no evidence",
        "bad.csv:4: row 4, column D (item): no question \"q9\" in the kit",
        "bad.csv:5: row 5, column A (interviewer): no interviewer named",
        "bad.csv:6: row 6, column C (kind): must be question, competency or overall, not \"questoin\"",
        "bad.csv:7: row 7, column F (rating): \"Maybe\" is not one of the kit's recommendations (Strong no, No, Yes, Strong yes)",
        "bad.csv:8: row 8, column D (item): q1 of Ana is given twice (first on row 2)",
        "bad.csv:9: row 9, column B (interview): \"Panel\": the kit has no interview plan, leave it empty",
        "bad.csv:10: row 10, column D (item): no competency \"juggling\" is rated in the kit",
        "bad.csv:11: row 11, column F (rating): \"four\" is not a rating of question q3: a whole number from 1\xE2\x80\x93" "5, or empty for no evidence",
        "bad.csv:13: row 13, column F (rating): \"0\" is not a rating of question q4: a whole number from 1\xE2\x80\x93" "5, or empty for no evidence",
    };
    CHECK(imported.errors == expected);
}

TEST_CASE("a CSV without the needed columns, or not CSV at all, is refused", "[scoring][csv]") {
    const Kit kit = test::scoring_example_kit();
    CHECK_THROWS_WITH(import_score_csv(kit, "interviewer,kind,item\nAna,question,q1\n", "c.csv", "2025-03-04"),
                      Catch::StartsWith("c.csv:1: the header has no column \"rating\""));
    CHECK_THROWS_AS(import_score_csv(kit, "interviewer,kind,item,rating\n\"open,question,q1,4\n", "c.csv", "2025-03-04"), Error);
    CHECK_THROWS_AS(import_score_csv(kit, std::string("\xFF\xFEi\0n", 5), "c.csv", "2025-03-04"), Error);
}

TEST_CASE("a cell a score file cannot store is a bad cell, not a silent change (fuzz_score_csv)", "[scoring][csv][fuzz]") {
    const Kit kit = test::scoring_example_kit();
    const std::string text = "interviewer,kind,item,rating,evidence\nAna,question,q1,4,\"bell\x07here\"\nBen\x01,question,q1,3,\n";
    const auto imported = import_score_csv(kit, text, "ctl.csv", "2025-03-04");
    REQUIRE(imported.errors.size() == 2);
    CHECK_THAT(imported.errors[0], Catch::StartsWith("ctl.csv:2: row 2, column E (evidence): cannot be stored: "));
    CHECK_THAT(imported.errors[0], Catch::Contains("U+0007"));
    CHECK_THAT(imported.errors[1], Catch::StartsWith("ctl.csv:3: row 3, column A (interviewer): cannot be stored: "));
}

TEST_CASE("a blank scorecard lists the interview's scored questions without ratings", "[scoring][csv]") {
    Kit kit = test::scoring_example_kit();
    const InterviewerScorecard all = blank_scorecard(kit, "Ana", "");
    REQUIRE(all.questions.size() == 4);
    CHECK(all.questions[3].question_id == "q4");
    CHECK_FALSE(all.questions[0].rating);
    CHECK(all.competencies.empty());
    kit.plan.interviews = {{"i1", "Screen", 30, {}, {"s1"}, {}}, {"i2", "Panel", 45, {}, {"s2", "s3"}, {}}};
    const InterviewerScorecard panel = blank_scorecard(kit, "Ben", "i2");
    REQUIRE(panel.questions.size() == 2);
    CHECK(panel.questions[0].question_id == "q3");
    CHECK(panel.interview_id == "i2");
    CHECK(competencies_to_rate(kit, "i2") == std::vector<std::string>{"coaching", "escalations"});
    CHECK(competencies_to_rate(kit, "").size() == 3);
}
