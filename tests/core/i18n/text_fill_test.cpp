#include "i18n/text_fill.h"
#include "i18n/tr.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace ikit;

TEST_CASE("fill puts each value in its numbered place, in the translation's order", "[i18n]") {
    CHECK(fill("{1} has {2} questions", {"Kit", "12"}) == "Kit has 12 questions");
    CHECK(fill("{2} Fragen hat {1}", {"Kit", "12"}) == "12 Fragen hat Kit");
    CHECK(fill("{1} and {1}", {"x"}) == "x and x");
}

TEST_CASE("fill keeps places without a value and other braces as written", "[i18n]") {
    CHECK(fill("{1} {3}", {"a"}) == "a {3}");
    CHECK(fill("{0} {x} {", {"a"}) == "{0} {x} {");
    CHECK(fill("end {1", {"a"}) == "end {1");
    CHECK(fill("", {}) == "");
}

TEST_CASE("a Translator without a catalog writes English, with English plurals", "[i18n]") {
    Translator english;
    CHECK(english.language() == "en");
    CHECK(english.tr("Scorecard") == "Scorecard");
    CHECK(english.trn("{1} question", "{1} questions", 1) == "{1} question");
    CHECK(english.trn("{1} question", "{1} questions", 0) == "{1} questions");
    CHECK(english.trc("month", "May") == "May");
    CHECK_FALSE(english.has("Scorecard"));
}

TEST_CASE("a Translator with a catalog translates what the catalog holds and nothing else", "[i18n]") {
    auto catalog = std::make_shared<MessageCatalog>();
    catalog->add("Scorecard", {"Bewertungsbogen"});
    catalog->add("{1} question", {"{1} Frage", "{1} Fragen"});
    catalog->add(std::string("month") + '\x04' + "May", {"Mai"});
    catalog->add("Empty", {""});
    Translator german("de", catalog);
    CHECK(german.language() == "de");
    CHECK(german.tr("Scorecard") == "Bewertungsbogen");
    CHECK(german.tr("Guide") == "Guide");
    CHECK(german.tr("Empty") == "Empty");
    CHECK(german.trn("{1} question", "{1} questions", 1) == "{1} Frage");
    CHECK(german.trn("{1} question", "{1} questions", 7) == "{1} Fragen");
    CHECK(german.trc("month", "May") == "Mai");
    CHECK(german.tr("May") == "May");
    CHECK(german.tr(std::string("Scorecard")) == "Bewertungsbogen");
}

TEST_CASE("tr follows the translator set for the user's language", "[i18n]") {
    auto catalog = std::make_shared<MessageCatalog>();
    catalog->add("Open", {"Ouvrir"});
    set_ui_translator(Translator("fr", catalog));
    CHECK(tr("Open") == "Ouvrir");
    CHECK(ui_translator().language() == "fr");
    set_ui_translator(Translator());
    CHECK(tr("Open") == "Open");
}
