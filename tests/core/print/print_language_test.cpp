// Printed forms in the kit's language (issue 20): which language a print takes, labels, dates and the default
// recommendation scale translated, kit content as written, and labels that fit their cells.
#include "../export/pdf_test_tools.h"
#include "export/debrief_pdf.h"
#include "export/pdf_bundle.h"
#include "i18n/tr.h"
#include "io/locale_catalogs.h"
#include "print/interview_print.h"
#include "print/print_job.h"
#include "print/print_language.h"
#include "scoring/candidate_comparison.h"
#include "scoring/combination.h"
#include "serialize/kit_file.h"

#include <catch2/catch.hpp>

#include <regex>
#include <set>

using namespace ikit;
using namespace ikit::test;

namespace {

// A German-like translator built in the test: the labels this test looks for.
Translator german_labels() {
    auto catalog = std::make_shared<MessageCatalog>();
    catalog->add("INTERVIEW SCORECARD", {"BEWERTUNGSBOGEN"});
    catalog->add("CANDIDATE", {"BEWERBER"});
    catalog->add("INTERVIEWER", {"INTERVIEWER"});
    catalog->add("Page {1} of {2}", {"Seite {1} von {2}"});
    catalog->add("Strong yes", {"Klares Ja"});
    catalog->add("Strong no", {"Klares Nein"});
    catalog->add("{1} {2} {3}", {"{1}. {2} {3}"});
    catalog->add(std::string("month") + '\x04' + "December", {"Dezember"});
    catalog->add("{1} question", {"{1} Frage", "{1} Fragen"});
    return Translator("de", catalog);
}

std::string scorecard_text(const Kit& kit, const PdfOptions& options, const std::string& name) {
    return pdf_text(save_pdf(render_pdf(kit, options).bytes, name));
}

}  // namespace

TEST_CASE("a print takes the language asked for, else the kit's, else the user's", "[print][i18n]") {
    Kit kit = sample_kit();
    set_ui_translator(Translator());
    CHECK(print_language(kit, "") == "en");
    kit.properties.language = "de";
    CHECK(print_language(kit, "") == "de");
    CHECK(print_language(kit, "fr") == "fr");
    kit.properties.language.clear();
    set_ui_translator(Translator("es", std::make_shared<MessageCatalog>()));
    CHECK(print_language(kit, "") == "es");
    CHECK(print_translator(kit, "").language() == "es");  // the user's own translator
    set_ui_translator(Translator());
}

TEST_CASE("labels, dates and the default recommendation scale print in the form's language; kit content as written",
          "[print][i18n]") {
    Kit kit = sample_kit();
    PdfOptions options;
    options.candidate = "Zoe Brandt";
    options.date = "2026-12-02";
    const std::string english = scorecard_text(kit, options, "en.pdf");
    CHECK(english.find("INTERVIEW SCORECARD") != std::string::npos);
    CHECK(english.find("2 December 2026") != std::string::npos);
    CHECK(english.find("Strong yes") != std::string::npos);

    options.labels = german_labels();
    const std::string german = scorecard_text(kit, options, "de.pdf");
    CHECK(german.find("BEWERTUNGSBOGEN") != std::string::npos);
    CHECK(german.find("BEWERBER") != std::string::npos);
    CHECK(german.find("2. Dezember 2026") != std::string::npos);
    CHECK(german.find("Klares Ja") != std::string::npos);
    CHECK(german.find("Seite 1 von") != std::string::npos);
    CHECK(german.find("INTERVIEW SCORECARD") == std::string::npos);
    CHECK(german.find(kit.sections[0].questions[0].text.substr(0, 20)) != std::string::npos);  // kit content as written

    kit.recommendation_labels = {"Strong no", "Hire", "Strong yes"};  // a scale the user wrote: kit content
    const std::string own_scale = scorecard_text(kit, options, "de-own.pdf");
    CHECK(own_scale.find("Strong yes") != std::string::npos);
    CHECK(own_scale.find("Klares Ja") == std::string::npos);
}

TEST_CASE("a German kit exported on an English desktop prints German labels (needs the shipped catalogs)",
          "[print][i18n][catalogs]") {
    set_ui_translator(Translator());
    const Translator de = load_translator("de");
    INFO("the German catalog (po/de.po, built to <build>/locale/de/LC_MESSAGES/ikit.mo) is missing or lacks the "
         "printed forms' labels");
    REQUIRE(de.language() == "de");
    REQUIRE(de.has("INTERVIEW SCORECARD"));
    Kit kit = sample_kit();
    kit.properties.language = "de";
    PrintContext context;
    PdfOptions options = print_options_for(kit, PdfKind::Scorecard, context);
    const std::string text = scorecard_text(kit, options, "kit-de.pdf");
    CHECK(text.find(de.tr("INTERVIEW SCORECARD")) != std::string::npos);
    CHECK(text.find(de.tr("CANDIDATE")) != std::string::npos);
    CHECK(text.find("INTERVIEW SCORECARD") == std::string::npos);

    context.language = "fr";  // ikit export --language fr
    const Translator fr = load_translator("fr");
    REQUIRE(fr.has("INTERVIEW SCORECARD"));
    const std::string french = scorecard_text(kit, print_options_for(kit, PdfKind::Scorecard, context), "kit-fr.pdf");
    CHECK(french.find(fr.tr("INTERVIEW SCORECARD")) != std::string::npos);
}
