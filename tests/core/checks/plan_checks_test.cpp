// The plan checks as a table: each row changes the clean loop kit one way and names the findings it must give.
#include "checks/kit_checks.h"
#include "checks/plan_checks.h"
#include "test_kits.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace ikit;

namespace {

std::vector<Finding> plan_findings(const Kit& kit, const PlanThresholds& t = default_plan_thresholds()) {
    std::vector<Finding> findings;
    check_plan(kit, findings, t);
    return findings;
}

Interview& interview(Kit& kit, const std::string& id) {
    for (auto& i : kit.plan.interviews)
        if (i.id == id) return i;
    FAIL("no interview " << id);
    throw;
}

struct Row {
    const char* what;
    std::function<void(Kit&)> change;
    Severity severity;
    const char* message_part;
    const char* question_id;
};

}  // namespace

TEST_CASE("the clean loop kit and a kit without a plan get no plan finding", "[checks][plan]") {
    CHECK(plan_findings(test::loop_kit()).empty());
    Kit no_plan = test::export_sample_kit();
    no_plan.properties.length_minutes = 5;  // the kit-level time check still works without a plan
    CHECK(plan_findings(no_plan).empty());
    QuestionRules no_rules;
    for (const auto& f : check_kit(no_plan, no_rules)) CHECK(f.check != "plan");
}

TEST_CASE("each plan problem gives its finding", "[checks][plan]") {
    const std::vector<Row> rows{
        {"a required competency in no interview",
         [](Kit& k) {
             interview(k, "i1").question_ids = {"q6"};  // q2 (cx) leaves the phone screen,
             interview(k, "i2").section_ids.clear();    // q1 (cx) the customers panel
         },
         Severity::Error, "No interview assesses the competency \"Customer experience\"", ""},
        {"a required competency rated by one interviewer",
         [](Kit& k) { interview(k, "i1").question_ids = {"q6", "q2", "q1"}; },  // q1 named here wins over s1
         Severity::Advice, "Only 1 interviewer rates the competency \"Customer experience\": a second independent rating",
         ""},
        {"an interview over its length",
         [](Kit& k) { interview(k, "i1").minutes = 10; },
         Severity::Warning, "The interview \"Phone screen\" is planned at 11 minutes of questions, 1 minute over its 10 minutes",
         ""},
        {"an interview that leaves too little for the candidate's questions",
         [](Kit& k) { interview(k, "i1").minutes = 14; },
         Severity::Advice, "The interview \"Phone screen\" leaves 3 minutes for the candidate's own questions", ""},
        {"an interview with no questions",
         [](Kit& k) { k.plan.interviews.push_back(Interview{"i4", "Hiring manager", 45, {{"Jo Park", ""}}, {}, {}}); },
         Severity::Warning, "The interview \"Hiring manager\" has no questions", ""},
        {"an interview with no interviewer",
         [](Kit& k) { interview(k, "i2").interviewers.clear(); },
         Severity::Warning, "The interview \"Panel: customers\" has no interviewer", ""},
        {"a question in no interview",
         [](Kit& k) { interview(k, "i3").question_ids.clear(); },
         Severity::Warning, "This question is in no interview", "q4"},
        {"the same competency in every interview",
         [](Kit& k) { k.sections[2].questions[0].competency_ids = {"team", "cx"}; },  // q5, in the team panel
         Severity::Advice, "Every interview assesses the competency \"Customer experience\": focus each interview", ""},
        {"two interviews with one name",
         [](Kit& k) { interview(k, "i3").name = " panel: CUSTOMERS"; },
         Severity::Warning, "Two interviews are called \" panel: CUSTOMERS\"", ""},
    };
    for (const auto& row : rows) {
        INFO(row.what);
        Kit kit = test::loop_kit();
        row.change(kit);
        const auto findings = plan_findings(kit);
        const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) {
            return f.message.find(row.message_part) != std::string::npos;
        });
        REQUIRE(it != findings.end());
        CHECK(it->check == "plan");
        CHECK(it->severity == row.severity);
        CHECK(it->question_id == row.question_id);
    }
}

TEST_CASE("the plan thresholds are data", "[checks][plan]") {
    Kit kit = test::loop_kit();
    PlanThresholds t;
    t.min_independent_interviewers = 4;  // three people rate each competency
    CHECK(plan_findings(kit, t).size() == 3);
    t = {};
    t.candidate_question_minutes = 10;   // the phone screen leaves 9
    const auto findings = plan_findings(kit, t);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message.find("leaves 9 minutes") != std::string::npos);
    t = {};
    t.focus_min_interviews = 2;  // a two-interview plan with cx in both
    kit.plan.interviews.pop_back();
    kit.plan.interviews[0].question_ids = {"q6", "q2", "q4"};
    kit.plan.interviews[0].minutes = 30;
    kit.plan.interviews[1].section_ids = {"s1", "s3"};
    CHECK(plan_findings(kit).empty());
    CHECK_FALSE(plan_findings(kit, t).empty());
}

TEST_CASE("with a plan, each interview's length replaces the kit's in the time check", "[checks][plan]") {
    Kit kit = test::loop_kit();
    kit.properties.length_minutes = 20;  // the loop plans 41 minutes of questions in all
    QuestionRules no_rules;
    for (const auto& f : check_kit(kit, no_rules)) {
        INFO(f.message);
        CHECK(f.check != "time");
        CHECK(f.check != "plan");
    }
    kit.plan.interviews.clear();
    const auto findings = check_kit(kit, no_rules);
    CHECK(std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.check == "time"; }));
}
