#include "io/locale_catalogs.h"

#include "i18n/tr.h"
#include "util/error.h"

#include "test_kits.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

using namespace ikit;

namespace {
// Points the catalog search at the tests' own catalogs (tests/data/i18n) for one test, then back.
struct TestCatalogs {
    explicit TestCatalogs(std::vector<std::string> dirs = {IKIT_TEST_LOCALE_DIR}) { set_locale_dirs(std::move(dirs)); }
    ~TestCatalogs() {
        set_locale_dirs({});
        take_catalog_errors();
    }
};
bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}
}  // namespace

TEST_CASE("load_translator finds a shipped catalog by language, region first", "[i18n]") {
    TestCatalogs catalogs;
    CHECK(load_translator("fr").language() == "fr");
    CHECK(load_translator("fr").tr("Scorecard") == "Grille d'évaluation");
    CHECK(load_translator("fr_FR.UTF-8").language() == "fr");  // the region-less catalog
    CHECK(load_translator("fr_FR.UTF-8").tr("Scorecard") == "Grille d'évaluation");
    CHECK(load_translator("de_AT.UTF-8@euro").tr("Scorecard") == "Bewertungsbogen (Österreich)");
    CHECK(load_translator("pl").trn("{1} question", "{1} questions", 5) == "{1} pytań");
}

TEST_CASE("English, an unknown language and odd names give the English translator", "[i18n]") {
    TestCatalogs catalogs;
    for (const char* language : {"", "en", "en_GB.UTF-8", "C", "POSIX", "zz", "../fr", "fr/../fr", ".."}) {
        INFO(language);
        Translator t = load_translator(language);
        CHECK(t.language() == "en");
        CHECK(t.tr("Scorecard") == "Scorecard");
    }
}

TEST_CASE("translator_for takes the first preferred language that has a catalog; English stops the search",
          "[i18n]") {
    TestCatalogs catalogs;
    CHECK(translator_for({"zz", "it_IT", "pl_PL", "fr"}).language() == "pl");
    CHECK(translator_for({"en_US", "fr"}).language() == "en");
    CHECK(translator_for({}).language() == "en");
}

TEST_CASE("available_languages lists English and every catalog, the pseudo-language only when asked", "[i18n]") {
    {
        TestCatalogs catalogs;
        std::vector<std::string> languages = available_languages();
        REQUIRE(!languages.empty());
        CHECK(languages.front() == "en");
        CHECK(contains(languages, "fr"));
        CHECK(contains(languages, "pl"));
        CHECK(contains(languages, "de_AT"));
        CHECK(std::is_sorted(languages.begin() + 1, languages.end()));
    }
    // The build tree's own catalogs: German, French, Spanish and (when built) the pseudo-language.
    std::vector<std::string> shipped = available_languages();
    CHECK(contains(shipped, "de"));
    CHECK(contains(shipped, "fr"));
    CHECK(contains(shipped, "es"));
    CHECK_FALSE(contains(shipped, "qps"));
    std::error_code ec;
    if (std::filesystem::exists(std::string(IKIT_BUILD_LOCALE_DIR) + "/qps/LC_MESSAGES/ikit.mo", ec)) {
        CHECK(contains(available_languages(true), "qps"));
        Translator pseudo = load_translator("qps");
        CHECK(pseudo.language() == "qps");
        // The pseudo-language has every marked string: this file's own message is one.
        CHECK(pseudo.tr("not a usable message catalog (.mo): {1}").find("{1}") != std::string::npos);
        CHECK(pseudo.tr("not a usable message catalog (.mo): {1}").front() == '[');
    }
}

TEST_CASE("the build tree's German catalog translates the catalog reader's own messages", "[i18n]") {
    Translator german = load_translator("de_DE.UTF-8");
    CHECK(german.language() == "de");
    CHECK(german.has("not a usable message catalog (.mo): {1}"));
    CHECK(german.tr("not a usable message catalog (.mo): {1}") != "not a usable message catalog (.mo): {1}");
}

TEST_CASE("a broken shipped catalog gives English and one error to report", "[i18n][hostile]") {
    const std::string dir = test::fresh_dir("broken_locale");
    std::filesystem::create_directories(dir + "/fr/LC_MESSAGES");
    std::ofstream(dir + "/fr/LC_MESSAGES/ikit.mo") << "not a catalog at all, but long enough";
    std::filesystem::create_directories(dir + "/it/LC_MESSAGES");
    std::ofstream(dir + "/it/LC_MESSAGES/ikit.mo") << "broken too, and long enough to be read";
    TestCatalogs catalogs({dir});
    take_catalog_errors();
    CHECK(load_translator("it").language() == "en");
    CHECK(load_translator("it").language() == "en");  // cached: the file is read and reported once
    std::vector<std::string> errors = take_catalog_errors();
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0], Catch::Contains("it/LC_MESSAGES/ikit.mo: not a usable message catalog (.mo)"));
    CHECK(take_catalog_errors().empty());
    // A broken catalog in a folder searched first: the next folder's catalog is used.
    set_locale_dirs({dir, IKIT_TEST_LOCALE_DIR});
    CHECK(load_translator("fr").tr("Scorecard") == "Grille d'évaluation");
    CHECK(take_catalog_errors().size() == 1);
}

TEST_CASE("catalogs load once and are shared by several threads", "[i18n]") {
    TestCatalogs catalogs;
    std::vector<std::thread> threads;
    std::vector<std::string> results(8);
    for (std::size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&results, i] {
            const char* language = i % 2 == 0 ? "fr_FR" : "pl";
            for (int k = 0; k < 50; ++k) results[i] = load_translator(language).tr("Scorecard");
        });
    for (auto& t : threads) t.join();
    for (std::size_t i = 0; i < results.size(); ++i)
        CHECK(results[i] == (i % 2 == 0 ? "Grille d'évaluation" : "Karta oceny"));
}

TEST_CASE("the folders given first are searched first, then the standard ones", "[i18n]") {
    TestCatalogs catalogs({"/nowhere/first"});
    std::vector<std::string> dirs = locale_dirs();
    REQUIRE(dirs.size() >= 2);
    CHECK(dirs.front() == "/nowhere/first");
    CHECK(dirs.back() == IKIT_BUILD_LOCALE_DIR);
}
