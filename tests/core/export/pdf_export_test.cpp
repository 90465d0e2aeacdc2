// End-to-end tests of the PDF export: rendered files checked with poppler's pdftotext/pdfinfo and qpdf.

#include "export/page_painter.h"
#include "export/pdf_export.h"
#include "pdf_test_tools.h"
#include "test_kits.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace ikit;
using namespace ikit::test;

namespace {

PdfOptions options(PdfKind kind, const std::string& candidate = "", std::vector<std::string> interviewers = {}) {
    PdfOptions o;
    o.kind = kind;
    o.candidate = candidate;
    o.interviewers = std::move(interviewers);
    o.date = "2026-11-23";
    return o;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

// Every word box of the file lies inside the page minus the forms' margins.
void require_inside_margins(const std::string& path, Paper paper) {
    const PageGeometry g = page_geometry(paper);
    const auto words = pdf_words(path);
    REQUIRE(!words.empty());
    constexpr double slack = 0.5;
    std::size_t outside = 0;
    std::string first;
    for (const auto& w : words) {
        const bool inside = w.x_min >= g.margin_left - slack && w.x_max <= g.width - g.margin_right + slack &&
                            w.y_min >= g.margin_top - slack && w.y_max <= g.height - g.margin_bottom + slack;
        if (inside) continue;
        if (outside++ == 0)
            first = "page " + std::to_string(w.page) + " '" + w.word + "' at " + std::to_string(w.x_min) + "," +
                    std::to_string(w.y_min) + " to " + std::to_string(w.x_max) + "," + std::to_string(w.y_max);
    }
    INFO(words.size() << " words, first outside the margins: " << first);
    CHECK(outside == 0);
}

std::string long_text(std::size_t length) {
    const std::string sentence =
        "Walk me through the escalation from the first customer message to the final fix, naming who did what. ";
    std::string text;
    while (text.size() < length) text += sentence;
    text.resize(length);
    return text;
}

}  // namespace

TEST_CASE("a scorecard and a guide show every question, the candidate and page numbers", "[export]") {
    const Kit kit = export_sample_kit();
    for (PdfKind kind : {PdfKind::Scorecard, PdfKind::Guide}) {
        const PdfResult result = render_pdf(kit, options(kind, "Chris Morgan", {"Alex Kim"}));
        const std::string path =
            save_pdf(result.bytes, kind == PdfKind::Scorecard ? "sample_scorecard" : "sample_guide");
        REQUIRE(qpdf_check(path));
        const std::string text = pdf_text(path);
        for (const auto& section : kit.sections) {
            CHECK(contains(text, section.title));
            for (const auto& q : section.questions) CHECK(contains(text, q.text));
        }
        CHECK(contains(text, "Chris Morgan"));
        CHECK(contains(text, "Page 1 of " + std::to_string(result.pages)));
        CHECK(contains(text, "Page " + std::to_string(result.pages) + " of " + std::to_string(result.pages)));
        CHECK(pdf_info(path).pages == result.pages);
        CHECK(result.warnings.empty());
    }
}

TEST_CASE("the scorecard carries rating labels, anchors, probes and the summary", "[export]") {
    const Kit kit = export_sample_kit();
    const PdfResult result = render_pdf(kit, options(PdfKind::Scorecard));
    const std::string text = pdf_text(save_pdf(result.bytes, "scorecard_parts"));
    CHECK(contains(text, "Meets the bar"));
    CHECK(contains(text, kit.sections[0].questions[0].rubric.levels[3].anchor));
    CHECK(contains(text, kit.sections[0].questions[0].probes[1]));
    for (const auto& competency : kit.competencies) CHECK(contains(text, competency.name));
    for (const auto& label : kit.recommendation_labels) CHECK(contains(text, label));
    CHECK(contains(text, "KEY TAKE-AWAYS"));
    CHECK(contains(text, "SIGNATURE"));
}

TEST_CASE("the guide carries the timing plan, signals, red flags and full rubrics", "[export]") {
    Kit kit = export_sample_kit();
    PdfOptions o = options(PdfKind::Guide);
    o.check_line = "Kit check: passed on 2026-11-23";
    const std::string text = pdf_text(save_pdf(render_pdf(kit, o).bytes, "guide_parts"));
    CHECK(contains(text, "Kit check: passed on 2026-11-23"));
    CHECK(contains(text, "Score each answer on its own evidence"));
    CHECK(contains(text, "0:00–0:08"));    // q1: 8 minutes
    CHECK(contains(text, "0:08–0:14"));    // q2: 6 minutes
    CHECK(contains(text, "41 / 45 min"));  // running total after the last question
    CHECK(contains(text, kit.sections[0].questions[0].listen_for[0]));
    CHECK(contains(text, kit.sections[0].questions[0].red_flags[0]));
    for (const auto& level : kit.sections[1].questions[0].rubric.levels) {
        CHECK(contains(text, level.label));
        CHECK(contains(text, level.anchor));
    }
    CHECK_FALSE(contains(text, "over the"));

    kit.properties.length_minutes = 30;  // 41 planned minutes
    const std::string over = pdf_text(save_pdf(render_pdf(kit, o).bytes, "guide_over"));
    CHECK(contains(over, "The plan runs 11 minutes over the 30-minute interview"));
}

TEST_CASE("the page size follows the paper option", "[export]") {
    const Kit kit = export_sample_kit();
    PdfOptions o = options(PdfKind::Scorecard);
    o.paper = Paper::A4;
    CHECK(contains(pdf_info(save_pdf(render_pdf(kit, o).bytes, "paper_a4")).page_size, "595.28 x 841.89 pts (A4)"));
    o.paper = Paper::Letter;
    const std::string letter = save_pdf(render_pdf(kit, o).bytes, "paper_letter");
    CHECK(contains(pdf_info(letter).page_size, "612 x 792 pts (letter)"));
    require_inside_margins(letter, Paper::Letter);
}

TEST_CASE("the metadata names the kit, its author, the document and the program", "[export]") {
    const Kit kit = export_sample_kit();
    const PdfInfo scorecard = pdf_info(save_pdf(render_pdf(kit, options(PdfKind::Scorecard)).bytes, "meta_scorecard"));
    CHECK(scorecard.title == kit.properties.title);
    CHECK(scorecard.author == "Maria Lind");
    CHECK(scorecard.subject == "Interview scorecard");
    CHECK(scorecard.creator == "Interview Kit Builder 1.0.0");
    const PdfInfo guide = pdf_info(save_pdf(render_pdf(kit, options(PdfKind::Guide)).bytes, "meta_guide"));
    CHECK(guide.subject == "Interviewer guide");
}

TEST_CASE("names in any European script are printed as written", "[export]") {
    const Kit kit = export_sample_kit();
    const std::vector<std::string> names{"Zoë Łukasiewicz", "José Núñez", "Ørjan Æsir", "Ελένη Παπαδοπούλου",
                                         "Дмитрий Иванов"};
    const PdfResult result =
        render_pdf(kit, options(PdfKind::Scorecard, names[0], {names[1], names[2], names[3], names[4]}));
    CHECK(result.warnings.empty());
    CHECK(result.embedded_font);
    const std::string path = save_pdf(result.bytes, "unicode_names");
    REQUIRE(qpdf_check(path));
    const std::string text = pdf_text(path);
    for (const auto& name : names) CHECK(contains(text, name));
}

TEST_CASE("one scorecard per interviewer", "[export]") {
    const Kit kit = export_sample_kit();
    const PdfResult one = render_pdf(kit, options(PdfKind::Scorecard, "Chris Morgan"));
    const PdfResult three =
        render_pdf(kit, options(PdfKind::Scorecard, "Chris Morgan", {"Alex Kim", "Priya Shah", "Tom Berg"}));
    CHECK(three.pages == 3 * one.pages);
    const std::string path = save_pdf(three.bytes, "three_interviewers");
    CHECK(pdf_info(path).pages == three.pages);
    const std::string text = pdf_text(path);
    for (const char* name : {"Alex Kim", "Priya Shah", "Tom Berg"})
        CHECK(contains(text, std::string("Interviewer: ") + name));
    // Each scorecard is numbered on its own.
    CHECK(contains(text, "Page " + std::to_string(one.pages) + " of " + std::to_string(one.pages)));
    CHECK_FALSE(contains(text, "of " + std::to_string(three.pages)));
}

TEST_CASE("a character no font has is replaced visibly and reported once", "[export]") {
    Kit kit = export_sample_kit();
    kit.sections[0].questions[0].text += " \xF0\x9F\x98\x80";   // U+1F600
    kit.sections[0].questions[1].text += " \xF0\x9F\x98\x80!";  // the same character again
    kit.sections[1].questions[0].text += " Ελένη";              // forces the TrueType font
    const PdfResult result = render_pdf(kit, options(PdfKind::Scorecard));
    REQUIRE(result.warnings.size() == 1);
    CHECK(contains(result.warnings[0], "U+1F600"));
    CHECK(contains(result.warnings[0], "DejaVu Sans"));
    CHECK(contains(result.warnings[0], "U+FFFD"));
    const std::string text = pdf_text(save_pdf(result.bytes, "emoji"));
    CHECK(contains(text, "\xEF\xBF\xBD"));  // the replacement character is drawn
    CHECK_FALSE(contains(text, "\xF0\x9F\x98\x80"));
}

TEST_CASE("an undrawable character in a Latin kit keeps the small base fonts", "[export]") {
    Kit kit = export_sample_kit();
    kit.sections[0].questions[0].text += " \xF0\x9F\x98\x80";
    const PdfResult result = render_pdf(kit, options(PdfKind::Guide));
    CHECK_FALSE(result.embedded_font);
    REQUIRE(result.warnings.size() == 1);
    CHECK(contains(result.warnings[0], "U+1F600"));
    CHECK(contains(result.warnings[0], "printed as \"?\""));
}

TEST_CASE("Latin-1 kits embed no font and stay small; other scripts embed a subset", "[export]") {
    const PdfResult latin = render_pdf(synthetic_kit(30), options(PdfKind::Scorecard, "Chris Morgan"));
    CHECK_FALSE(latin.embedded_font);
    CHECK(latin.bytes.size() < 40u * 1024u);
    const PdfResult greek = render_pdf(synthetic_kit(30, true), options(PdfKind::Scorecard, "Ελένη Παπαδοπούλου"));
    CHECK(greek.embedded_font);
    CHECK(greek.bytes.size() < 120u * 1024u);
    const std::string path = save_pdf(greek.bytes, "greek_30");
    REQUIRE(qpdf_check(path));
    CHECK(contains(run_command("pdffonts " + shell_quote(path)).output, "DejaVuSans"));
    CHECK(contains(pdf_text(path), "Πώς αποφασίζετε πότε ένα επαναλαμβανόμενο παράπονο"));
    const PdfResult guide = render_pdf(synthetic_kit(30, true), options(PdfKind::Guide));
    CHECK(guide.bytes.size() < 120u * 1024u);
}

TEST_CASE("a 5,000-character question and a long unbroken word stay inside the margins", "[export]") {
    Kit kit = export_sample_kit();
    kit.sections[0].questions[0].text = long_text(5000);
    kit.sections[0].questions[1].text = "Unbroken " + std::string(400, 'W') + " end.";
    kit.sections[1].questions[0].probes.push_back(std::string(300, 'm'));
    kit.properties.title = "A kit title long enough to need a second line on the page, " + std::string(120, 'T');
    for (PdfKind kind : {PdfKind::Scorecard, PdfKind::Guide}) {
        const PdfResult result = render_pdf(kit, options(kind, "Chris Morgan"));
        const std::string path = save_pdf(result.bytes, kind == PdfKind::Scorecard ? "long_scorecard" : "long_guide");
        REQUIRE(qpdf_check(path));
        require_inside_margins(path, Paper::A4);
        const std::string text = pdf_text(path);
        CHECK(contains(text, "naming who did what."));
        CHECK(contains(text, "Question 1 (continued)"));
    }
}

TEST_CASE("a 200-question kit renders with every glyph inside the margins", "[export]") {
    const Kit kit = synthetic_kit(200);
    for (PdfKind kind : {PdfKind::Scorecard, PdfKind::Guide}) {
        const PdfResult result = render_pdf(kit, options(kind, "Chris Morgan"));
        const std::string path = save_pdf(result.bytes, kind == PdfKind::Scorecard ? "q200_scorecard" : "q200_guide");
        REQUIRE(qpdf_check(path));
        CHECK(pdf_info(path).pages == result.pages);
        require_inside_margins(path, Paper::A4);
        const std::string text = pdf_text(path);
        for (int n : {1, 57, 123, 200}) CHECK(contains(text, "Q" + std::to_string(n) + " "));
    }
}

TEST_CASE("failures throw and leave no file behind", "[export]") {
    const std::string dir = fresh_dir("pdf_export_failures");
    Kit kit = export_sample_kit();
    kit.sections[0].questions[0].text = "Ελένη";

    PdfOptions bad_font = options(PdfKind::Scorecard);
    bad_font.font_file = dir + "/no-such-font.ttf";
    const std::string target = dir + "/scorecard.pdf";
    CHECK_THROWS_AS(export_pdf(kit, bad_font, target), Error);
    CHECK_THROWS_WITH(render_pdf(kit, bad_font), Catch::Contains("no-such-font.ttf"));

    PdfOptions not_a_font = options(PdfKind::Scorecard);
    not_a_font.font_file = dir + "/fake.ttf";
    { std::ofstream(not_a_font.font_file) << "this is not a font"; }
    CHECK_THROWS_WITH(export_pdf(kit, not_a_font, target), Catch::Contains("not a usable TrueType font"));

    const std::string missing_folder = dir + "/missing/scorecard.pdf";
    CHECK_THROWS_AS(export_pdf(kit, options(PdfKind::Scorecard), missing_folder), Error);

    CHECK_FALSE(std::filesystem::exists(target));
    CHECK_FALSE(std::filesystem::exists(dir + "/missing"));
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) files += entry.path().filename() != "fake.ttf";
    CHECK(files == 0);
}

