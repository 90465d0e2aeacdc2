#include "i18n/mo_reader.h"
#include "i18n/translator.h"
#include "io/locale_catalogs.h"
#include "util/error.h"

#include "test_kits.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

using namespace ikit;

namespace {

std::string test_catalog(const std::string& lang) {
    return std::string(IKIT_TEST_LOCALE_DIR) + "/" + lang + "/LC_MESSAGES/ikit.mo";
}

void put32(std::string& bytes, std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) bytes[at + static_cast<std::size_t>(i)] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

// A little-endian .mo of (original, translation) pairs, laid out as msgfmt does: header, two tables, strings.
std::string mo_bytes(const std::vector<std::pair<std::string, std::string>>& messages) {
    const std::size_t n = messages.size();
    std::string bytes(28 + 16 * n, '\0');
    put32(bytes, 0, 0x950412de);
    put32(bytes, 8, static_cast<std::uint32_t>(n));
    put32(bytes, 12, 28);
    put32(bytes, 16, static_cast<std::uint32_t>(28 + 8 * n));
    for (int table = 0; table < 2; ++table) {
        for (std::size_t i = 0; i < n; ++i) {
            const std::string& text = table == 0 ? messages[i].first : messages[i].second;
            put32(bytes, 28 + 8 * n * static_cast<std::size_t>(table) + 8 * i, static_cast<std::uint32_t>(text.size()));
            put32(bytes, 28 + 8 * n * static_cast<std::size_t>(table) + 8 * i + 4, static_cast<std::uint32_t>(bytes.size()));
            bytes += text;
            bytes += '\0';
        }
    }
    return bytes;
}

const std::string kHeader = "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n > 1);\n";

std::string refusal(const std::string& bytes, const MoLimits& limits = MoLimits()) {
    try {
        read_mo(bytes, "hostile.mo", limits);
    } catch (const Error& e) {
        CHECK(e.file() == "hostile.mo");
        return e.what();
    }
    return "accepted";
}

}  // namespace

TEST_CASE("a .mo compiled by msgfmt gives its messages, contexts, plurals and plural rule", "[i18n]") {
    const std::string file = test_catalog("fr");
    auto catalog = std::make_shared<const MessageCatalog>(load_catalog_file(file));
    Translator french("fr", catalog);
    CHECK(french.tr("Scorecard") == "Grille d'évaluation");
    CHECK(french.trc("month", "May") == "mai");
    CHECK(french.trc("verb", "May") == "pouvoir");
    CHECK(french.tr("May") == "May");  // only with a context
    CHECK(french.tr("&Open…\tCtrl+O") == "&Ouvrir…\tCtrl+O");
    CHECK(french.tr("Not translated here") == "Not translated here");  // msgfmt leaves it out
    CHECK_FALSE(french.has("Not translated here"));
    // French's rule: 0 and 1 are singular.
    CHECK(french.trn("{1} question", "{1} questions", 0) == "{1} question");
    CHECK(french.trn("{1} question", "{1} questions", 1) == "{1} question");
    CHECK(french.trn("{1} question", "{1} questions", 2) == "{1} questions");
    const auto* forms = catalog->find("{1} question");
    REQUIRE(forms != nullptr);
    CHECK(forms->size() == 2);
    CHECK(catalog->find(std::string("month") + '\x04' + "May") != nullptr);
}

TEST_CASE("a big-endian .mo reads the same as the little-endian one", "[i18n]") {
    MessageCatalog little = load_catalog_file(test_catalog("fr"));
    MessageCatalog big = load_catalog_file(std::string(IKIT_TEST_LOCALE_DIR) + "/fr-big-endian.mo");
    CHECK(big.size() == little.size());
    REQUIRE(big.find("Scorecard") != nullptr);
    CHECK(big.find("Scorecard")->front() == "Grille d'évaluation");
    CHECK(big.plural_index(1) == 0);
    CHECK(big.plural_index(2) == 1);
}

TEST_CASE("Polish's three plural forms are all kept and chosen by the header's rule", "[i18n]") {
    auto catalog = std::make_shared<const MessageCatalog>(load_catalog_file(test_catalog("pl")));
    Translator polish("pl", catalog);
    CHECK(catalog->plural_rule().nplurals() == 3);
    CHECK(polish.trn("{1} question", "{1} questions", 1) == "{1} pytanie");
    CHECK(polish.trn("{1} question", "{1} questions", 3) == "{1} pytania");
    CHECK(polish.trn("{1} question", "{1} questions", 5) == "{1} pytań");
    CHECK(polish.trn("{1} question", "{1} questions", 12) == "{1} pytań");
    CHECK(polish.trn("{1} question", "{1} questions", 22) == "{1} pytania");
}

