// Layout survives translation (issue 20, item 4): every printed form under the pseudo-translation has no label cut
// and no English label left; a long German-like translation proves the layout check catches a cut label.
#include "export/debrief_pdf.h"
#include "export/pdf_bundle.h"
#include "io/locale_catalogs.h"
#include "pdf_test_tools.h"
#include "print/interview_print.h"
#include "scoring/candidate_comparison.h"
#include "scoring_examples.h"
#include "serialize/kit_file.h"

#include <catch2/catch.hpp>

#include <regex>
#include <set>

using namespace ikit;
using namespace ikit::test;

namespace {

// The words of `text` made only of ASCII letters, three or more long.
std::set<std::string> ascii_words(const std::string& text) {
    std::set<std::string> out;
    std::string word;
    bool plain = true;
    const auto flush = [&] {
        if (plain && word.size() >= 3) out.insert(word);
        word.clear();
        plain = true;
    };
    for (unsigned char c : text) {
        if (std::isalpha(c)) word += static_cast<char>(c);
        else if (c >= 0x80) { word += static_cast<char>(c); plain = false; }  // a letter beyond ASCII: pseudo text
        else flush();
    }
    flush();
    return out;
}

// The words of a kit's own text (titles, questions, names, anchors…): its XML without element and attribute names.
std::set<std::string> kit_words(const Kit& kit) {
    const std::string xml = std::regex_replace(write_kit(kit), std::regex("</?[A-Za-z-]+|[A-Za-z-]+=\""), " ");
    return ascii_words(xml);
}

// The English words of `text` that are neither kit content nor in `allowed`.
std::vector<std::string> untranslated(const std::string& text, const std::set<std::string>& content) {
    std::vector<std::string> out;
    for (const auto& w : ascii_words(text))
        if (!content.count(w)) out.push_back(w);
    return out;
}

Translator pseudo() {
    const Translator qps = load_translator("qps");
    INFO("the pseudo-translation catalog qps is not built (configure with -DIKIT_PSEUDO_LOCALE=ON, see "
         "docs/translation.md)");
    REQUIRE(qps.language() == "qps");
    REQUIRE(qps.has("INTERVIEW SCORECARD"));
    return qps;
}

// A translation of the printed labels in fixed cells, each half as long again (like German, and more).
Translator long_labels() {
    auto catalog = std::make_shared<MessageCatalog>();
    for (const char* label : {"CANDIDATE", "INTERVIEWER", "DATE", "SIGNATURE", "RATING", "COMPETENCY", "QUESTION",
                              "MIN", "CLOCK", "RUNNING TOTAL", "INTERVIEW", "INTERVIEWERS", "LENGTH", "PLANNED", "LEFT",
                              "RATED BY", "Strong no", "No", "Yes", "Strong yes", "Unsatisfactory", "Weak",
                              "Meets the bar", "Strong", "Exceptional", "MEDIAN", "RANGE", "FLAGS", "RANK",
                              "COMPOSITE", "SPLITS", "RECOMMENDATIONS"}) {
        const std::string l(label);
        catalog->add(l, {l + l.substr(0, (l.size() + 1) / 2)});
    }
    return Translator("xx", catalog);
}

std::string joined_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

}  // namespace