TEST_CASE("export_pdf writes the rendered bytes", "[export]") {
    const std::string dir = fresh_dir("pdf_export_write");
    const Kit kit = export_sample_kit();
    const PdfResult result = export_pdf(kit, options(PdfKind::Guide), dir + "/guide.pdf");
    CHECK(slurp(dir + "/guide.pdf") == result.bytes);
    CHECK(result.bytes.rfind("%PDF-", 0) == 0);
}

TEST_CASE("every section gets a bookmark, grouped per interviewer", "[export]") {
    const Kit kit = export_sample_kit();
    const auto outlines = [](const std::string& path) {
        return run_command("qpdf --json --json-key=outlines " + shell_quote(path)).output;
    };
    const std::string guide = outlines(save_pdf(render_pdf(kit, options(PdfKind::Guide)).bytes, "outline_guide"));
    for (const auto& section : kit.sections) CHECK(contains(guide, "\"title\": \"" + section.title + "\""));
    CHECK(contains(guide, "\"title\": \"Timing plan\""));
    const std::string two = outlines(
        save_pdf(render_pdf(kit, options(PdfKind::Scorecard, "", {"Alex Kim", "Priya Shah"})).bytes, "outline_two"));
    CHECK(contains(two, "\"title\": \"Scorecard – Alex Kim\""));
    CHECK(contains(two, "\"title\": \"Scorecard – Priya Shah\""));
    CHECK(contains(two, "\"title\": \"Summary\""));
}

