#include "bank/rubric_library.h"
#include "checks/rubric_rules.h"
#include "serialize/rubric_reader.h"
#include "io/data_paths.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <set>

using namespace ikit;

TEST_CASE("the shipped rubric library has one anchored rubric per competency and a generic one", "[rubrics]") {
    const auto files = xml_files_in(std::string(IKIT_SOURCE_ASSETS_DIR) + "/rubrics");
    RubricLibrary library;
    for (const auto& f : files) library.add(read_rubric_file(f));
    for (const char* id : {"kpis-metrics", "team-management", "conflict-resolution", "technology-tools", "communication",
                           "problem-solving", "customer-experience", "strategy-improvement", "crisis-pressure",
                           "operations", "generic"}) {
        INFO(id);
        CHECK(library.find(id) != nullptr);
    }
    CHECK(library.default_for({"kpis-metrics"})->id == "kpis-metrics");
    CHECK(library.default_for({})->id == "generic");
}

// Every shipped rubric, the competencies' and the questions' own, meets the anchor rules (issue 16) and
// carries example answers at levels 1, 3 and 5. A failure names the rubric and the problem.
TEST_CASE("every shipped rubric meets the anchor rules and has calibration examples", "[rubrics]") {
    const DataPaths paths("", IKIT_SOURCE_ASSETS_DIR);
    std::vector<std::string> files = paths.shipped_rubric_files();
    for (const auto& f : paths.shipped_question_rubric_files()) files.push_back(f);
    for (const auto& f : files) {
        const Rubric r = read_rubric_file(f);
        INFO(f);
        for (const auto& problem : check_rubric(r)) FAIL_CHECK(problem.message);
        CHECK(missing_examples(r).empty());
        CHECK(r.levels.size() == 5);
        for (const auto& level : r.levels) {
            CHECK_FALSE(level.label.empty());
            CHECK(level.anchor.size() <= 200);
        }
        for (const auto& example : r.examples) CHECK_FALSE(example.text.empty());
    }
}

TEST_CASE("rubric quality rules", "[rubrics]") {
    Rubric r;
    r.id = "x";
    for (int i = 1; i <= 5; ++i) r.levels.push_back({i, "L", "Describes step " + std::to_string(i) + " of a real escalation"});
    CHECK(check_rubric(r).empty());

    Rubric missing = r;
    missing.levels[2].anchor = "  ";
    REQUIRE(check_rubric(missing).size() == 1);
    CHECK(check_rubric(missing)[0].message.find("level 3 has no anchor") == 0);

    Rubric same = r;
    same.levels[4].anchor = same.levels[3].anchor;
    CHECK(check_rubric(same).size() == 1);

    Rubric unordered = r;
    std::swap(unordered.levels[0], unordered.levels[1]);
    CHECK_FALSE(check_rubric(unordered).empty());

    Rubric few = r;
    few.levels.resize(3);
    CHECK(check_rubric(few)[0].message.find("needs 4 or 5") != std::string::npos);

    CHECK(is_evaluative_only("Good answer."));
    CHECK(is_evaluative_only("Excellent response"));
    CHECK(is_evaluative_only("poor"));
    CHECK_FALSE(is_evaluative_only("Names CSAT, FCR and AHT and explains a decision each drove."));
    CHECK_FALSE(is_evaluative_only("Gives a strong example with a measured drop in backlog age."));
}

TEST_CASE("rubric files are checked on reading", "[rubrics]") {
    CHECK_THROWS_WITH(parse_rubric("<rubric format=\"1\" id=\"x\"/>", "r.xml"), Catch::Contains("no <level>"));
    CHECK_THROWS_WITH(parse_rubric("<rubric format=\"2\" id=\"x\"/>", "r.xml"), Catch::Contains("newer version"));
    CHECK_THROWS_WITH(parse_rubric("<rubric format=\"1\"><level score=\"1\">a</level></rubric>", "r.xml"),
                      Catch::Contains("r.xml:1: <rubric> has no id attribute"));
}
