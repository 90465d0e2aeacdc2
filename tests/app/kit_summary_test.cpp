// The status bar's summary of a kit: question count, time against the length, coverage.

#include "panels/kit_summary.h"

#include <catch2/catch.hpp>

using namespace ikit;

namespace {
KitQuestion question(const std::string& id, int minutes, const std::string& competency) {
    KitQuestion q;
    q.id = id;
    q.text = "Question " + id;
    q.minutes = minutes;
    if (!competency.empty()) q.competency_ids = {competency};
    return q;
}
}  // namespace

TEST_CASE("kit summary: time within and over the length, covered and uncovered competencies", "[summary]") {
    Kit kit;
    kit.properties.length_minutes = 30;
    kit.competencies = {{"kpis", "KPIs & metrics", ""}, {"team", "Team management", ""}};
    kit.sections.push_back(KitSection{"s1", "KPIs", "kpis", {question("q1", 10, "kpis"), question("q2", 15, "kpis")}});

    KitSummary s = summarise_kit(kit);
    CHECK(s.questions == "2 questions");
    CHECK(s.time == "25 of 30 min");
    CHECK_FALSE(s.over_time);
    CHECK(s.uncovered);
    CHECK(s.coverage == "Covers 1 of 2 competencies; not covered: Team management");

    kit.sections[0].questions.push_back(question("q3", 12, "team"));
    s = summarise_kit(kit);
    CHECK(s.questions == "3 questions");
    CHECK(s.over_time);
    CHECK(s.time == "37 of 30 min (7 over)");
    CHECK_FALSE(s.uncovered);
    CHECK(s.coverage == "Covers all 2 competencies");

    Kit one;
    one.sections.push_back(KitSection{"s1", "Mixed", "", {question("q1", 5, "")}});
    s = summarise_kit(one);
    CHECK(s.questions == "1 question");
    CHECK(s.coverage == "No competencies yet");
}
