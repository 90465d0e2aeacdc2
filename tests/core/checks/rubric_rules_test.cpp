// The anchor rules of issue 16 that can be tested: at most two conditions an anchor, no missing level, no
// level that only judges, examples only for levels the rubric has.

#include "checks/rubric_rules.h"
#include "test_kits.h"

#include <catch2/catch.hpp>

using namespace ikit;

namespace {
Rubric five_levels() {
    return test::test_rubric("kpis", "KPIs",
                             {"Names no measure they used.", "Names measures but gives no values.",
                              "Gives the values and one decision a figure led to.",
                              "Checks the effect of that decision in the figures afterwards.",
                              "Names what the figure can hide and the measure they paired with it."});
}

bool has_problem(const Rubric& r, const std::string& words) {
    for (const auto& p : check_rubric(r))
        if (p.message.find(words) != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("anchors that stack three or more conditions are counted as such", "[checks][rubrics]") {
    for (const char* anchor :
         {"Explains why the change was needed, plans training and timing, answers concerns, and tracks adoption.",
          "Involves agents and team leads early, pilots the change, adjusts from feedback, and reports adoption.",
          "Triages calmly during an outage, updates customers and leaders promptly, and keeps the team on the top "
          "priorities.",
          "Reviewed what happened afterwards, changed the preparation, and shows the next event went better.",
          "Hears each party separately; finds the interest behind each position; agrees a concrete outcome.",
          "Knows the rules and trains people on them, but has no way of checking they are followed."}) {
        INFO(anchor);
        CHECK(count_anchor_conditions(anchor) >= 3);
    }
    CHECK(count_anchor_conditions("Explains why the change was needed, plans training and timing, answers concerns, "
                                  "and tracks adoption.") == 4);
}

TEST_CASE("object lists, examples and alternatives do not add conditions", "[checks][rubrics]") {
    const std::vector<std::pair<const char*, int>> cases{
        {"Names no measure they used.", 1},
        {"Names CSAT, FCR and AHT and explains a decision each drove.", 2},
        {"Avoids the conflict, blames one side, or hands it upward without doing anything themselves.", 1},
        {"Describes freezing or waiting for others to act, or cannot recall a high-pressure situation.", 1},
        {"Ties one strategy to a customer problem and sets out how it would be delivered, for example phases, "
         "people and dependencies.", 2},
        {"Uses the help desk, such as case states and reminders, so open cases do not go quiet, and watches how "
         "long cases stay open.", 2},
        {"Removes the cause, such as a policy, process or team habit, so the same conflict comes up less, and "
         "names the sign that it did.", 2},
        {"Gives the values of the measures they watched and one decision a figure led to, such as a rota or "
         "process change.", 1},
        {"Set priorities early and kept customers and the team informed as the situation changed.", 2},
        {"Describes working harder through the spike, with no priorities set and no updates to customers.", 1},
        {"", 0},
    };
    for (const auto& [anchor, expected] : cases) {
        INFO(anchor);
        CHECK(count_anchor_conditions(anchor) == expected);
    }
}

TEST_CASE("check_rubric reports stacked conditions at the level", "[checks][rubrics]") {
    Rubric r = five_levels();
    CHECK(check_rubric(r).empty());
    r.levels[3].anchor = "Checks the effect, reports it to leaders, and changes the rota when it falls short.";
    const auto problems = check_rubric(r);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].score == 4);
    CHECK(problems[0].message ==
          "level 4 anchor stacks 3 conditions; keep at most 2 observable ones so the level is awarded consistently");
}

TEST_CASE("a missing level is reported with its number", "[checks][rubrics]") {
    Rubric r = five_levels();
    r.levels.erase(r.levels.begin() + 2);  // scores 1, 2, 4, 5
    const auto problems = check_rubric(r);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].score == 3);
    CHECK(problems[0].message == "level 3 is missing: number the levels from 1 with none left out");

    Rubric from_two = five_levels();
    for (auto& level : from_two.levels) ++level.score;  // 2..6
    CHECK(has_problem(from_two, "level 1 is missing"));
}

TEST_CASE("a level that only points at another level or judges is reported", "[checks][rubrics]") {
    for (const char* anchor : {"Better than level 3.", "As level 4, but more so.", "Same as 2 with more depth.",
                               "Exceeds the bar; very strong answer."}) {
        INFO(anchor);
        CHECK(is_evaluative_only(anchor));
        Rubric r = five_levels();
        r.levels[4].anchor = anchor;
        CHECK(has_problem(r, "only judges"));
    }
    CHECK_FALSE(is_evaluative_only("Names two measures and one decision a figure led to."));
}

TEST_CASE("an example for a level the rubric lacks is reported, and missing examples are listed", "[checks][rubrics]") {
    Rubric r = five_levels();
    CHECK(missing_examples(r) == std::vector<int>{1, 3, 5});
    r.examples = {{1, "I kept an eye on things."}, {5, "I paired first-contact resolution with repeat contacts."}};
    CHECK(missing_examples(r) == std::vector<int>{3});
    r.examples.push_back({3, "We tracked CSAT at 82% and moved two people to the morning shift when it fell."});
    CHECK(missing_examples(r).empty());
    CHECK(check_rubric(r).empty());
    r.examples.push_back({7, "Off the scale."});
    CHECK(has_problem(r, "the example answer for level 7 is for a level the rubric does not have"));

    Rubric four = five_levels();
    four.levels.pop_back();
    CHECK(missing_examples(four) == std::vector<int>{1, 3, 4});
}
