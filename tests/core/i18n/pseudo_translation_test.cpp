#include "i18n/pseudo_translation.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ikit;

namespace {
std::size_t characters(const std::string& text) {
    std::size_t count = 0;
    for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}
void check_longer(const std::string& msgid) {
    const std::string pseudo = pseudo_translate(msgid);
    INFO(msgid << " -> " << pseudo);
    CHECK(characters(pseudo) * 10 >= characters(msgid) * 14);
}
}  // namespace

TEST_CASE("pseudo-translation accents letters, wraps in brackets and pads to 1.4 times", "[i18n]") {
    CHECK(pseudo_translate("Scorecard") == "[Šçöŕéçåŕð··]");
    CHECK(pseudo_translate("") == "");
    for (const char* msgid : {"OK", "a", "Scorecard", "Export the kit as PDF…", "{1} question",
                              "A much longer sentence that a dialog shows to the user when something goes wrong."})
        check_longer(msgid);
    CHECK(looks_pseudo_translated(pseudo_translate("Scorecard")));
    CHECK_FALSE(looks_pseudo_translated("Scorecard"));
    CHECK_FALSE(looks_pseudo_translated("[1] see note"));
}

TEST_CASE("pseudo-translation keeps places, directives, mnemonics and accelerators", "[i18n]") {
    CHECK(pseudo_translate("{1} has {2} questions") == "[{1} ĥåš {2} ǫûéšţîöñš·······]");
    CHECK(pseudo_translate("Saved %s (%d%%)") == "[Šåṽéð %s (%d%%)····]");
    CHECK(pseudo_translate("%1$s of %2$lu") == "[%1$s öƒ %2$lu····]");
    CHECK(pseudo_translate("&Open…\tCtrl+O") == "[&Oþéñ…····]\tCtrl+O");
    CHECK(pseudo_translate("Save &As…\tCtrl+Shift+S") == "[Šåṽé &Aš…·······]\tCtrl+Shift+S");
    CHECK(pseudo_translate("Rock && roll") == "[Ŕöçķ && ŕöļļ···]");
}

TEST_CASE("pseudo-translation keeps line breaks, element names, file patterns and options", "[i18n]") {
    CHECK(pseudo_translate("\nLine one\nline two\n") == "\n[Ļîñé öñé\nļîñé ţŵö······]\n");
    CHECK(pseudo_translate("a <pool id=\"x\"> needs <variant>") ==
          "[å <pool id=\"x\"> ñééðš <variant>···········]");
    CHECK(pseudo_translate("Kits (*.ikit)|*.ikit") == "[Ķîţš (*.ikit)|*.ikit······]");
    CHECK(pseudo_translate("save as .pdf") == "[šåṽé åš .pdf···]");
    CHECK(pseudo_translate("use --data-dir here") == "[ûšé --data-dir ĥéŕé······]");
    CHECK(pseudo_translate("3 < 4") == "[3 < 4·]");
}
