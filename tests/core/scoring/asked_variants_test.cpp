// Issue 19 in scoring: the variant each candidate was asked, recorded in the score sheet, read back by the
// debrief (text, CSV) and the comparison, and the roster of who is asked which variant.
#include "scoring/asked_variants.h"
#include "scoring/combination.h"
#include "scoring/kit_fingerprint.h"
#include "scoring/score_reports.h"
#include "scoring/scored_questions.h"
#include "test_kits.h"

#include <catch2/catch.hpp>

using namespace ikit;

namespace {

ScoreSheet sheet_for(const Kit& kit, const std::string& candidate) {
    ScoreSheet sheet;
    sheet.candidate = candidate;
    sheet.kit = kit_identity(kit);
    sheet.scorecards = {blank_scorecard(kit, "Kim Lee", "i2"), blank_scorecard(kit, "Peer", "i2")};
    for (auto& card : sheet.scorecards)
        for (auto& q : card.questions) q.rating = 3;
    return sheet;
}

}  // namespace

TEST_CASE("the recorded wording names its pool member, and \"\" is the question's own", "[scoring][variants]") {
    const Kit kit = test::pooled_loop_kit();
    const KitQuestion& q = kit.sections[0].questions[0];
    CHECK(is_pooled(q));
    CHECK_FALSE(is_pooled(kit.sections[0].questions[1]));
    CHECK(recorded_variant(q, 0).empty());
    CHECK(recorded_variant(q, 2) == std::string(test::kPooledThird));
    CHECK(recorded_variant(q, 7).empty());
    CHECK(member_of_recorded_variant(q, "") == std::optional<std::size_t>(0));
    CHECK(member_of_recorded_variant(q, q.text) == std::optional<std::size_t>(0));
    CHECK(member_of_recorded_variant(q, std::string(test::kPooledSecond)) == std::optional<std::size_t>(1));
    CHECK_FALSE(member_of_recorded_variant(q, "A wording removed from the pool").has_value());
    CHECK(variant_position_text(1, 3) == "variant 2 of 3");
    CHECK(variant_label(q, 2) == "variant 3 of 3: " + std::string(test::kPooledThird));
}

TEST_CASE("a candidate's score sheet records the variant they were asked, and keeps one already recorded",
          "[scoring][variants]") {
    const Kit kit = test::pooled_loop_kit();
    const std::string id = kit.sections[0].questions[0].id;
    const std::string name = test::candidate_with_variant(kit, 2);
    ScoreSheet sheet = sheet_for(kit, name);
    CHECK(record_asked_variants(kit, sheet) == 2);  // one rating of the pooled question per scorecard
    for (const auto& card : sheet.scorecards)
        for (const auto& q : card.questions) CHECK(q.variant == (q.question_id == id ? std::string(test::kPooledThird) : ""));
    CHECK(record_asked_variants(kit, sheet) == 0);  // the same again: nothing changes

    ScoreSheet fixed = sheet_for(kit, name);
    CHECK(record_asked_variants(kit, fixed, Rotation::Fixed) == 0);  // member 0: the question's own, recorded as ""

    ScoreSheet first = sheet_for(kit, test::candidate_with_variant(kit, 0));
    CHECK(record_asked_variants(kit, first) == 0);
    const auto asked = asked_variants(kit, first);
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].member == std::optional<std::size_t>(0));
    CHECK_FALSE(asked[0].differs);
}

