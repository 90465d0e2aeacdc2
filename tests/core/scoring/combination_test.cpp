// The worked examples of docs/scoring.md, as a table: every figure the page gives is checked here.
#include "scoring/combination.h"
#include "scoring_examples.h"

#include <catch2/catch.hpp>

using namespace ikit;

namespace {

struct ExpectedCompetency {
    const char* id;
    std::vector<std::optional<double>> raters;  // per interviewer, nullopt = no evidence
    std::optional<double> median, low, high;
    bool split, single, none;
};

struct Example {
    int number;
    std::vector<ExpectedCompetency> competencies;
    std::optional<double> composite;
    const char* composite_text;
    bool incomplete;
    std::vector<const char*> discussion;  // competency ids in discussion order
    std::vector<int> tally;               // Strong no, No, Yes, Strong yes
    int no_recommendation;
    std::size_t not_counted;
};

const std::optional<double> none;

const std::vector<Example>& examples() {
    static const std::vector<Example> table{
        {1,
         {{"metrics", {3.5, 2.0, 5.0}, 3.5, 2.0, 5.0, true, false, false},
          {"coaching", {4.0, 3.0, 3.0}, 3.0, 3.0, 4.0, false, false, false},
          {"escalations", {none, 4.0, none}, 4.0, 4.0, 4.0, false, true, false}},
         3.5, "3.50", false, {"metrics", "escalations", "coaching"}, {0, 1, 1, 1}, 0, 0},
        {2,
         {{"metrics", {4.0, 3.0}, 3.5, 3.0, 4.0, false, false, false},
          {"coaching", {5.0, 3.0}, 4.0, 3.0, 5.0, true, false, false},
          {"escalations", {none, none}, none, none, none, false, false, true}},
         3.67, "3.67", true, {"coaching", "escalations", "metrics"}, {0, 0, 0, 1}, 1, 0},
        {3,
         {{"metrics", {4.5, 3.0}, 3.75, 3.0, 4.5, false, false, false},
          {"coaching", {3.0, 3.0}, 3.0, 3.0, 3.0, false, false, false},
          {"escalations", {3.0, none}, 3.0, 3.0, 3.0, false, true, false}},
         3.38, "3.38", false, {"escalations", "metrics", "coaching"}, {0, 0, 0, 0}, 2, 1},
    };
    return table;
}

void check_optional(const std::optional<double>& actual, const std::optional<double>& expected) {
    REQUIRE(actual.has_value() == expected.has_value());
    if (expected) CHECK(*actual == Approx(*expected));
}

}  // namespace

TEST_CASE("the worked examples of docs/scoring.md combine as the page says", "[scoring]") {
    const Kit kit = test::scoring_example_kit();
    for (const Example& ex : examples()) {
        INFO("example " << ex.number);
        const Combination c = combine(kit, test::scoring_example_sheet(ex.number));
        REQUIRE(c.competencies.size() == ex.competencies.size());
        for (std::size_t i = 0; i < ex.competencies.size(); ++i) {
            const auto& want = ex.competencies[i];
            const auto& got = c.competencies[i];
            INFO("competency " << want.id);
            CHECK(got.id == want.id);
            REQUIRE(got.raters.size() == want.raters.size());
            for (std::size_t r = 0; r < want.raters.size(); ++r) check_optional(got.raters[r].rating, want.raters[r]);
            check_optional(got.median, want.median);
            check_optional(got.low, want.low);
            check_optional(got.high, want.high);
            CHECK(got.split == want.split);
            CHECK(got.single_rater() == want.single);
            CHECK(got.no_evidence() == want.none);
            CHECK(got.required);
        }
        check_optional(c.composite, ex.composite);
        CHECK(composite_text(*c.composite) == ex.composite_text);
        CHECK(c.incomplete == ex.incomplete);
        std::vector<std::string> order;
        for (std::size_t i : c.discussion_order) order.push_back(c.competencies[i].id);
        CHECK(order == std::vector<std::string>(ex.discussion.begin(), ex.discussion.end()));
        REQUIRE(c.tally.size() == 4);
        for (std::size_t i = 0; i < 4; ++i) CHECK(c.tally[i].count == ex.tally[i]);
        CHECK(c.no_recommendation == ex.no_recommendation);
        CHECK(c.not_counted.size() == ex.not_counted);
    }
}

TEST_CASE("example 1: the summary wins over the questions and names where ratings came from", "[scoring]") {
    const Combination c = combine(test::scoring_example_kit(), test::scoring_example_sheet(1));
    const CompetencyScore* coaching = c.find("coaching");
    REQUIRE(coaching);
    CHECK(coaching->raters[0].from_summary);
    CHECK(coaching->raters[0].evidence == "coached two leads to promotion");
    CHECK_FALSE(coaching->raters[1].from_summary);
    CHECK(coaching->raters[1].questions == 1);
    CHECK(c.find("metrics")->raters[0].evidence == "Ana on q1\nAna on q2");
}

