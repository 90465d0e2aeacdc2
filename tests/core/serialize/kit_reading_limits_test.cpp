// Limits and character rules of the kit reader and writer that the hostile corpus does not show on
// their own: the warning cap, U+FFFE/U+FFFF never written, other noncharacters kept.
#include "serialize/kit_file.h"
#include "test_kits.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace ikit;

TEST_CASE("a kit full of unknown elements gives at most the capped warnings and one count line", "[kit-file][limits]") {
    std::string xml = write_kit(test::sample_kit());
    std::string unknown;
    for (int i = 0; i < 500; ++i) unknown += "<mystery/>";
    const auto at = xml.find("</properties>");
    REQUIRE(at != std::string::npos);
    xml.insert(at, unknown);
    std::vector<std::string> warnings;
    const Kit kit = parse_kit(xml, "flood.ikit", &warnings);
    CHECK(kit == test::sample_kit());
    REQUIRE(warnings.size() == kMaxKitWarnings + 1);
    CHECK(warnings.back() == "flood.ikit: \xE2\x80\xA6 and " + std::to_string(500 - kMaxKitWarnings) + " more warnings");
}

TEST_CASE("U+FFFE and U+FFFF are never written; other noncharacters survive a save", "[kit-file][limits]") {
    Kit kit = test::sample_kit();
    kit.properties.title = "A\xEF\xBF\xBE" "B\xEF\xBF\xBF" "C";  // U+FFFE, U+FFFF
    kit.properties.author = "x\xEF\xB7\x90y";                   // U+FDD0
    const std::string xml = write_kit(kit);
    CHECK(xml.find("\xEF\xBF\xBE") == std::string::npos);
    CHECK(xml.find("\xEF\xBF\xBF") == std::string::npos);
    const Kit back = parse_kit(xml, "k.ikit");
    CHECK(back.properties.title == "ABC");
    CHECK(back.properties.author == "x\xEF\xB7\x90y");
    CHECK(write_kit(back) == xml);
}
