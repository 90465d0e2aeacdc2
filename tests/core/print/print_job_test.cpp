// How a kit is printed, decided once for the app and the command line.
#include "print/print_job.h"
#include "test_kits.h"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace ikit;

namespace {
// Sets LC_ALL for one test and restores it after.
struct LocaleScope {
    explicit LocaleScope(const char* value) {
        if (const char* old = std::getenv("LC_ALL")) saved = old, had = true;
        setenv("LC_ALL", value, 1);
    }
    ~LocaleScope() { had ? setenv("LC_ALL", saved.c_str(), 1) : unsetenv("LC_ALL"); }
    std::string saved;
    bool had = false;
};
}  // namespace

TEST_CASE("print options take the kit's paper, else the locale's", "[print]") {
    Kit kit = test::sample_kit();
    const PrintContext context;
    kit.properties.paper = Paper::A4;
    {
        LocaleScope us("en_US.UTF-8");
        CHECK(print_options_for(kit, PdfKind::Scorecard, context).paper == Paper::A4);
        kit.properties.paper.reset();
        CHECK(print_options_for(kit, PdfKind::Scorecard, context).paper == Paper::Letter);
    }
    LocaleScope de("de_DE.UTF-8");
    CHECK(print_options_for(kit, PdfKind::Scorecard, context).paper == Paper::A4);
    kit.properties.paper = Paper::Letter;
    CHECK(print_options_for(kit, PdfKind::Scorecard, context).paper == Paper::Letter);
}

TEST_CASE("only the guide carries the check line, and only when there are rules", "[print]") {
    const Kit kit = test::sample_kit();
    QuestionRules rules;
    PrintContext context;
    context.today = "2026-12-01";
    context.font_file = "/some/font.ttf";
    CHECK(print_options_for(kit, PdfKind::Guide, context).check_line.empty());
    context.rules = &rules;
    const PdfOptions guide = print_options_for(kit, PdfKind::Guide, context);
    CHECK_THAT(guide.check_line, Catch::Contains("2026-12-01"));
    CHECK(guide.kind == PdfKind::Guide);
    CHECK(guide.font_file == "/some/font.ttf");
    CHECK(print_options_for(kit, PdfKind::Scorecard, context).check_line.empty());
}

TEST_CASE("print file names are safe and unique within one export", "[print]") {
    std::set<std::string> taken;
    const std::string stem = print_file_stem("Support Director \u2014 Panel");
    CHECK(stem == "Support Director-Panel");
    CHECK(print_file_stem("") == "kit");
    CHECK(print_file_name(stem, PdfKind::Guide, "", taken) == "Support Director-Panel-guide.pdf");
    CHECK(print_file_name("kit", PdfKind::Scorecard, "Ana", taken) == "kit-scorecard-Ana.pdf");
    CHECK(print_file_name("kit", PdfKind::Scorecard, "Ana", taken) == "kit-scorecard-Ana-2.pdf");
    CHECK(print_file_name("kit", PdfKind::Scorecard, "a/b", taken) == "kit-scorecard-a-b.pdf");
    CHECK(print_file_name("kit", PdfKind::Scorecard, "a-b", taken) == "kit-scorecard-a-b-2.pdf");
    CHECK(print_file_name("kit", PdfKind::Scorecard, "..", taken) == "kit-scorecard-interviewer.pdf");
    CHECK(print_file_name("kit", PdfKind::Scorecard, ".", taken) == "kit-scorecard-interviewer-2.pdf");
    CHECK(print_file_name("kit", PdfKind::Scorecard, std::string(500, 'x'), taken).size() < 100);
}
