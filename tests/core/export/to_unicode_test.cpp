// The /ToUnicode CMap of embedded fonts: how it is written, and that PDF readers accept it, so the
// text of a Greek or Polish scorecard can be copied, searched and read aloud.

#include "export/pdf_export.h"
#include "export/to_unicode_cmap.h"
#include "pdf_test_tools.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ikit;
using namespace ikit::test;

namespace {

std::size_t count_of(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("the ToUnicode CMap maps every character of the plane to itself, 100 to a block", "[export][pdf]") {
    std::set<char32_t> characters;
    for (char32_t cp = 0x20; cp < 0x20 + 250; ++cp) characters.insert(cp);
    characters.insert(U'\u03A9');     // Ω
    characters.insert(U'\uFFFD');     // the replacement character
    characters.insert(U'\U0001F600'); // above U+FFFF: cannot be a two-byte code
    characters.insert(0xD800);        // a surrogate is no character
    const std::string cmap = identity_to_unicode_cmap(characters);

    CHECK(cmap.find("/CMapType 2 def") != std::string::npos);
    CHECK(cmap.find("<0000> <FFFF>") != std::string::npos);
    CHECK(count_of(cmap, "100 beginbfchar") == 2);
    CHECK(count_of(cmap, "52 beginbfchar") == 1);  // 250 + Ω + U+FFFD = 252 entries
    CHECK(count_of(cmap, "endbfchar") == 3);
    CHECK(cmap.find("<0041> <0041>") != std::string::npos);
    CHECK(cmap.find("<03A9> <03A9>") != std::string::npos);
    CHECK(cmap.find("<FFFD> <FFFD>") != std::string::npos);
    CHECK(cmap.find("1F600") == std::string::npos);
    CHECK(cmap.find("<D800>") == std::string::npos);
    CHECK(cmap.find("begincidrange") == std::string::npos);
}

TEST_CASE("an empty character set still makes a valid CMap", "[export][pdf]") {
    const std::string cmap = identity_to_unicode_cmap({});
    CHECK(cmap.find("beginbfchar") == std::string::npos);
    CHECK(cmap.find("endcmap") != std::string::npos);
}

TEST_CASE("a scorecard with an embedded font carries a ToUnicode map readers accept", "[export][pdf]") {
    PdfOptions options;
    options.candidate = "Ελένη Παπαδοπούλου";
    options.interviewers = {"Zoë Łukasiewicz"};
    options.date = "2026-12-01";
    const PdfResult result = render_pdf(synthetic_kit(3, true), options);
    REQUIRE(result.embedded_font);
    const std::string path = save_pdf(result.bytes, "to_unicode");

    // poppler reads the fonts' maps without a complaint (it warned about every page before)...
    const CommandResult render = run_command("pdftoppm -r 10 -png " + shell_quote(path) + " " +
                                             shell_quote(path + "-page") + " 2>&1");
    REQUIRE(render.status == 0);
    CHECK(render.output.empty());
    // ...the maps name the characters the page shows...
    const CommandResult uncompressed = run_command("qpdf --qdf --object-streams=disable " + shell_quote(path) + " -");
    REQUIRE(uncompressed.status == 0);
    CHECK(uncompressed.output.find("begincidrange") == std::string::npos);
    CHECK(uncompressed.output.find("<0395> <0395>") != std::string::npos);  // Ε
    CHECK(uncompressed.output.find("<0141> <0141>") != std::string::npos);  // Ł
    // ...and the text comes back as written.
    const std::string text = pdf_text(path);
    CHECK(text.find("Ελένη Παπαδοπούλου") != std::string::npos);
    CHECK(text.find("Zoë Łukasiewicz") != std::string::npos);
}