TEST_CASE("a given font file is used, and bold is imitated when it has no bold face", "[export]") {
    const std::string dir = fresh_dir("pdf_export_font_file");
    const std::string serif = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
    REQUIRE(std::filesystem::exists(serif));
    const std::string lonely = dir + "/OnlyRegular.ttf";
    std::filesystem::copy_file(serif, lonely);
    Kit kit = export_sample_kit();
    kit.sections[0].title = "Ελληνικά";
    PdfOptions o = options(PdfKind::Scorecard);
    o.font_file = lonely;
    const PdfResult result = render_pdf(kit, o);
    CHECK(result.embedded_font);
    INFO((result.warnings.empty() ? std::string() : result.warnings.front()));
    CHECK(result.warnings.empty());
    const std::string path = save_pdf(result.bytes, "font_file");
    REQUIRE(qpdf_check(path));
    const std::string fonts = run_command("pdffonts " + shell_quote(path)).output;
    CHECK(contains(fonts, "DejaVuSerif"));
    CHECK_FALSE(contains(fonts, "Bold"));
    CHECK(contains(pdf_text(path), "Ελληνικά"));
}

TEST_CASE("a kit without sections or questions still prints a usable form", "[export]") {
    const Kit empty;
    for (PdfKind kind : {PdfKind::Scorecard, PdfKind::Guide}) {
        const PdfResult result = render_pdf(empty, options(kind));
        CHECK(result.pages == 1);
        const std::string path = save_pdf(result.bytes, kind == PdfKind::Scorecard ? "empty_scorecard" : "empty_guide");
        REQUIRE(qpdf_check(path));
        CHECK(contains(pdf_text(path), "Page 1 of 1"));
    }
}
