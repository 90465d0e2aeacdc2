// The scorecard's summary rates each competency on its own rubric's scale (rubrics have 4 or 5 levels):
// checked in the print model and in the rendered scorecard (header words and the tick boxes drawn).

#include "export/pdf_export.h"
#include "export/print_model.h"
#include "pdf_test_tools.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

using namespace ikit;
using namespace ikit::test;

namespace {

// A rubric made for `competency` with one level per label, scored 1, 2, …
Rubric scale(const std::string& competency, const std::vector<std::string>& labels) {
    Rubric r;
    r.id = competency;
    r.name = competency + " scale";
    r.competency_id = competency;
    for (std::size_t i = 0; i < labels.size(); ++i)
        r.levels.push_back({static_cast<int>(i + 1), labels[i], "Level " + std::to_string(i + 1) + " sounds so."});
    return r;
}

KitQuestion question(const std::string& id, const std::string& competency, Rubric rubric) {
    KitQuestion q;
    q.id = id;
    q.text = "Question " + id + ": tell me about a time you had to plan under pressure.";
    q.competency_ids = {competency};
    q.rubric = std::move(rubric);
    return q;
}

// "Planning" is rated on a 4-level rubric (Poor, Fair, Good, Great); "Talking" has no rubric (1–5, default labels).
Kit four_and_five_level_kit() {
    Kit kit;
    kit.properties.title = "Scales";
    kit.competencies = {{"plan", "Planning", ""}, {"talk", "Talking", ""}};
    const Rubric four_levels = scale("plan", {"Poor", "Fair", "Good", "Great"});
    kit.sections = {{"s1", "Planning", "plan", {question("q1", "plan", four_levels)}},
                    {"s2", "Talking", "talk", {question("q2", "talk", Rubric{})}}};
    return kit;
}

std::vector<int> scores(const PrintCompetency& c) {
    std::vector<int> out;
    for (const auto& level : c.levels) out.push_back(level.score);
    return out;
}

std::vector<std::u32string> labels(const PrintCompetency& c) {
    std::vector<std::u32string> out;
    for (const auto& level : c.levels) out.push_back(level.label);
    return out;
}

// A summary header as printed: the scores and, under them, the words of the levels' labels, left to right.
struct SummaryHeader {
    std::vector<std::string> scores;
    std::vector<std::string> labels;
};

// Every summary header of the file (found by its "COMPETENCY" label), in order.
std::vector<SummaryHeader> summary_headers(const std::string& pdf) {
    const std::vector<WordBox> words = pdf_words(pdf);
    std::vector<SummaryHeader> headers;
    for (const auto& head : words) {
        if (head.word != "COMPETENCY") continue;
        std::vector<WordBox> band;
        for (const auto& w : words)
            if (w.page == head.page && w.x_min > head.x_max && w.y_min > head.y_min - 12 && w.y_max < head.y_max + 5)
                band.push_back(w);
        std::sort(band.begin(), band.end(), [](const WordBox& a, const WordBox& b) { return a.x_min < b.x_min; });
        SummaryHeader header;
        for (const auto& w : band) {
            const bool score = std::all_of(w.word.begin(), w.word.end(), [](char c) { return c >= '0' && c <= '9'; });
            (score ? header.scores : header.labels).push_back(w.word);
        }
        headers.push_back(header);
    }
    return headers;
}

// How many rating boxes (10 × 10 pt rectangles) the file's pages draw, read from qpdf's uncompressed copy.
int rating_boxes(const std::string& pdf) {
    const std::string plain = pdf + ".qdf.pdf";
    REQUIRE(run_command("qpdf --qdf --object-streams=disable " + shell_quote(pdf) + " " + shell_quote(plain)).status ==
            0);
    std::ifstream lines(plain, std::ios::binary);
    int boxes = 0;
    for (std::string line; std::getline(lines, line);)
        if (line.size() > 9 && line.compare(line.size() - 9, 9, " 10 10 re") == 0) ++boxes;
    return boxes;
}

}  // namespace

