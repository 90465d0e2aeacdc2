// Question pools in the kit file (issue 19): a round trip keeps every member, a kit without pools is
// written as before, and the reader refuses hostile pools with the line.
#include "pooled_kit.h"
#include "serialize/kit_file.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace ikit;

namespace {
// The reader's message for `xml`, or "" when it reads.
std::string refusal(const std::string& xml) {
    try {
        parse_kit(xml, "pool.ikit");
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

// pooled_kit() written, with `pool` in place of its <pool> element.
std::string with_pool(const std::string& pool) {
    std::string xml = write_kit(test::pooled_kit());
    const auto from = xml.find("<pool>");
    const auto to = xml.find("</pool>") + 7;
    REQUIRE(from != std::string::npos);
    return xml.replace(from, to - from, pool);
}

std::string variant(int items = 1) {
    std::string v = "<variant><text>Another wording</text>";
    for (int i = 0; i < items; ++i) v += "<listen-for>signal " + std::to_string(i) + "</listen-for>";
    return v + "</variant>";
}
}  // namespace

TEST_CASE("a kit with a pool survives a round trip, and one without is written as before", "[kit-file][variants]") {
    const Kit kit = test::pooled_kit();
    const std::string xml = write_kit(kit);
    CHECK(xml.find("<pool>") != std::string::npos);
    CHECK(xml.find("<variant type=\"technical\" competencies=\"kpis-metrics customer-experience\" rubric=\"kpis-metrics\">") !=
          std::string::npos);
    CHECK(parse_kit(xml, "k.ikit") == kit);

    Kit empty_pool = kit;
    empty_pool.sections[0].questions[0].pool.variants.clear();
    CHECK(parse_kit(write_kit(empty_pool), "k.ikit") == empty_pool);  // a pool of one stays a pool

    Kit bare = kit;
    bare.sections[0].questions[0].pool.variants[0].type.reset();
    bare.sections[0].questions[0].pool.variants[0].competency_ids.clear();
    bare.sections[0].questions[0].pool.variants[0].rubric_id.clear();
    bare.sections[0].questions[0].pool.variants[0].bank_id = "csl-080";
    CHECK(parse_kit(write_kit(bare), "k.ikit") == bare);

    CHECK(write_kit(test::sample_kit()).find("pool") == std::string::npos);

    // Whatever a kit can hold is written so that it reads again: a variant with as many notes as a question.
    Kit long_notes = kit;
    auto& v = long_notes.sections[0].questions[0].pool.variants[0];
    v.listen_for.assign(50, "a signal");
    v.probes.assign(50, "a probe");
    v.red_flags.assign(50, "a red flag");
    CHECK(parse_kit(write_kit(long_notes), "k.ikit") == long_notes);
}

TEST_CASE("hostile pools are refused with the line", "[kit-file][variants][limits]") {
    std::string many;
    for (int i = 0; i < 19; ++i) many += variant();
    CHECK(refusal(with_pool("<pool>" + many + "</pool>")).empty());  // 20 members: the limit
    const std::string too_many = refusal(with_pool("<pool>" + many + variant() + "</pool>"));
    CHECK(too_many.find("pool.ikit:") == 0);
    CHECK(too_many.find("more than 20 members") != std::string::npos);

    // A variant holds as many notes as a question (Make First swaps them): 50 of each.
    CHECK(refusal(with_pool("<pool>" + variant(50) + "</pool>")).empty());
    CHECK(refusal(with_pool("<pool>" + variant(51) + "</pool>")).find("refused") != std::string::npos);
    CHECK(refusal(with_pool("<pool><variant><probe>no text</probe></variant></pool>")).find("has no <text>") !=
          std::string::npos);
    CHECK(refusal(with_pool("<pool/><pool/>")).find("more than one <pool>") != std::string::npos);
    CHECK(refusal(with_pool("<pool><variant type=\"poem\"><text>x</text></variant></pool>")).find("unknown variant type") !=
          std::string::npos);

    // Unknown children inside a pool or a variant are reported, not read.
    std::vector<std::string> warnings;
    parse_kit(with_pool("<pool><mystery/><variant><text>x</text><sparkle/></variant></pool>"), "pool.ikit", &warnings);
    CHECK(warnings.size() == 2);
}