TEST_CASE("a catalog with a broken Plural-Forms falls back to English's rule", "[i18n]") {
    auto catalog = std::make_shared<const MessageCatalog>(load_catalog_file(test_catalog("xx")));
    CHECK(catalog->plural_rule().nplurals() == 2);
    Translator broken("xx", catalog);
    CHECK(broken.trn("{1} question", "{1} questions", 1) == "{1} q-one");
    CHECK(broken.trn("{1} question", "{1} questions", 2) == "{1} q-other");
    CHECK(broken.trn("{1} question", "{1} questions", 0) == "{1} q-other");
}

TEST_CASE("read_mo_entries gives contexts, plural msgids and all forms as written", "[i18n]") {
    std::string bytes = mo_bytes({{"", kHeader},
                                  {std::string("ctx\x04") + "Open", "Ouvrir"},
                                  {std::string("{1} kit\0{1} kits", 16), std::string("{1} kit\0{1} kits", 16)}});
    auto entries = read_mo_entries(bytes, "x.mo");
    REQUIRE(entries.size() == 3);
    CHECK(entries[1].has_context);
    CHECK(entries[1].context == "ctx");
    CHECK(entries[1].id == "Open");
    CHECK(entries[2].id == "{1} kit");
    CHECK(entries[2].id_plural == "{1} kits");
    CHECK(entries[2].forms == std::vector<std::string>{"{1} kit", "{1} kits"});
    MessageCatalog catalog = read_mo(bytes, "x.mo");
    CHECK(catalog.size() == 2);
    CHECK(catalog.plural_index(1) == 0);  // the header's French rule
    CHECK(catalog.plural_index(0) == 0);
}

TEST_CASE("hostile .mo files are refused with the file and what is wrong", "[i18n][hostile]") {
    const std::string good = mo_bytes({{"", kHeader}, {"Scorecard", "Grille"}});
    REQUIRE(refusal(good) == "accepted");

    CHECK_THAT(refusal(""), Catch::Contains("hostile.mo: not a usable message catalog (.mo): the file is too short"));
    CHECK_THAT(refusal(good.substr(0, 20)), Catch::Contains("too short"));
    CHECK_THAT(refusal("<?xml version=\"1.0\"?><kit>............</kit>"), Catch::Contains("magic number"));

    std::string revision = good;
    put32(revision, 4, 2u << 16);
    CHECK_THAT(refusal(revision), Catch::Contains("unknown format revision 2"));

    std::string huge = good;
    put32(huge, 8, 0xFFFFFFFFu);
    CHECK_THAT(refusal(huge), Catch::Contains("more than the limit of 100000"));
    std::string many = good;
    put32(many, 8, 50000);
    CHECK_THAT(refusal(many), Catch::Contains("tables of 50000 messages lie outside the file"));
    std::string table = good;
    put32(table, 16, 0xFFFFFFF0u);
    CHECK_THAT(refusal(table), Catch::Contains("lie outside the file"));

    std::string past_end = good;
    put32(past_end, 28 + 8, 0xFFFFFFFFu);  // message 2's length
    CHECK_THAT(refusal(past_end), Catch::Contains("message 2 lies outside the file"));
    std::string offset = good;
    put32(offset, 28 + 16 + 8 + 4, static_cast<std::uint32_t>(good.size()));  // translation 2's offset
    CHECK_THAT(refusal(offset), Catch::Contains("translation 2 lies outside the file"));

    std::string truncated = good.substr(0, good.size() - 1);  // the last string loses its NUL
    CHECK_THAT(refusal(truncated), Catch::Contains("lies outside the file"));
    std::string no_nul = good;
    no_nul.back() = 'x';
    CHECK_THAT(refusal(no_nul), Catch::Contains("translation 2 is not ended by a NUL byte"));

    CHECK_THAT(refusal(mo_bytes({{"", kHeader}, {"Scorecard", "Grille \xff"}})),
               Catch::Contains("translation 2 is not UTF-8 (byte 8)"));
    CHECK_THAT(refusal(mo_bytes({{"", "Content-Type: text/plain; charset=ISO-8859-1\n"}, {"a", "b"}})),
               Catch::Contains("its charset is ISO-8859-1, not UTF-8"));
    CHECK_THAT(refusal(mo_bytes({{"", kHeader}, {std::string("a\0b\0c", 5), "x"}})),
               Catch::Contains("more than one plural msgid"));

    MoLimits small;
    small.max_bytes = 64;
    CHECK_THAT(refusal(good, small), Catch::Contains("larger than the limit"));
    MoLimits few;
    few.max_messages = 1;
    CHECK_THAT(refusal(good, few), Catch::Contains("it claims 2 messages, more than the limit of 1"));
}

TEST_CASE("a .mo file that is not a file, or too large, is refused by load_catalog_file", "[i18n][hostile]") {
    const std::string dir = test::fresh_dir("mo_files");
    CHECK_THROWS_WITH(load_catalog_file(dir), Catch::Contains(dir));
    CHECK_THROWS_AS(load_catalog_file(dir + "/missing.mo"), Error);
}
