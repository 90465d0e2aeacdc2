#include "util/text.h"

#include <catch2/catch.hpp>

using namespace ikit;

TEST_CASE("UTF-8 validation finds the first bad byte", "[util]") {
    CHECK(find_invalid_utf8("plain ascii") == std::string::npos);
    CHECK(find_invalid_utf8(u8"Zoë Łukasiewicz Ελένη Дмитрий 日本 😀") == std::string::npos);
    CHECK(find_invalid_utf8("ok\xff") == 2);
    CHECK(find_invalid_utf8("\xc0\xaf") == 0);          // overlong '/'
    CHECK(find_invalid_utf8("ab\xed\xa0\x80") == 2);    // surrogate
    CHECK(find_invalid_utf8("\xe2\x82") == 0);          // truncated
}

TEST_CASE("UTF-8 decodes and encodes back", "[util]") {
    const std::string s = u8"Ørjan 😀";
    std::string again;
    for (char32_t c : decode_utf8(s)) again += encode_utf8(c);
    CHECK(again == s);
    CHECK(code_point_name(0x1F600) == "U+1F600");
}

TEST_CASE("text helpers", "[util]") {
    CHECK(ascii_lower("KPIs & Metrics") == "kpis & metrics");
    CHECK(iequals("Director-Support", "director-support"));
    CHECK_FALSE(iequals("abc", "abd"));
    CHECK(trim("  a b \n") == "a b");
    CHECK(split_words("  one two\tthree ") == std::vector<std::string>{"one", "two", "three"});
    CHECK(join({"a", "b"}, ", ") == "a, b");
    CHECK(today_iso_date().size() == 10);
}

TEST_CASE("shorten never splits a character", "[util]") {
    CHECK(shorten("short", 10) == "short");
    CHECK(shorten("exactly ten", 11) == "exactly ten");
    CHECK(shorten("a longer sentence", 8) == u8"a longer…");
    CHECK(shorten(u8"Ελένη Παπαδοπούλου", 5) == u8"Ελένη…");
    CHECK(shorten(u8"😀😀😀", 2) == u8"😀😀…");
    CHECK(find_invalid_utf8(shorten(u8"日本語の質問です", 3)) == std::string::npos);
}

TEST_CASE("counts are grouped by thousands", "[util]") {
    CHECK(grouped_count(0) == "0");
    CHECK(grouped_count(78) == "78");
    CHECK(grouped_count(999) == "999");
    CHECK(grouped_count(1000) == "1,000");
    CHECK(grouped_count(46089) == "46,089");
    CHECK(grouped_count(100078) == "100,078");
    CHECK(grouped_count(1234567) == "1,234,567");
}
