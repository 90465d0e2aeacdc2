#include "model/coverage_matrix.h"
#include "test_kits.h"

#include <catch2/catch.hpp>

using namespace ikit;

TEST_CASE("a kit without a plan has an empty matrix", "[plan][coverage]") {
    const CoverageMatrix m = coverage_matrix(test::export_sample_kit());
    CHECK(m.empty());
    CHECK(m.rows.empty());
}

TEST_CASE("the matrix counts questions, interviewers and minutes", "[plan][coverage]") {
    const Kit kit = test::loop_kit();
    const CoverageMatrix m = coverage_matrix(kit);
    REQUIRE(m.interviews.size() == 3);
    CHECK(m.interviews[0].name == "Phone screen");
    CHECK(m.interviews[0].length == 20);
    CHECK(m.interviews[0].planned == 11);  // q6 5 + q2 6
    CHECK(m.interviews[0].left == 9);
    CHECK(m.interviews[0].questions == 2);
    CHECK(m.interviews[1].planned == 15);  // q1 8 + q3 7
    CHECK(m.interviews[1].interviewers == 2);
    CHECK(m.interviews[2].planned == 15);  // q5 8 + q4 7
    CHECK(m.unassigned_questions == 0);

    REQUIRE(m.rows.size() == 3);
    const CoverageRow& cx = m.rows[0];
    CHECK(cx.competency_id == "cx");
    CHECK(cx.name == "Customer experience");
    CHECK(cx.required);
    CHECK(cx.cells[0].questions == 1);  // q2 in the phone screen
    CHECK(cx.cells[0].minutes == 6);
    CHECK(cx.cells[1].questions == 1);  // q1 with section s1
    CHECK(cx.cells[2].questions == 0);
    CHECK(cx.interviews == 2);
    CHECK(cx.questions == 2);
    CHECK(cx.interviewers == 3);  // Ana Ruiz, Kim Lee, the peer manager
    const CoverageRow* kpi = m.find("kpi");
    REQUIRE(kpi);
    CHECK(kpi->interviewers == 3);  // Kim Lee twice is one person: Kim Lee, the peer manager, Li Wei
    CHECK(m.find("nope") == nullptr);
}

TEST_CASE("a named interviewer is one person across interviews, each role-only slot a person", "[plan][coverage]") {
    Kit kit = test::loop_kit();
    kit.plan.interviews[0].interviewers = {{"  KIM LEE ", "Recruiter"}};     // the same person as in i2 and i3
    kit.plan.interviews[2].interviewers = {{"", "Peer manager"}, {"", "Peer manager"}};  // two people to fill
    const CoverageMatrix m = coverage_matrix(kit);
    CHECK(m.find("cx")->interviewers == 2);    // Kim Lee, i2's peer manager
    CHECK(m.find("team")->interviewers == 3);  // Kim Lee, i3's two peer managers
    CHECK(interviewer_key({"Kim Lee", ""}, "i1", 0) == interviewer_key({" kim lee", "x"}, "i7", 3));
    CHECK(interviewer_key({"", "Peer"}, "i1", 0) != interviewer_key({"", "Peer"}, "i1", 1));
}

TEST_CASE("secondary competencies count, main ones are told apart, unassigned questions are counted",
          "[plan][coverage]") {
    Kit kit = test::loop_kit();
    auto& q3 = kit.sections[1].questions[0];
    REQUIRE(q3.id == "q3");
    q3.competency_ids = {"kpi", "cx", "cx", "analysis"};  // a repeat counts once; "analysis" is not a kit competency
    kit.plan.interviews[2].question_ids.clear();            // q4 is now in no interview
    const CoverageMatrix m = coverage_matrix(kit);
    CHECK(m.unassigned_questions == 1);
    CHECK(m.find("cx")->cells[1].questions == 2);
    CHECK(m.find("cx")->cells[1].main_questions == 1);
    CHECK(m.find("kpi")->cells[1].main_questions == 1);
    CHECK(m.find("kpi")->interviews == 1);
    CHECK(m.find("kpi")->questions == 1);
    const CoverageRow* analysis = m.find("analysis");
    REQUIRE(analysis);
    CHECK_FALSE(analysis->required);
    CHECK(&m.rows.back() == analysis);  // after the kit's own competencies
    CHECK(m.interviews[2].planned == 8);
}

TEST_CASE("an unnamed interview gets a name by its place", "[plan][coverage]") {
    Kit kit = test::loop_kit();
    kit.plan.interviews[1].name = "  ";
    CHECK(coverage_matrix(kit).interviews[1].name == "Interview 2");
}

TEST_CASE("the one-pass assignment agrees with interview_of_question", "[plan][coverage]") {
    Kit kit = test::loop_kit();
    kit.plan.interviews[2].section_ids.push_back("s2");
    const auto index = interview_index_of_questions(kit);
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) {
            const Interview* i = interview_of_question(kit, q.id);
            const auto it = index.find(q.id);
            REQUIRE((i != nullptr) == (it != index.end()));
            if (i) CHECK(&kit.plan.interviews[it->second] == i);
        }
}

TEST_CASE("an interview's focus: the kit's competencies it assesses, and those left to others", "[plan][coverage]") {
    Kit kit = test::loop_kit();
    kit.sections[1].questions[0].competency_ids = {"kpi", "customer-experience_2"};  // q3, in the customers panel
    const CoverageMatrix m = coverage_matrix(kit);
    CHECK(m.find("customer-experience_2")->name == "Customer experience 2");  // not named by the kit: its id in words
    const auto names = [](const std::vector<const CoverageRow*>& rows) {
        std::vector<std::string> out;
        for (const CoverageRow* r : rows) out.push_back(r->competency_id);
        return out;
    };
    CHECK(names(focus_rows(m, 1)) == std::vector<std::string>{"cx", "kpi"});  // not the unnamed one
    CHECK(names(elsewhere_rows(m, 1)) == std::vector<std::string>{"team"});
    kit.competencies.clear();  // a kit that names none: the main competencies of the questions
    const CoverageMatrix unnamed = coverage_matrix(kit);
    CHECK(names(focus_rows(unnamed, 1)) == std::vector<std::string>{"cx", "kpi"});
    CHECK(names(elsewhere_rows(unnamed, 1)) == std::vector<std::string>{"team"});
}
