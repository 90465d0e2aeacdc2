// Rotation of question pools (issue 19): the documented hash, a fixed table so a change of hash is
// caught, the same choice on every call, an even spread over many names, and the kit a candidate gets.
#include "model/variant_choice.h"
#include "pooled_kit.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>

using namespace ikit;

TEST_CASE("FNV-1a 64 gives the published values and names are normalised", "[variants]") {
    CHECK(fnv1a64("") == 0xcbf29ce484222325ull);
    CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cull);
    CHECK(normalised_candidate_key("  Ada \t  LOVELACE \n") == "ada lovelace");
    CHECK(normalised_candidate_key("Zo\xC3\xAB \xC3\x85" "berg") == "zo\xC3\xAB \xC3\x85" "berg");  // only ASCII is lowered
    CHECK(normalised_candidate_key(" \t ").empty());
}

TEST_CASE("each candidate gets the member the documented hash picks", "[variants]") {
    const Kit kit = test::pooled_kit();
    const KitQuestion& q = kit.sections[0].questions[0];
    REQUIRE(q.pool.size() == 3);
    // Worked out independently from the formula in kit-format.md ("ikit-rotation-1\n" + title + "\n" + id + "\n" + name).
    const std::vector<std::pair<std::string, std::size_t>> expected{
        {"Ada Lovelace", 1}, {"Grace Hopper", 1}, {"Alan Turing", 2}, {"Katherine Johnson", 2},
        {"Edsger Dijkstra", 0}, {"Zo\xC3\xAB \xC3\x85" "berg", 0}, {"  ada   LOVELACE ", 1}};
    for (const auto& [name, member] : expected) {
        INFO(name);
        CHECK(choose_variant(kit, q, name) == member);
        CHECK(choose_variant(kit, q, name) == choose_variant(kit, q, name));  // the same on every call
        CHECK(choose_variant(kit, q, name, Rotation::Fixed) == 0);
    }
    CHECK(choose_variant(kit, q, "") == 0);  // no candidate: the question itself
    const KitQuestion& plain = kit.sections[1].questions[0];
    CHECK(choose_variant(kit, plain, "Ada Lovelace") == 0);
    // Renaming the kit reshuffles: another title gives some name another member.
    Kit renamed = kit;
    renamed.properties.title = "Another loop";
    bool moved = false;
    for (const auto& [name, member] : expected) moved |= choose_variant(renamed, q, name) != member;
    CHECK(moved);
}

TEST_CASE("over 1,000 names every member is asked about as often, and neighbours usually differ", "[variants]") {
    const Kit kit = test::pooled_kit();
    const KitQuestion& q = kit.sections[0].questions[0];
    std::array<int, 3> counts{};
    int same_as_previous = 0;
    std::size_t previous = 99;
    for (int i = 0; i < 1000; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "Candidate %04d", i);
        const std::size_t member = choose_variant(kit, q, name);
        REQUIRE(member < 3);
        ++counts[member];
        same_as_previous += member == previous ? 1 : 0;
        previous = member;
    }
    const double mean = 1000.0 / 3;
    for (int c : counts) {
        INFO(counts[0] << " " << counts[1] << " " << counts[2]);
        CHECK(c > mean * 0.75);
        CHECK(c < mean * 1.25);
    }
    CHECK(same_as_previous < 450);  // about a third by chance
}

TEST_CASE("the kit for a candidate asks the chosen member in the slot's place", "[variants]") {
    const Kit kit = test::pooled_kit();
    const Kit for_ada = kit_for_candidate(kit, "Ada Lovelace");
    const KitQuestion& asked = for_ada.sections[0].questions[0];
    const KitQuestion& slot = kit.sections[0].questions[0];
    CHECK(asked.text == slot.pool.variants[0].text);  // member 1 (table above)
    CHECK(asked.probes == slot.pool.variants[0].probes);
    CHECK(asked.id == slot.id);
    CHECK(asked.minutes == slot.minutes);
    CHECK(asked.rubric == slot.rubric);
    CHECK_FALSE(asked.pool.present);
    CHECK(for_ada.sections[1] == kit.sections[1]);
    CHECK(kit_for_candidate(kit, "Edsger Dijkstra").sections[0].questions[0].text == slot.text);
    CHECK(kit_for_candidate(kit, "Ada Lovelace", Rotation::Fixed).sections[0].questions[0].text == slot.text);
    CHECK(has_variants(kit));
    CHECK_FALSE(has_variants(for_ada));
    CHECK(rotation_from_id("fixed") == Rotation::Fixed);
    CHECK(rotation_from_id("candidate") == Rotation::ByCandidate);
    CHECK_FALSE(rotation_from_id("random"));
}