TEST_CASE("every printed form under the pseudo-translation: no label cut, none left in English",
          "[export][i18n][layout][catalogs]") {
    const Translator qps = pseudo();
    Kit kit = loop_kit();
    std::set<std::string> content = kit_words(kit);
    for (const char* name : {"Zoe", "Brandt", "Kim", "Lee"}) content.insert(name);

    PdfOptions options;
    options.labels = qps;
    options.candidate = "Zoe Brandt";
    options.date = "2026-12-02";
    options.interviewers = {"Kim Lee"};
    for (const PdfKind kind : {PdfKind::Scorecard, PdfKind::Guide}) {
        options.kind = kind;
        Kit whole = sample_kit();  // the guide without a plan: timing plan, rubrics
        const PdfResult plain = render_pdf(whole, options);
        std::set<std::string> plain_content = kit_words(whole);
        plain_content.insert(content.begin(), content.end());
        INFO(joined_lines(plain.layout_problems));
        CHECK(plain.layout_problems.empty());
        const auto words = untranslated(pdf_text(save_pdf(plain.bytes, "qps-kit.pdf")), plain_content);
        INFO(joined_lines(words));
        CHECK(words.empty());
    }
    options.kind = PdfKind::Guide;  // the loop guide: agenda of interviews, coverage matrix, each interview
    const PdfResult loop = render_pdf(kit, options);
    CHECK(loop.layout_problems.empty());
    CHECK(untranslated(pdf_text(save_pdf(loop.bytes, "qps-loop.pdf")), content).empty());

    PdfOptions one = interview_print_options(kit, 0, PdfKind::Scorecard, {});
    one.labels = qps;
    const PdfResult interview = render_interview_pdf(kit, 0, one);
    CHECK(interview.layout_problems.empty());

    CandidateAgenda agenda = candidate_agenda(kit, "Zoe Brandt", "2026-12-02");
    agenda.labels = qps;
    const PdfResult agenda_pdf = render_agenda_pdf(agenda, Paper::A4, "");
    CHECK(agenda_pdf.layout_problems.empty());
    CHECK(untranslated(pdf_text(save_pdf(agenda_pdf.bytes, "qps-agenda.pdf")), content).empty());

    const Kit scored = scoring_example_kit();
    std::set<std::string> score_content = kit_words(scored);
    const ScoreSheet sheet = scoring_example_sheet(1);
    std::string sheet_text = sheet.candidate + " " + sheet.reference;
    for (const auto& card : sheet.scorecards) {
        sheet_text += " " + card.interviewer + " " + card.recommendation + " " + card.notes;
        for (const auto& c : card.competencies) sheet_text += " " + c.evidence;
    }
    for (const auto& w : ascii_words(sheet_text)) score_content.insert(w);
    score_content.insert({"docs", "scoring"});  // the file named in the debrief's subtitle
    ScorePdfOptions score_options;
    score_options.labels = qps;
    const ScorePdf debrief =
        render_debrief_pdf({scored, sheet, combine(scored, sheet), compare_kit_identity(sheet.kit, scored)}, score_options);
    INFO(joined_lines(debrief.layout_problems));
    CHECK(debrief.layout_problems.empty());
    const Comparison comparison = compare_candidates(scored, {sheet, scoring_example_sheet(3)});
    const ScorePdf compared = render_comparison_pdf(scored, comparison, score_options);
    CHECK(compared.layout_problems.empty());
}

TEST_CASE("the layout check catches a label cut in its cell", "[export][i18n][layout]") {
    const Kit kit = loop_kit();
    PdfOptions options;
    options.labels = long_labels();
    options.kind = PdfKind::Guide;

    SECTION("labels half as long again fit when they may shrink or wrap") {
        const PdfResult fitted = render_pdf(kit, options);
        INFO(joined_lines(fitted.layout_problems));
        CHECK(fitted.layout_problems.empty());
    }
    SECTION("without fitting, the long labels are reported, named and measured") {
        options.fit_labels = false;
        const PdfResult cut = render_pdf(kit, options);
        REQUIRE_FALSE(cut.layout_problems.empty());
        CHECK_THAT(joined_lines(cut.layout_problems), Catch::Contains("RUNNING TOTALRUNNING"));
        CHECK_THAT(cut.layout_problems.front(), Catch::Matches("layout: the label \".+\" needs [0-9]+ pt in a cell of [0-9]+ pt and is cut"));
    }
    SECTION("English labels fit their cells as they are") {
        options.labels = Translator();
        options.fit_labels = false;
        CHECK(render_pdf(kit, options).layout_problems.empty());
        options.kind = PdfKind::Scorecard;
        CHECK(render_pdf(sample_kit(), options).layout_problems.empty());
    }
    SECTION("the score forms report a cut header") {
        const Kit scored = scoring_example_kit();
        const ScoreSheet sheet = scoring_example_sheet(1);
        ScorePdfOptions score_options;
        score_options.labels = long_labels();
        score_options.fit_labels = false;
        const Comparison comparison = compare_candidates(scored, {sheet, scoring_example_sheet(3)});
        CHECK_FALSE(render_comparison_pdf(scored, comparison, score_options).layout_problems.empty());
        score_options.fit_labels = true;
        const ScorePdf fitted = render_comparison_pdf(scored, comparison, score_options);
        INFO(joined_lines(fitted.layout_problems));
        CHECK(fitted.layout_problems.empty());
    }
}
