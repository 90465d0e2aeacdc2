// Unit tests of the PDF export's layout pieces that need no PDF library: line breaking, page
// breaking, text cleaning and the WinAnsi code page.

#include "export/page_flow.h"
#include "export/printable_text.h"
#include "export/text_wrap.h"
#include "export/win_ansi.h"

#include <catch2/catch.hpp>

using namespace ikit;

namespace {

// Every character 1 point wide, "W" 3 points.
float narrow(char32_t cp) { return cp == U'W' ? 3.0f : 1.0f; }

FlowRow row(float height, Glue glue = Glue::None, float space = 0) {
    FlowRow r;
    r.height = height;
    r.glue = glue;
    r.space_before = space;
    return r;
}

}  // namespace

TEST_CASE("wrap_text breaks at spaces within the width", "[export]") {
    const auto lines = wrap_text(U"aaa bbb cc dddd e", 7, narrow);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == U"aaa bbb");
    CHECK(lines[1] == U"cc dddd");
    CHECK(lines[2] == U"e");
}

TEST_CASE("wrap_text keeps words whole and drops extra spaces", "[export]") {
    const auto lines = wrap_text(U"  one   two  ", 5, narrow);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == U"one");
    CHECK(lines[1] == U"two");
    CHECK(wrap_text(U"", 10, narrow) == std::vector<std::u32string>{U""});
}

TEST_CASE("wrap_text breaks a word wider than the line between characters", "[export]") {
    const auto lines = wrap_text(U"ab WWWWW cd", 7, narrow);
    // "ab" then the W word (15 points) in pieces of at most 7 points, then "cd".
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == U"ab");
    CHECK(lines[1] == U"WW");
    CHECK(lines[2] == U"WW");
    CHECK(lines[3] == U"W cd");
    for (const auto& line : lines) CHECK(text_width(line, narrow) <= 7);
}

TEST_CASE("wrap_text makes progress even when one character is wider than the line", "[export]") {
    const auto lines = wrap_text(U"WW", 1, narrow);
    CHECK(lines == std::vector<std::u32string>{U"W", U"W"});
}

TEST_CASE("wrap_ranges measures each index with its own advance", "[export]") {
    const std::u32string text = U"aa bb cc";
    // The second word is "bold": 2 points a character.
    const auto ranges = wrap_ranges(text, 7, [&](std::size_t i) { return i >= 3 && i < 5 ? 2.0f : 1.0f; });
    REQUIRE(ranges.size() == 2);
    CHECK(ranges[0] == LineRange{0, 5});
    CHECK(ranges[1] == LineRange{6, 8});
}

TEST_CASE("fit_text shortens with an ellipsis", "[export]") {
    CHECK(fit_text(U"short", 10, narrow) == U"short");
    const std::u32string fitted = fit_text(U"a much longer text", 8, narrow);
    CHECK(fitted == U"a much\u2026");
    CHECK(text_width(fitted, narrow) <= 8);
}

TEST_CASE("paginate fills pages and drops the space at a page top", "[export]") {
    const std::vector<FlowRow> rows{row(40), row(40, Glue::None, 10), row(40, Glue::None, 10)};
    const auto placed = paginate(rows, 100);
    REQUIRE(placed.size() == 3);
    CHECK(placed[0].page == 0);
    CHECK(placed[1].page == 0);
    CHECK(placed[1].top == Approx(50));
    CHECK(placed[2].page == 1);
    CHECK(placed[2].top == Approx(0));
    CHECK(page_count(placed) == 2);
}

TEST_CASE("paginate moves glued rows to the next page together", "[export]") {
    // A heading glued to a block: the heading must not stay alone at the bottom of page 1.
    const std::vector<FlowRow> rows{row(70), row(10, Glue::Hard), row(15, Glue::Soft), row(15)};
    const auto placed = paginate(rows, 100);
    CHECK(placed[0].page == 0);
    CHECK(placed[1].page == 1);
    CHECK(placed[2].page == 1);
    CHECK(placed[3].page == 1);
}