TEST_CASE("example 2: the missing required competency is named", "[scoring]") {
    const Combination c = combine(test::scoring_example_kit(), test::scoring_example_sheet(2));
    CHECK(c.missing == std::vector<std::string>{"escalations"});
}

TEST_CASE("example 3: the off-scale rating is listed with its reason", "[scoring]") {
    const Combination c = combine(test::scoring_example_kit(), test::scoring_example_sheet(3));
    REQUIRE(c.not_counted.size() == 1);
    CHECK(c.not_counted[0] == "Ben: question q4: rating 7 is off its scale 1\xE2\x80\x93" "5");
}

TEST_CASE("ratings of other competencies' questions, unknown questions and weights", "[scoring]") {
    Kit kit = test::scoring_example_kit();
    SECTION("a question counts only for its main competency") {
        kit.sections[1].questions[0].competency_ids = {"coaching", "metrics"};
        ScoreSheet sheet = test::scoring_example_sheet(1);
        sheet.scorecards = {test::example_card("Dee", {std::nullopt, std::nullopt, 5, std::nullopt})};
        const Combination c = combine(kit, sheet);
        CHECK(c.find("metrics")->no_evidence());
        CHECK(*c.find("coaching")->median == 5);
    }
    SECTION("a rating of a question the kit no longer has is not counted, and said so") {
        ScoreSheet sheet = test::scoring_example_sheet(1);
        sheet.scorecards[1].questions.push_back({"q99", 5, "", ""});
        const Combination c = combine(kit, sheet);
        REQUIRE(c.not_counted.size() == 1);
        CHECK(c.not_counted[0] == "Ben: question q99 is not in the kit");
        CHECK(*c.composite == Approx(3.5));
    }
    SECTION("weight 0 keeps a competency out of the composite, but not out of the debrief") {
        kit.competencies[0].weight = 0;
        const Combination c = combine(kit, test::scoring_example_sheet(1));
        CHECK(*c.find("metrics")->median == 3.5);
        CHECK(*c.composite == Approx(3.5));  // (3 + 4) / 2
    }
    SECTION("no evidence at all: no composite") {
        ScoreSheet sheet = test::scoring_example_sheet(1);
        for (auto& card : sheet.scorecards) {
            for (auto& q : card.questions) q.rating.reset();
            card.competencies.clear();
        }
        const Combination c = combine(kit, sheet);
        CHECK_FALSE(c.composite);
        CHECK(c.incomplete);
        CHECK(c.missing.size() == 3);
    }
    SECTION("a recommendation off the kit's scale is tallied and flagged") {
        ScoreSheet sheet = test::scoring_example_sheet(1);
        sheet.scorecards[0].recommendation = "Maybe";
        const Combination c = combine(kit, sheet);
        REQUIRE(c.tally.size() == 5);
        CHECK(c.tally[4].label == "Maybe");
        CHECK_FALSE(c.tally[4].on_scale);
        CHECK(c.tally[4].count == 1);
    }
    SECTION("one person with two interviews is two raters, labelled by interview") {
        kit.plan.interviews = {{"i1", "Screen", 30, {}, {"s1"}, {}}, {"i2", "Panel", 45, {}, {"s2", "s3"}, {}}};
        ScoreSheet sheet = test::scoring_example_sheet(2);
        sheet.scorecards[0].interview_id = "i1";
        sheet.scorecards[1].interviewer = "Ana";
        sheet.scorecards[1].interview_id = "i2";
        const Combination c = combine(kit, sheet);
        CHECK(c.raters[0].label == "Ana (Screen)");
        CHECK(c.raters[1].label == "Ana (Panel)");
    }
}

TEST_CASE("medians, rounding and score texts", "[scoring]") {
    CHECK_FALSE(median_of({}));
    CHECK(*median_of({3}) == 3);
    CHECK(*median_of({5, 1, 3}) == 3);
    CHECK(*median_of({4, 1, 3, 2}) == 2.5);
    CHECK(composite_text(3.375) == "3.38");
    CHECK(composite_text(11.0 / 3.0) == "3.67");
    CHECK(composite_text(2.0) == "2.00");
    CHECK(composite_text(2.005) == "2.01");
    CHECK(score_text(3.75) == "3.75");
    CHECK(score_text(3.5) == "3.5");
    CHECK(score_text(4.0) == "4");
    CHECK(score_text(10.0 / 3.0) == "3.33");
}
