#include "model/competency_weight.h"
#include "serialize/kit_file.h"
#include "test_kits.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace ikit;

TEST_CASE("competency weights are read and written with two decimals at most", "[serialize][weight]") {
    CHECK(*parse_competency_weight("2") == 2.0);
    CHECK(*parse_competency_weight("1.5") == 1.5);
    CHECK(*parse_competency_weight("0.25") == 0.25);
    CHECK(*parse_competency_weight("0") == 0.0);
    CHECK(*parse_competency_weight("100") == 100.0);
    for (const char* bad : {"", "-1", "+1", "1e2", "1,5", "0.125", "100.01", "1.", ".5", " 1", "1 ", "0x10", "nan", "1000"})
        CHECK_FALSE(parse_competency_weight(bad));
    CHECK(competency_weight_text(1.0) == "1");
    CHECK(competency_weight_text(1.5) == "1.5");
    CHECK(competency_weight_text(0.25) == "0.25");
    CHECK(competency_weight_text(0.05) == "0.05");
    CHECK(competency_weight_text(100.0) == "100");
}

TEST_CASE("a kit's competency weights survive a round trip; weight 1 is not written", "[serialize][weight]") {
    Kit kit = test::sample_kit();
    REQUIRE(kit.competencies.size() >= 2);
    const std::string plain = write_kit(kit);
    CHECK(plain.find("weight=") == std::string::npos);
    kit.competencies[0].weight = 2.5;
    kit.competencies[1].weight = 0;
    const std::string xml = write_kit(kit);
    CHECK(xml.find("weight=\"2.5\"") != std::string::npos);
    CHECK(xml.find("weight=\"0\"") != std::string::npos);
    const Kit back = parse_kit(xml, "weights.ikit");
    CHECK(back == kit);
    CHECK(write_kit(back) == xml);
    test::fresh_dir("weights");
    save_kit_file(kit, test::fresh_dir("weights") + "/weights.ikit");  // validated against kit.xsd afterwards
}

TEST_CASE("a bad weight is refused with the line", "[serialize][weight]") {
    std::string xml = write_kit(test::sample_kit());
    const auto at = xml.find("<competency id=");
    REQUIRE(at != std::string::npos);
    xml.insert(at + 11, " weight=\"-2\"");
    try {
        parse_kit(xml, "w.ikit");
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("attribute weight=\"-2\" of <competency> must be a number from 0 to 100") !=
              std::string::npos);
        CHECK(e.line() > 0);
    }
}