TEST_CASE("each summary row takes the levels of its competency's rubric, 4 or 5", "[export]") {
    const PrintModel m = make_print_model(four_and_five_level_kit(), PdfOptions{});
    REQUIRE(m.competencies.size() == 2);
    CHECK(m.competencies[0].name == U"Planning");
    CHECK(scores(m.competencies[0]) == std::vector<int>{1, 2, 3, 4});
    CHECK(labels(m.competencies[0]) == std::vector<std::u32string>{U"Poor", U"Fair", U"Good", U"Great"});
    CHECK(m.competencies[0].levels[0].anchor.empty());  // the summary shows no anchors
    CHECK(m.competencies[1].name == U"Talking");
    CHECK(scores(m.competencies[1]) == std::vector<int>{1, 2, 3, 4, 5});
    CHECK(labels(m.competencies[1]).front() == U"Unsatisfactory");
}

TEST_CASE("a competency no rubric was made for is rated on the rubric of its questions", "[export]") {
    Kit kit = four_and_five_level_kit();
    kit.sections[0].questions[0].rubric.competency_id.clear();  // a generic rubric on a "plan" question
    const PrintModel m = make_print_model(kit, PdfOptions{});
    CHECK(scores(m.competencies[0]) == std::vector<int>{1, 2, 3, 4});

    kit.sections[0].questions[0].competency_ids = {"talk"};  // now no question of "plan" has a rubric
    CHECK(scores(make_print_model(kit, PdfOptions{}).competencies[0]) == std::vector<int>{1, 2, 3, 4, 5});
}

TEST_CASE("without competencies, each section's row takes the rubric of its questions", "[export]") {
    Kit kit = four_and_five_level_kit();
    kit.competencies.clear();
    for (auto& section : kit.sections) {
        section.competency_id.clear();
        for (auto& q : section.questions) q.competency_ids.clear();
    }
    kit.sections[0].questions[0].rubric.competency_id.clear();
    const PrintModel m = make_print_model(kit, PdfOptions{});
    REQUIRE(m.competencies.size() == 2);
    CHECK(m.competencies[0].name == U"Planning");
    CHECK(scores(m.competencies[0]) == std::vector<int>{1, 2, 3, 4});
    CHECK(scores(m.competencies[1]) == std::vector<int>{1, 2, 3, 4, 5});
}

TEST_CASE("the scorecard's summary prints 4 boxes under a 4-level header and 5 under a 5-level one", "[export]") {
    PdfOptions o;
    o.kind = PdfKind::Scorecard;
    o.date = "2026-11-23";
    const std::string pdf = save_pdf(render_pdf(four_and_five_level_kit(), o).bytes, "summary_scales");

    const auto headers = summary_headers(pdf);
    REQUIRE(headers.size() == 2);  // the scale changes between the two rows
    CHECK(headers[0].scores == std::vector<std::string>{"1", "2", "3", "4"});
    CHECK(headers[0].labels == std::vector<std::string>{"Poor", "Fair", "Good", "Great"});
    CHECK(headers[1].scores == std::vector<std::string>{"1", "2", "3", "4", "5"});
    CHECK(headers[1].labels ==
          std::vector<std::string>{"Unsatisfactory", "Weak", "Meets", "the", "bar", "Strong", "Exceptional"});

    // Rating rows: 4 boxes for q1, 5 for q2; summary rows: 4 for Planning, 5 for Talking.
    CHECK(rating_boxes(pdf) == 4 + 5 + 4 + 5);
}

TEST_CASE("competencies sharing one scale share one summary header", "[export]") {
    Kit kit = four_and_five_level_kit();
    kit.sections[1].questions[0].rubric = scale("talk", {"Poor", "Fair", "Good", "Great"});
    PdfOptions o;
    o.kind = PdfKind::Scorecard;
    const std::string pdf = save_pdf(render_pdf(kit, o).bytes, "summary_one_scale");
    const auto headers = summary_headers(pdf);
    REQUIRE(headers.size() == 1);
    CHECK(headers[0].scores == std::vector<std::string>{"1", "2", "3", "4"});
    CHECK(headers[0].labels == std::vector<std::string>{"Poor", "Fair", "Good", "Great"});
    CHECK(rating_boxes(pdf) == 4 * 4);
}