TEST_CASE("paginate splits a run taller than a page at soft glue only", "[export]") {
    // Header + two lines hard, eight middle lines soft, last two lines + rating row hard.
    std::vector<FlowRow> rows{row(10, Glue::Hard)};
    for (int i = 0; i < 12; ++i) rows.push_back(row(10, i < 1 || i >= 10 ? Glue::Hard : Glue::Soft));
    rows.back().glue = Glue::Hard;
    rows.push_back(row(20));  // the rating row
    const auto placed = paginate(rows, 60);
    CHECK(page_count(placed) >= 3);
    const std::size_t n = rows.size();
    // The last two lines share the rating row's page; the header keeps its first line.
    CHECK(placed[n - 1].page == placed[n - 2].page);
    CHECK(placed[n - 1].page == placed[n - 3].page);
    CHECK(placed[0].page == placed[1].page);
    for (const auto& p : placed) CHECK(p.top >= 0);
    for (std::size_t i = 0; i < n; ++i) CHECK(placed[i].top + rows[i].height <= 60.01f);
}

TEST_CASE("paginate keeps a run together when it fits an empty page", "[export]") {
    const std::vector<FlowRow> rows{row(50), row(20, Glue::Soft), row(20, Glue::Soft), row(20)};
    const auto placed = paginate(rows, 100);
    CHECK(placed[1].page == 1);
    CHECK(placed[3].page == 1);
    CHECK(placed[1].top == Approx(0));
}

TEST_CASE("paginate reserves room for a continued line at a page top", "[export]") {
    std::vector<FlowRow> rows{row(90), row(30)};
    rows[1].continued_height = 12;
    const auto placed = paginate(rows, 100);
    CHECK(placed[1].page == 1);
    CHECK(placed[1].continued);
    CHECK(placed[1].top == Approx(12));
    CHECK_FALSE(placed[0].continued);
}

TEST_CASE("paginate never leaves a page empty, even for a row taller than a page", "[export]") {
    const std::vector<FlowRow> rows{row(150), row(10)};
    const auto placed = paginate(rows, 100);
    CHECK(placed[0].page == 0);
    CHECK(placed[1].page == 1);
    CHECK(paginate({}, 100).empty());
}

TEST_CASE("printable_line turns breaks into spaces and drops invisible characters", "[export]") {
    CHECK(printable_line("  a\tb\r\nc  ") == U"a b c");
    CHECK(printable_line("x\xE2\x80\x8By\xC2\xAD"
                         "z\x01") == U"xyz");                        // ZWSP, soft hyphen, control
    CHECK(printable_line("\xE2\x9D\xA4\xEF\xB8\x8F") == U"\u2764");  // variation selector dropped
    CHECK(printable_line("bad \xFF byte") == U"bad \uFFFD byte");
}

TEST_CASE("printable_paragraphs splits at line breaks and drops blank ones", "[export]") {
    const auto paragraphs = printable_paragraphs("First line\n\n  \r\nSecond\xE2\x80\xA8Third");
    CHECK(paragraphs == std::vector<std::u32string>{U"First line", U"Second", U"Third"});
    CHECK(to_utf8(U"Zoë Ελένη") == "Zoë Ελένη");
}

TEST_CASE("WinAnsi covers Latin-1 and the Windows punctuation, nothing else", "[export]") {
    CHECK(win_ansi_byte(U'A') == 'A');
    CHECK(win_ansi_byte(U'é') == 0xE9);
    CHECK(win_ansi_byte(U'\u20AC') == 0x80);          // euro sign
    CHECK(win_ansi_byte(U'\u2014') == 0x97);          // em dash
    CHECK(win_ansi_byte(U'\u2022') == 0x95);          // bullet
    CHECK(win_ansi_byte(U'\u0141') == std::nullopt);  // Ł
    CHECK(win_ansi_byte(U'\u03B1') == std::nullopt);  // α
    CHECK_FALSE(is_win_ansi(U'\n'));
    CHECK(to_win_ansi(U"Zoë \u2013 \u0141") == "Zo\xEB \x96 ?");
}
