// The short texts of the outline and the bank list: running numbers, minutes, compact types,
// competency cells and the tooltips that carry the whole text.

#include "panels/display_text.h"
#include "test_kits.h"

#include <catch2/catch.hpp>

using namespace ikit;

namespace {
KitQuestion kit_question(const std::string& id, const std::string& text, int minutes) {
    KitQuestion q = test::test_question(id, text, "", minutes);
    q.bank_id = "bank-" + id;
    return q;
}

Kit two_sections() {
    return test::TestKitBuilder()
        .section("s1", "KPIs & metrics")
        .question(kit_question("a", "First?", 5))
        .question(kit_question("b", "Second?", 7))
        .section("s2", "Coaching")
        .question(kit_question("c", "Third?", 6))
        .kit();
}
}  // namespace

TEST_CASE("outline rows are numbered across sections and show the minutes first", "[display]") {
    const Kit kit = two_sections();
    CHECK(question_number(kit, "a") == 1);
    CHECK(question_number(kit, "b") == 2);
    CHECK(question_number(kit, "c") == 3);  // numbering continues in the next section
    CHECK(question_number(kit, "missing") == 0);

    CHECK(question_label(kit.sections[1].questions[0], 3) == "3.  (6 min)  Third?");
    CHECK(question_label(kit_question("x", "", 4), 12) == "12.  (4 min)  (no text yet)");
    CHECK(section_label(kit.sections[0]) == "KPIs & metrics  (2 \u00b7 12 min)");
    KitSection untitled;
    CHECK(section_label(untitled) == "(untitled section)  (0 \u00b7 0 min)");
}

TEST_CASE("outline rows say which questions are not scored and what the close reserves", "[display]") {
    KitQuestion opener = kit_question("o", "Why this company?", 3);
    opener.scored = false;
    CHECK(question_label(opener, 1) == "1.  (3 min, not scored)  Why this company?");
    KitSection close;
    close.title = "Close";
    close.kind = SectionKind::Close;
    close.candidate_minutes = 10;
    CHECK(section_label(close) == "Close  (0 \u00b7 0 min + 10 min for the candidate\u2019s questions)");
}

TEST_CASE("outline tooltips carry the whole question or section", "[display]") {
    const Kit kit = two_sections();
    const std::string long_text(300, 'w');
    KitQuestion q = kit_question("long", long_text, 8);
    q.type = QuestionType::Situational;
    CHECK(question_tooltip(q, 4) == "4. " + long_text + "\nSituational \u00b7 8 min");
    q.bank_id.clear();
    CHECK(question_tooltip(q, 4) == "4. " + long_text + "\nSituational \u00b7 8 min \u00b7 custom question");

    CHECK(section_tooltip(kit.sections[0]) == "KPIs & metrics\n2 questions \u00b7 12 min");
    CHECK(section_tooltip(kit.sections[1]) == "Coaching\n1 question \u00b7 6 min");
}

TEST_CASE("bank list cells are compact and the row tooltip is complete", "[display]") {
    CHECK(minutes_text(6) == "6 min");
    CHECK(short_type_label(QuestionType::Behavioural) == "Behavioural");
    CHECK(short_type_label(QuestionType::Situational) == "Situational");
    CHECK(short_type_label(QuestionType::Technical) == "Technical");
    CHECK(short_type_label(QuestionType::Background) == "Background");
    CHECK(more_competencies_text(0).empty());
    CHECK(more_competencies_text(2) == "+2");

    BankContent content;
    content.file = "test.xml";
    content.roles = {{"lead", "Team lead", ""}};
    content.competencies = {{"kpis", "KPIs & metrics", ""}, {"team", "Team management & coaching", ""},
                            {"comms", "Communication", ""}};
    Question q;
    q.id = "q1";
    q.text = "How do you know a metric is worth tracking?";
    q.type = QuestionType::Technical;
    q.minutes = 6;
    q.role_ids = {"lead"};
    q.competency_ids = {"kpis", "team", "comms"};
    Question single = q;
    single.id = "q2";
    single.competency_ids = {"team"};
    content.questions = {q, single};
    QuestionBank bank;
    bank.add(content);

    CHECK(competencies_cell(bank, bank.questions()[0]) == "KPIs & metrics\t+2");
    CHECK(competencies_cell(bank, bank.questions()[1]) == "Team management & coaching");
    CHECK(bank_question_tooltip(bank, bank.questions()[0]) ==
          "How do you know a metric is worth tracking?\nTechnical \u00b7 6 min\n"
          "KPIs & metrics, Team management & coaching, Communication");
}

TEST_CASE("the bank count groups thousands and says 'question' for one", "[display]") {
    CHECK(bank_count_text(78, 78) == "78 questions");
    CHECK(bank_count_text(1, 1) == "1 question");
    CHECK(bank_count_text(1, 78) == "1 of 78 questions");
    CHECK(bank_count_text(0, 78) == "0 of 78 questions");
    CHECK(bank_count_text(46089, 100078) == "46,089 of 100,078 questions");
}
