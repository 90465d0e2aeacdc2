// File names made from typed names: safe on every desktop system, bounded, unique within one export.
#include "util/file_name.h"
#include "util/text.h"

#include <catch2/catch.hpp>

using namespace ikit;

TEST_CASE("safe_file_stem keeps letters of every script and turns what file systems refuse into dashes", "[file-name]") {
    CHECK(safe_file_stem("Zoë Łukasiewicz", "x") == "Zoë Łukasiewicz");
    CHECK(safe_file_stem("Ελένη Παπαδοπούλου", "x") == "Ελένη Παπαδοπούλου");
    CHECK(safe_file_stem("Support Director \u2014 Panel", "x") == "Support Director-Panel");
    CHECK(safe_file_stem("a/b", "x") == "a-b");
    CHECK(safe_file_stem("a b*?", "x") == "a b");
    CHECK(safe_file_stem("what: \"why\" <now> | later\\", "x") == "what-why-now-later");
    CHECK(safe_file_stem("tab\there", "x") == "tab here");
    CHECK(safe_file_stem("line\nbreak", "x") == "line-break");
}

TEST_CASE("safe_file_stem falls back when nothing usable is left", "[file-name]") {
    CHECK(safe_file_stem("", "interviewer") == "interviewer");
    CHECK(safe_file_stem(".", "interviewer") == "interviewer");
    CHECK(safe_file_stem("..", "interviewer") == "interviewer");
    CHECK(safe_file_stem(" - . ", "interviewer") == "interviewer");
    CHECK(safe_file_stem("/*?", "interviewer") == "interviewer");
}

TEST_CASE("safe_file_stem avoids names Windows reserves and trailing dots or spaces", "[file-name]") {
    CHECK(safe_file_stem("CON", "x") == "CON_");
    CHECK(safe_file_stem("nul", "x") == "nul_");
    CHECK(safe_file_stem("com1", "x") == "com1_");
    CHECK(safe_file_stem("LPT9.txt", "x") == "LPT9.txt_");
    CHECK(safe_file_stem("console", "x") == "console");
    CHECK(safe_file_stem("CON .txt", "x") == "CON .txt_");
    CHECK(safe_file_stem("aux.tar.gz", "x") == "aux.tar.gz_");
    CHECK(safe_file_stem("C:\\Users\\x", "x") == "C-Users-x");
    CHECK(safe_file_stem("com10", "x") == "com10");
    CHECK(safe_file_stem("Ana.  ", "x") == "Ana");
    CHECK(safe_file_stem("...hidden", "x") == "hidden");
}

TEST_CASE("safe_file_stem drops invisible characters and replaces invalid UTF-8", "[file-name]") {
    CHECK(safe_file_stem("Ana\u200B\u202Emaria", "x") == "Anamaria");
    CHECK(safe_file_stem(std::string("A\xff" "B"), "x") == "A-B");
    CHECK(find_invalid_utf8(safe_file_stem(std::string("\xe2\x82"), "x")) == std::string::npos);
}

TEST_CASE("safe_file_stem limits the length without splitting a character", "[file-name]") {
    std::string long_name;
    for (int i = 0; i < 500; ++i) long_name += "é";
    const std::string stem = safe_file_stem(long_name, "x");
    CHECK(stem.size() <= kMaxFileStemBytes);
    CHECK(stem.size() >= kMaxFileStemBytes - 1);
    CHECK(find_invalid_utf8(stem) == std::string::npos);
    CHECK(safe_file_stem("abcdefghij", "x", 4) == "abcd");
}

TEST_CASE("unique_file_stem numbers repeats, ignoring ASCII case", "[file-name]") {
    std::set<std::string> taken;
    CHECK(unique_file_stem("Ana", taken) == "Ana");
    CHECK(unique_file_stem("Ana", taken) == "Ana-2");
    CHECK(unique_file_stem("ana", taken) == "ana-3");
    CHECK(unique_file_stem("Ana-2", taken) == "Ana-2-2");
    CHECK(unique_file_stem("Ben", taken) == "Ben");
}
