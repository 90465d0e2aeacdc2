// Issue 16 on paper: unscored questions get notes but no rating and no summary row, the scorecard shows
// each question's listen-for signals above its notes, the guide prints the calibration examples and says
// "not scored", and the timing plan shows the close's reserved minutes.

#include "export/pdf_export.h"
#include "pdf_test_tools.h"
#include "test_kits.h"

#include <catch2/catch.hpp>

using namespace ikit;
using namespace ikit::test;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

std::size_t count_of(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
    return n;
}

// The export sample with an unscored opener naming a competency of its own, a close with 10 reserved minutes,
// and calibration examples on the first question's rubric.
Kit shaped_export_kit() {
    Kit kit = export_sample_kit();
    KitQuestion hello = test_question("q0", "Walk me through how you came to lead a support team.", "motivation", 3);
    hello.type = QuestionType::Background;
    hello.scored = false;
    hello.listen_for = {"A reason of their own for the work"};
    hello.rubric = test_rubric("motivation", "Motivation", {"m1", "m2", "m3", "m4", "m5"});  // ignored: not scored
    KitSection opener;
    opener.id = "s0";
    opener.title = "Opening";
    opener.kind = SectionKind::Opener;
    opener.questions.push_back(hello);
    kit.sections.insert(kit.sections.begin(), opener);
    KitSection close;
    close.id = "s9";
    close.title = "Close";
    close.kind = SectionKind::Close;
    close.candidate_minutes = 10;
    kit.sections.push_back(close);
    kit.properties.length_minutes = 60;
    Rubric& rubric = kit.sections[1].questions[0].rubric;
    rubric.examples = {{1, "I mostly kept an eye on the queue and hoped it went down."},
                       {3, "I broke the score down by queue and moved two people to the one that fell."},
                       {5, "I checked the cause against the dates first, then fixed it and watched it recover."}};
    return kit;
}

PdfOptions options(PdfKind kind) {
    PdfOptions o;
    o.kind = kind;
    o.date = "2026-11-23";
    return o;
}

}  // namespace

TEST_CASE("the scorecard rates scored questions only and prints listen-for signals above the notes", "[export]") {
    const Kit kit = shaped_export_kit();
    const std::string path = save_pdf(render_pdf(kit, options(PdfKind::Scorecard)).bytes, "shaped_scorecard");
    REQUIRE(qpdf_check(path));
    const std::string text = pdf_text(path);
    const std::size_t scored = kit.question_count() - 1;
    CHECK(count_of(text, "RATING") == scored);
    CHECK(count_of(text, "NOTES") == kit.question_count());
    CHECK(contains(text, "Not scored"));
    CHECK_FALSE(contains(text, "m3"));  // the unscored question's rubric is not printed
    // The opener's own competency gets no summary row.
    const auto summary = text.find("COMPETENCY");
    REQUIRE(summary != std::string::npos);
    CHECK_FALSE(contains(text.substr(summary), "motivation"));
    // Every question's signals, compactly, once each.
    std::size_t with_signals = 0;
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) {
            with_signals += q.listen_for.empty() ? 0 : 1;
            for (const auto& signal : q.listen_for) CHECK(contains(text, signal));
        }
    CHECK(with_signals >= 4);
    CHECK(count_of(text, "LISTEN FOR") == with_signals);
    // The example answers are for the guide, not the scorecard.
    CHECK_FALSE(contains(text, "hoped it went down"));
    CHECK(contains(text, "10 min reserved"));
    CHECK(contains(text, "Keep 10 minutes for the candidate’s own questions, and note what they ask."));

    // Listen-for sits between the rating and the notes of its question.
    const std::string first_signal = kit.sections[1].questions[0].listen_for[0];
    const auto rating = text.find("RATING", text.find(kit.sections[1].questions[0].text));
    const auto signal = text.find(first_signal, rating);
    const auto notes = text.find("NOTES", rating);
    CHECK(rating < signal);
    CHECK(signal < notes);
}

TEST_CASE("the guide prints example answers under the rubric and says which questions are not scored", "[export]") {
    const Kit kit = shaped_export_kit();
    const std::string path = save_pdf(render_pdf(kit, options(PdfKind::Guide)).bytes, "shaped_guide");
    REQUIRE(qpdf_check(path));
    const std::string text = pdf_text(path);
    CHECK(contains(text, "NOT SCORED"));
    CHECK(contains(text, "This question is not scored"));
    CHECK(count_of(text, "EXAMPLE ANSWERS") == 1);
    CHECK(contains(text, "1 Unsatisfactory “I mostly kept an eye on the queue and hoped it went down.”"));
    CHECK(contains(text, "3 Meets the bar “I broke the score down by queue and moved two people to the one that fell.”"));
    CHECK(contains(text, "5 Exceptional “I checked the cause against the dates first"));
    // The examples follow the rubric's anchors.
    const auto anchor = text.find(kit.sections[1].questions[0].rubric.levels[4].anchor);
    CHECK(anchor < text.find("EXAMPLE ANSWERS"));
    // The timing plan shows the reserved minutes and what is left as slack: 3 + 41 + 10 = 54 of 60.
    CHECK(contains(text, "The candidate’s questions (reserved) 10"));
    CHECK(contains(text, "54 / 60 min"));
    CHECK(contains(text, "6 minutes are left as slack for overruns."));
}
