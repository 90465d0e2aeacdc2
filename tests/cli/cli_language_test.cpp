// `--language` of ikit export, debrief and compare (issue 20): the printed labels in the language asked for, else
// the kit's; a value that is not a language code is refused before any work.
#include "cli_run.h"
#include "io/locale_catalogs.h"
#include "serialize/kit_file.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace {

std::string text_of(const std::string& pdf) {
    const std::string txt = pdf + ".txt";
    REQUIRE(std::system(("pdftotext -q '" + pdf + "' '" + txt + "'").c_str()) == 0);
    std::ifstream in(txt, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("ikit export --language refuses what is not a language code, writing nothing", "[cli][export][i18n]") {
    const std::string dir = output_dir("language-refused");
    const std::string kit = dir + "/kit.ikit";
    REQUIRE(ikit_run({"new", "--role", "cs-manager", "--minutes", "45", "-o", kit}).code == 0);
    for (const char* bad : {"German", "de-DE", "../de"}) {
        const auto r = ikit_run({"export", kit, "-o", dir + "/card.pdf", "--language", bad});
        CHECK(r.code == 2);
        CHECK(r.err.find("--language must be a language code such as de, fr, es or de_DE") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(dir + "/card.pdf"));
    }
    const auto debrief = ikit_run({"debrief", "x.iscore", "--kit", kit, "-o", dir + "/d.pdf", "--language", "Deutsch"});
    CHECK(debrief.code == 2);
    CHECK(debrief.err.find("--language must be a language code") != std::string::npos);
    const auto compare = ikit_run({"compare", dir, "--kit", kit, "-o", dir + "/c.pdf", "--language", "x"});
    CHECK(compare.code == 2);
    CHECK_FALSE(std::filesystem::exists(dir + "/c.pdf"));
}

TEST_CASE("ikit export prints a German kit in German, and in French with --language fr (needs the shipped catalogs)",
          "[cli][export][i18n][catalogs]") {
    const ikit::Translator de = ikit::load_translator("de"), fr = ikit::load_translator("fr");
    INFO("the German and French catalogs (po/de.po, po/fr.po built into <build>/locale) are missing or lack the "
         "printed forms' labels");
    REQUIRE(de.has("INTERVIEW SCORECARD"));
    REQUIRE(fr.has("INTERVIEW SCORECARD"));
    const std::string dir = output_dir("language");
    const std::string kit = dir + "/kit.ikit";
    REQUIRE(ikit_run({"new", "--role", "cs-manager", "--minutes", "45", "-o", kit}).code == 0);
    ikit::Kit k = ikit::read_kit_file(kit);
    k.properties.language = "de";
    ikit::save_kit_file(k, kit);

    REQUIRE(ikit_run({"export", kit, "-o", dir + "/de.pdf", "--allow-errors"}).code == 0);
    const std::string german = text_of(dir + "/de.pdf");
    CHECK(german.find(de.tr("INTERVIEW SCORECARD")) != std::string::npos);
    CHECK(german.find(de.tr("CANDIDATE")) != std::string::npos);
    CHECK(german.find("INTERVIEW SCORECARD") == std::string::npos);

    REQUIRE(ikit_run({"export", kit, "-o", dir + "/fr.pdf", "--language", "fr", "--allow-errors"}).code == 0);
    const std::string french = text_of(dir + "/fr.pdf");
    CHECK(french.find(fr.tr("INTERVIEW SCORECARD")) != std::string::npos);
    CHECK(french.find(de.tr("INTERVIEW SCORECARD")) == std::string::npos);
}
