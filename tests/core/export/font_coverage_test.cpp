// Tests of the TrueType reading behind the PDF export: character maps (formats 4 and 12), the
// coverage that decides which characters can be drawn, and the subset that gets embedded.

#include "export/font_coverage.h"
#include "export/font_subset.h"
#include "export/pdf_fonts.h"
#include "export/truetype_file.h"
#include "io/data_paths.h"
#include "io/file_read.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace ikit;

namespace {

void put16(std::string& out, unsigned v) {
    out += static_cast<char>((v >> 8) & 0xFF);
    out += static_cast<char>(v & 0xFF);
}

void put32(std::string& out, std::uint32_t v) {
    put16(out, v >> 16);
    put16(out, v & 0xFFFF);
}

// A cmap with one subtable record pointing at `subtable`.
std::string cmap_with(unsigned platform, unsigned encoding, const std::string& subtable) {
    std::string cmap;
    put16(cmap, 0);
    put16(cmap, 1);
    put16(cmap, platform);
    put16(cmap, encoding);
    put32(cmap, 12);
    return cmap + subtable;
}

// Format 4: 'A'..'C' → glyphs 10..12 by delta; 'x'..'y' → glyphs 20, 21 through the glyph id array.
std::string format4() {
    std::string t;
    const unsigned segments = 3;
    put16(t, 4);
    put16(t, 16 + 8 * segments + 4);
    put16(t, 0);
    put16(t, 2 * segments);
    put16(t, 4);
    put16(t, 1);
    put16(t, 2);
    for (unsigned end : {0x43u, 0x79u, 0xFFFFu}) put16(t, end);
    put16(t, 0);
    for (unsigned start : {0x41u, 0x78u, 0xFFFFu}) put16(t, start);
    for (unsigned delta : {(10u - 0x41u) & 0xFFFFu, 0u, 1u}) put16(t, delta);
    // idRangeOffset of segment 1: from its own slot (2 slots before the array's end) to the glyph array.
    for (unsigned offset : {0u, 4u, 0u}) put16(t, offset);
    put16(t, 20);
    put16(t, 21);
    return t;
}

// Format 12: U+1F600..U+1F602 → glyphs 30..32.
std::string format12() {
    std::string t;
    put16(t, 12);
    put16(t, 0);
    put32(t, 16 + 12);
    put32(t, 0);
    put32(t, 1);
    put32(t, 0x1F600);
    put32(t, 0x1F602);
    put32(t, 30);
    return t;
}

std::string dejavu_path() {
    for (const auto& candidate : system_font_files())
        if (std::filesystem::exists(candidate)) return candidate;
    return {};
}

}  // namespace

TEST_CASE("a format 4 character map is read, deltas and glyph arrays alike", "[export]") {
    const CharacterMap map = read_character_map_table(cmap_with(3, 1, format4()), "test.ttf");
    const CharacterMap expected{{U'A', 10}, {U'B', 11}, {U'C', 12}, {U'x', 20}, {U'y', 21}};
    CHECK(map == expected);
}

TEST_CASE("a format 12 character map reaches beyond the Basic Multilingual Plane", "[export]") {
    const CharacterMap map = read_character_map_table(cmap_with(3, 10, format12()), "test.ttf");
    const CharacterMap expected{{0x1F600, 30}, {0x1F601, 31}, {0x1F602, 32}};
    CHECK(map == expected);
}

TEST_CASE("malformed character maps and fonts are refused with the file named", "[export]") {
    CHECK_THROWS_WITH(read_character_map_table(cmap_with(1, 0, format4()), "mac.ttf"),
                      Catch::Contains("mac.ttf") && Catch::Contains("no Unicode character map"));
    std::string truncated = cmap_with(3, 1, format4());
    truncated.resize(30);
    CHECK_THROWS_AS(read_character_map_table(truncated, "short.ttf"), Error);
    CHECK_THROWS_WITH(TrueTypeFile("not a font at all", "junk.ttf"), Catch::Contains("junk.ttf"));
    CHECK_THROWS_WITH(TrueTypeFile(std::string("ttcf") + std::string(40, '\0'), "fonts.ttc"),
                      Catch::Contains("collections"));
}

TEST_CASE("DejaVu Sans covers European scripts but not emoji (libharu stops at U+FFFF)", "[export]") {
    const std::string path = dejavu_path();
    REQUIRE(!path.empty());
    const TrueTypeFile font(read_file_limited(path, 64u << 20), path);
    CHECK(font.display_name() == "DejaVu Sans");
    const FontCoverage coverage = FontCoverage::of(font);
    for (char32_t cp : {U'A', U'\u0141', U'\u03A9', U'\u0414', U'\u00C6', U'\uFFFD'}) CHECK(coverage.covers(cp));
    CHECK(font.glyph_of(0x1F600) != 0);     // the font has the glyph…
    CHECK_FALSE(coverage.covers(0x1F600));  // …but libharu cannot address it
    CHECK_FALSE(coverage.covers(0x4E2D));   // no CJK in DejaVu Sans
    CHECK(FontCoverage::win_ansi().covers(U'\u00E9'));
    CHECK_FALSE(FontCoverage::win_ansi().covers(U'\u0141'));
}

TEST_CASE("a subset holds exactly the characters asked for and is a fraction of the font", "[export]") {
    const std::string path = dejavu_path();
    REQUIRE(!path.empty());
    const TrueTypeFile font(read_file_limited(path, 64u << 20), path);
    const std::set<char32_t> wanted{U'A', U'z', U'\u00EB', U'\u0141', U'\u03A9', U'\u0414', U' ', 0x1F600, 0x4E2D};
    const std::string subset = subset_truetype(font, wanted);
    CHECK(subset.size() * 20 < read_file_limited(path, 64u << 20).size());
    const TrueTypeFile small(subset, "subset.ttf");
    CHECK(small.display_name() == "DejaVu Sans");
    std::set<char32_t> mapped;
    for (const auto& entry : small.character_map()) mapped.insert(entry.first);
    // Everything the font has in the BMP; not the emoji (beyond U+FFFF) nor CJK (not in the font).
    CHECK(mapped == std::set<char32_t>{U' ', U'A', U'z', U'\u00EB', U'\u0141', U'\u03A9', U'\u0414'});
    CHECK(small.glyph_count() >= mapped.size() + 1);
    CHECK(small.glyph_count() < 20);
    for (const char* table :
         {"OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep"})
        CHECK(small.has_table(table));
}

TEST_CASE("damaged font files are refused or read, never read out of bounds", "[export]") {
    const std::string path = dejavu_path();
    REQUIRE(!path.empty());
    const std::string original = read_file_limited(path, 64u << 20);
    const std::set<char32_t> wanted{U'A', U'\u00EB', U'\u0141', U'\u03A9'};
    std::uint32_t state = 12345;
    const auto next = [&state] { return state = state * 1664525u + 1013904223u; };
    int refused = 0, read = 0;
    for (int round = 0; round < 60; ++round) {
        std::string damaged = original;
        // Damage the table directory and the start of the tables, where the offsets and counts live.
        for (int k = 0; k < 8; ++k) damaged[next() % 4096] = static_cast<char>(next() & 0xFF);
        if (round % 3 == 0) damaged.resize(next() % damaged.size());
        try {
            const TrueTypeFile font(damaged, "damaged.ttf");
            (void)subset_truetype(font, wanted);
            ++read;
        } catch (const Error& e) {
            CHECK(std::string(e.what()).find("damaged.ttf") != std::string::npos);
            ++refused;
        }
    }
    CHECK(refused + read == 60);
    CHECK(refused > 0);
}
