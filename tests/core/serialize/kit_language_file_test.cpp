// The kit's language (issue 20) in the kit file: written only when set, read back, refused when it is not a
// language code.
#include "i18n/language_code.h"
#include "serialize/kit_file.h"
#include "test_kits.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace ikit;

namespace {

std::string error_of(const std::string& xml) {
    try {
        parse_kit(xml, "bad.ikit");
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

// `xml` with `element` added as the last child of <properties>.
std::string with_property(std::string xml, const std::string& element) {
    xml.insert(xml.find("  </properties>"), "    " + element + "\n");
    return xml;
}

}  // namespace

TEST_CASE("a kit's language survives write and read, and is not written when unset", "[serialize][i18n]") {
    Kit kit = test::sample_kit();
    REQUIRE(kit.properties.language.empty());
    const std::string plain = write_kit(kit);
    CHECK(plain.find("<language") == std::string::npos);  // older kits keep their bytes

    kit.properties.language = "de";
    const std::string xml = write_kit(kit);
    CHECK(xml == with_property(plain, "<language>de</language>"));
    const Kit back = parse_kit(xml, "mem.ikit");
    CHECK(back.properties.language == "de");
    CHECK(back == kit);
    CHECK(write_kit(back) == xml);

    kit.properties.language = "de_DE";
    CHECK(parse_kit(write_kit(kit), "mem.ikit").properties.language == "de_DE");
}

TEST_CASE("a kit's language is read without warnings and with spaces trimmed", "[serialize][i18n]") {
    std::vector<std::string> warnings;
    const Kit kit = parse_kit(with_property(write_kit(test::sample_kit()), "<language> fr </language>"), "k.ikit", &warnings);
    CHECK(kit.properties.language == "fr");
    CHECK(warnings.empty());
    CHECK(parse_kit(with_property(write_kit(test::sample_kit()), "<language/>"), "k.ikit").properties.language.empty());
}

TEST_CASE("a language that is not a language code is refused with file and line", "[serialize][i18n][hostile]") {
    const std::string good = write_kit(test::sample_kit());
    const auto line_of_properties_end = [&] {
        return static_cast<int>(std::count(good.begin(), good.begin() + static_cast<long>(good.find("  </properties>")), '\n')) + 1;
    };
    const std::string where = "bad.ikit:" + std::to_string(line_of_properties_end()) + ": ";
    CHECK(error_of(with_property(good, "<language>German</language>")) ==
          where + "<language> must be a language code such as de, fr, es or de_DE, not \"German\"");
    CHECK(error_of(with_property(good, "<language>de-DE</language>")).find("not \"de-DE\"") != std::string::npos);
    CHECK(error_of(with_property(good, "<language>../../etc/passwd</language>")).find(where + "<language> must be") == 0);
    CHECK(error_of(with_property(good, "<language>" + std::string(5000, 'x') + "</language>")).size() < 200);
    CHECK(error_of(with_property(good, "<language>de</language><language>fr</language>"))
              .find("more than one <language>") != std::string::npos);
}

TEST_CASE("language codes: two or three lower-case letters and an optional region", "[i18n]") {
    for (const char* good : {"de", "fr", "es", "en", "de_DE", "pt_BR", "qps", "ast"}) CHECK(is_language_code(good));
    for (const char* bad : {"", "d", "DE", "German", "de-DE", "de_de", "de_DEU", "de_", "_DE", "de.UTF-8", "de DE",
                            "abcd", "d\xC3\xA9"})
        CHECK_FALSE(is_language_code(bad));
}