TEST_CASE("the debrief shows the variant asked, flags different ones and warns of one not in the pool",
          "[scoring][variants]") {
    const Kit kit = test::pooled_loop_kit();
    const std::string id = kit.sections[0].questions[0].id;
    ScoreSheet sheet = sheet_for(kit, test::candidate_with_variant(kit, 1));
    record_asked_variants(kit, sheet);
    const Combination c = combine(kit, sheet);
    std::string text = debrief_text({kit, sheet, c, {}});
    CHECK(text.find("Questions asked in variants:") != std::string::npos);
    CHECK(text.find("variant 2 of 3: " + std::string(test::kPooledSecond)) != std::string::npos);
    CHECK(text.find("DIFFERENT") == std::string::npos);
    std::string csv = debrief_csv({kit, sheet, c, {}});
    CHECK(csv.find("variant," + id + "," + std::string(test::kPooledSecond) + ",Kim Lee,2,,,,variant 2 of 3\r\n") != std::string::npos);

    // The second interviewer recorded another wording: flagged, each interviewer's shown.
    for (auto& q : sheet.scorecards[1].questions)
        if (q.question_id == id) q.variant = std::string(test::kPooledThird);
    auto asked = asked_variants(kit, sheet);
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].differs);
    text = debrief_text({kit, sheet, combine(kit, sheet), {}});
    CHECK(text.find("DIFFERENT VARIANTS RECORDED\n    Kim Lee: variant 2 of 3") != std::string::npos);
    CHECK(text.find("    Peer: variant 3 of 3") != std::string::npos);
    CHECK(asked_variant_lines(kit, sheet).front().find("Different variants recorded") != std::string::npos);

    // A wording the pool no longer has: a warning, and the rating still counts.
    for (auto& q : sheet.scorecards[1].questions)
        if (q.question_id == id) q.variant = "A wording removed since";
    std::vector<std::string> warnings;
    asked = asked_variants(kit, sheet, &warnings);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0] == "Peer: question " + id +
                             ": the variant recorded (\"A wording removed since\") is not in the question's pool any "
                             "more; the rating still counts");
    CHECK(asked[0].member == std::optional<std::size_t>(1));  // the known one
    const Combination still = combine(kit, sheet);
    CHECK(still.not_counted.empty());
    CHECK(debrief_text({kit, sheet, still, {}}).find("warning: Peer: question " + id) != std::string::npos);

    // A kit without pools: nothing about variants.
    const Kit plain = test::loop_kit();
    ScoreSheet plain_sheet = sheet_for(plain, "Ada");
    CHECK(debrief_text({plain, plain_sheet, combine(plain, plain_sheet), {}}).find("variant") == std::string::npos);
}

TEST_CASE("the comparison lists the variant each candidate was asked and says they stay comparable",
          "[scoring][variants]") {
    const Kit kit = test::pooled_loop_kit();
    const std::string id = kit.sections[0].questions[0].id;
    std::vector<ScoreSheet> sheets{sheet_for(kit, test::candidate_with_variant(kit, 0)), sheet_for(kit, test::candidate_with_variant(kit, 2))};
    for (auto& s : sheets) record_asked_variants(kit, s);
    const Comparison cmp = compare_candidates(kit, sheets);
    REQUIRE(cmp.pooled.size() == 1);
    CHECK(cmp.pooled[0].question_id == id);
    CHECK(cmp.pooled[0].number == 1);
    CHECK(cmp.pooled[0].size == 3);
    for (const auto& row : cmp.rows) {
        REQUIRE(row.variants.size() == 1);
        CHECK(row.variants[0] == std::optional<std::size_t>(row.candidate == sheets[0].candidate ? 0 : 2));
    }
    const std::string text = comparison_text(kit, cmp);
    CHECK(text.find("Variant asked of each question with a pool") != std::string::npos);
    CHECK(text.find(sheets[1].candidate) != std::string::npos);
    CHECK(text.find("3 of 3") != std::string::npos);
    CHECK(text.find("1 of 3") != std::string::npos);
    CHECK(text.find(comparable_variants_note()) != std::string::npos);
    const std::string csv = comparison_csv(cmp);
    CHECK(csv.find(",flags,variant:" + id + "\r\n") != std::string::npos);
    CHECK(compared_variant_lines(cmp).size() == 3);
    CHECK(compare_candidates(test::loop_kit(), {}).pooled.empty());
}

TEST_CASE("the roster lists each pool's wordings and the variant each candidate is asked", "[scoring][variants]") {
    const Kit kit = test::pooled_loop_kit();
    const std::string a = test::candidate_with_variant(kit, 1), b = test::candidate_with_variant(kit, 2);
    const VariantRoster roster = variant_roster(kit, {a, b});
    REQUIRE(roster.questions.size() == 1);
    CHECK(roster.numbers == std::vector<int>{1});
    CHECK(roster.members == std::vector<std::vector<std::size_t>>{{1}, {2}});
    CHECK(variant_roster(kit, {a, b}, Rotation::Fixed).members == std::vector<std::vector<std::size_t>>{{0}, {0}});
    const std::string text = variant_roster_text(roster);
    CHECK(text.find("Question 1: a pool of 3 variants\n  1. " + kit.sections[0].questions[0].text + "\n  2. " + std::string(test::kPooledSecond) +
                    "\n  3. " + std::string(test::kPooledThird) + "\n") != std::string::npos);
    CHECK(text.find("\n" + a + std::string(std::max<std::size_t>(a.size(), b.size()) + 2 - a.size(), ' ') + "2\n") !=
          std::string::npos);
    CHECK(variant_roster_text(variant_roster(test::loop_kit(), {a})).find("no question with variants") != std::string::npos);
}
