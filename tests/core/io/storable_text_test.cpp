#include "io/storable_text.h"

#include <catch2/catch.hpp>

using namespace ikit;

TEST_CASE("storable text: every script, tabs and line breaks are fine", "[util]") {
    CHECK(unstorable_text_reason("").empty());
    CHECK(unstorable_text_reason(u8"Zoë Łukasiewicz Дмитрий 日本 😀").empty());
    CHECK(unstorable_text_reason("one\ttwo\nthree\r\n").empty());
    CHECK(unstorable_text_reason("\xEF\xBF\xBD").empty());  // U+FFFD itself is a character
}

TEST_CASE("storable text: invalid UTF-8, controls, surrogates and non-characters are named with their place",
          "[util]") {
    CHECK(unstorable_text_reason("A\xff" "B") == "the byte 0xFF at byte 2 is not UTF-8");
    CHECK(unstorable_text_reason("\xc0\xaf") == "the byte 0xC0 at byte 1 is not UTF-8");
    CHECK(unstorable_text_reason("ab\xe2\x82") == "the byte 0xE2 at byte 3 is not UTF-8");
    CHECK(unstorable_text_reason("x\xed\xa0\x80") == "the lone UTF-16 surrogate U+D800 at byte 2 is not a character");
    CHECK(unstorable_text_reason("bell\a") == "the control character U+0007 at byte 5 cannot be stored");
    CHECK(unstorable_text_reason(std::string("nul\0x", 5)) == "the control character U+0000 at byte 4 cannot be stored");
    CHECK(unstorable_text_reason("\x1b[31m") == "the control character U+001B at byte 1 cannot be stored");
    CHECK(unstorable_text_reason("a\xef\xbf\xbe") == "the non-character U+FFFE at byte 2 cannot be stored");
    CHECK(unstorable_text_reason("\xef\xbf\xbf") == "the non-character U+FFFF at byte 1 cannot be stored");
}

TEST_CASE("character count counts code points", "[util]") {
    CHECK(utf8_character_count("") == 0);
    CHECK(utf8_character_count("abc") == 3);
    CHECK(utf8_character_count(u8"Zoë😀") == 4);
}
