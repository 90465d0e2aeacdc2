#include "model/interview_plan.h"
#include "model/kit.h"

#include <catch2/catch.hpp>

using namespace ikit;

namespace {
KitQuestion question(const std::string& id, int minutes) {
    KitQuestion q;
    q.id = id;
    q.text = "Question " + id;
    q.minutes = minutes;
    return q;
}

Kit two_section_kit() {
    Kit kit;
    kit.sections.push_back(KitSection{"s1", "Operations", "operations", {question("q1", 5), question("q2", 7)}});
    kit.sections.push_back(KitSection{"s2", "People", "team-management", {question("q3", 10)}});
    return kit;
}
}  // namespace

TEST_CASE("a question belongs to the interview naming it, else to the one holding its section", "[plan]") {
    Kit kit = two_section_kit();
    CHECK(interview_of_question(kit, "q1") == nullptr);  // no plan
    Interview screen{"i1", "Phone screen", 30, {{"", "Recruiter"}}, {"s1"}, {}};
    Interview panel{"i2", "Panel", 45, {{"Kim Lee", ""}}, {"s2"}, {"q2"}};
    kit.plan.interviews = {screen, panel};
    CHECK(interview_of_question(kit, "q1")->id == "i1");
    CHECK(interview_of_question(kit, "q2")->id == "i2");  // single assignment wins over its section
    CHECK(interview_of_question(kit, "q3")->id == "i2");
    CHECK(interview_of_question(kit, "nope") == nullptr);

    const auto asked = questions_of_interview(kit, kit.plan.interviews[1]);
    REQUIRE(asked.size() == 2);
    CHECK(asked[0]->id == "q2");
    CHECK(asked[1]->id == "q3");
    CHECK(planned_minutes_of_interview(kit, kit.plan.interviews[0]) == 5);
    CHECK(planned_minutes_of_interview(kit, kit.plan.interviews[1]) == 17);

    kit.plan.interviews[1].section_ids.clear();
    CHECK(interview_of_question(kit, "q3") == nullptr);  // in a plan, but in no interview
}

TEST_CASE("plan lookups and ids", "[plan]") {
    InterviewPlan plan;
    CHECK(plan.empty());
    CHECK(plan.next_interview_id() == "i1");
    plan.interviews.push_back(Interview{"i2", "Hiring manager", 60, {}, {}, {}});
    CHECK(plan.next_interview_id() == "i3");
    CHECK(plan.find("i2") == &plan.interviews[0]);
    CHECK(plan.find("i1") == nullptr);
    CHECK(plan.find_by_name("HIRING MANAGER") == &plan.interviews[0]);
    CHECK(InterviewerSlot{"", "Peer manager"}.display_name() == "Peer manager");
    CHECK(InterviewerSlot{"Ana Ruiz", "Peer manager"}.display_name() == "Ana Ruiz");
    CHECK(InterviewerSlot{}.display_name() == "Interviewer");
    Kit a, b;
    b.plan = plan;
    CHECK(a != b);
}
