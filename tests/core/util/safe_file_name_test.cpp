#include "util/safe_file_name.h"

#include <catch2/catch.hpp>

using namespace ikit;

TEST_CASE("Safe file names keep letters of any script", "[util]") {
    CHECK(safe_file_name(u8"Zoë Łukasiewicz") == u8"Zoë Łukasiewicz");
    CHECK(safe_file_name(u8"José Núñez-Ελένη 日本") == u8"José Núñez-Ελένη 日本");
    CHECK(safe_file_name("kit.v2.ikit") == "kit.v2.ikit");
}

TEST_CASE("Safe file names replace the characters Windows forbids", "[util]") {
    CHECK(safe_file_name("a<b>c:d\"e/f\\g|h?i*j") == "a_b_c_d_e_f_g_h_i_j");
    CHECK(safe_file_name("tab\there\nnew\x7f") == "tab_here_new_");
    CHECK(safe_file_name("C:\\Users\\x") == "C__Users_x");
}

TEST_CASE("Safe file names drop trailing dots and spaces and leading spaces", "[util]") {
    CHECK(safe_file_name("Smith Jr.") == "Smith Jr");
    CHECK(safe_file_name("  Ann . . ") == "Ann");
    CHECK(safe_file_name("...") == "unnamed");
    CHECK(safe_file_name("", "interviewer") == "interviewer");
    CHECK(safe_file_name(" \t ") == "_");  // a control character is replaced, not dropped
}

TEST_CASE("Safe file names never are a Windows device name", "[util]") {
    for (const char* reserved : {"CON", "con", "Prn", "AUX", "NUL", "COM1", "com9", "LPT1", "lpt9"}) {
        INFO(reserved);
        CHECK(is_windows_device_name(reserved));
        CHECK(safe_file_name(reserved) == std::string("_") + reserved);
        CHECK(safe_file_name(std::string(reserved) + ".pdf") == std::string("_") + reserved + ".pdf");
        CHECK(safe_file_name(std::string(reserved) + ".tar.gz") == std::string("_") + reserved + ".tar.gz");
    }
    CHECK(safe_file_name("nul.") == "_nul");
    CHECK(safe_file_name("CON .txt") == "_CON .txt");
    for (const char* fine : {"COM0", "COM10", "LPT", "CONSOLE", "Connie", "AUXILIARY", "NULL"}) {
        INFO(fine);
        CHECK_FALSE(is_windows_device_name(fine));
        CHECK(safe_file_name(fine) == fine);
    }
}

TEST_CASE("Safe file names are cut without splitting a character", "[util]") {
    std::string long_name;
    for (int i = 0; i < 100; ++i) long_name += u8"ë";  // 2 bytes each
    const std::string cut = safe_file_name("x" + long_name);
    CHECK(cut.size() <= 120);
    CHECK(cut.size() == 119);  // "x" + 59 × "ë"
}
