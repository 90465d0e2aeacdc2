#include "scoring/kit_fingerprint.h"
#include "scoring/scored_questions.h"
#include "scoring_examples.h"
#include "test_kits.h"

#include <catch2/catch.hpp>

using namespace ikit;

TEST_CASE("the kit fingerprint is 16 hex digits, fixed for a given kit", "[scoring][fingerprint]") {
    const Kit kit = test::scoring_example_kit();
    const std::string print = kit_fingerprint(kit);
    CHECK(print.size() == 16);
    CHECK(print.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(kit_fingerprint(kit) == print);
    // The documented algorithm gives this value on every machine; a change here breaks every score file.
    CHECK(kit_fingerprint(Kit{}) == "f5c232ec0dae162d");  // FNV-1a 64 of "18:ikit-fingerprint-1;"
    CHECK(kit_fingerprint(test::sample_kit()) != kit_fingerprint(test::export_sample_kit()));
}

TEST_CASE("what changes the fingerprint and what does not", "[scoring][fingerprint]") {
    const Kit kit = test::scoring_example_kit();
    const std::string before = kit_fingerprint(kit);
    Kit changed = kit;
    SECTION("cosmetic changes keep it") {
        changed.properties.title = "Renamed";
        changed.properties.author = "Someone else";
        changed.properties.paper = Paper::Letter;
        changed.properties.stage = "Final";
        changed.sections[0].title = "Numbers";
        changed.sections[0].questions[0].probes.push_back("And then?");
        changed.sections[0].questions[0].minutes = 9;
        changed.competencies[0].weight = 3;
        changed.competencies[0].name = "KPIs";
        std::swap(changed.sections[0].questions[0], changed.sections[0].questions[1]);
        std::swap(changed.sections[1], changed.sections[2]);
        changed.plan.interviews = {{"i1", "Screen", 30, {}, {"s1"}, {}}};
        CHECK(kit_fingerprint(changed) == before);
        const KitMismatch m = compare_kit_identity(kit_identity(kit), changed);
        CHECK(m.title);
        CHECK_FALSE(m.questions);
        CHECK(m.message(kit_identity(kit), kit_identity(changed)).find("now \"Renamed\"") != std::string::npos);
    }
    SECTION("a question's wording changes it") { changed.sections[0].questions[0].text += "?"; }
    SECTION("a question's competencies change it") { changed.sections[0].questions[0].competency_ids.push_back("coaching"); }
    SECTION("a rubric level's anchor changes it") { changed.sections[1].questions[0].rubric.levels[2].anchor = "other"; }
    SECTION("a rubric level's score changes it") { changed.sections[1].questions[0].rubric.levels.pop_back(); }
    SECTION("a question id changes it") { changed.sections[2].questions[0].id = "q44"; }
    SECTION("a new question changes it") { changed.sections[2].questions.push_back(test::test_question("q5", "More?", "", 5)); }
    if (changed.properties.title == kit.properties.title) {
        CHECK(kit_fingerprint(changed) != before);
        const KitMismatch m = compare_kit_identity(kit_identity(kit), changed);
        CHECK(m.questions);
        CHECK_FALSE(m.title);
        CHECK(m.message(kit_identity(kit), kit_identity(changed)).find("questions or rubrics changed") != std::string::npos);
    }
}

TEST_CASE("field boundaries are part of the fingerprint", "[scoring][fingerprint]") {
    Kit a = test::scoring_example_kit();
    Kit b = a;
    a.sections[0].questions[0].text = "ab";
    a.sections[0].questions[0].competency_ids = {"c"};
    b.sections[0].questions[0].text = "a";
    b.sections[0].questions[0].competency_ids = {"bc"};
    CHECK(kit_fingerprint(a) != kit_fingerprint(b));
}

TEST_CASE("an identity that matches reports nothing", "[scoring][fingerprint]") {
    const Kit kit = test::scoring_example_kit();
    const KitMismatch m = compare_kit_identity(kit_identity(kit), kit);
    CHECK_FALSE(m.any());
    CHECK(m.message(kit_identity(kit), kit_identity(kit)).empty());
}

TEST_CASE("a question asked but not scored is not rated and stays out of the fingerprint", "[scoring][fingerprint]") {
    Kit kit = test::scoring_example_kit();
    const std::size_t rated = scored_questions(kit).size();
    const std::string before = kit_fingerprint(kit);
    KitQuestion& first = kit.sections[0].questions[0];
    first.scored = false;
    CHECK(scored_questions(kit).size() == rated - 1);
    for (const KitQuestion* q : scored_questions(kit)) CHECK(q->id != first.id);
    CHECK(kit_fingerprint(kit) != before);  // the set of rated questions changed
    const std::string unscored = kit_fingerprint(kit);
    first.text += " (reworded)";
    CHECK(kit_fingerprint(kit) == unscored);  // an unscored question's wording is not scored on
}
