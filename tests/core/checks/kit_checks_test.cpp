// The kit checks, on kits built in code: a clean kit that draws no finding, and one kit per problem.

#include "checks/kit_checks.h"
#include "serialize/question_rules_reader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace ikit;

namespace {

const QuestionRules& shipped_rules() {
    static const QuestionRules rules =
        read_question_rules_file(std::string(IKIT_SOURCE_ASSETS_DIR) + "/checks/question_rules.xml");
    return rules;
}

Rubric anchored_rubric(const std::string& id) {
    Rubric r;
    r.id = id;
    r.name = "Rubric " + id;
    r.competency_id = id;
    const char* anchors[] = {"Gives no example of their own and cannot say what they did.",
                             "Describes a vague example with no clear action or result.",
                             "Describes one concrete example with their own actions and a result.",
                             "Explains actions, trade-offs and a measured result against a baseline.",
                             "Shows a repeatable method, measured results and what they changed afterwards."};
    for (int i = 0; i < 5; ++i)
        r.levels.push_back({i + 1, default_level_labels()[static_cast<std::size_t>(i)], anchors[i]});
    return r;
}

KitQuestion question(const std::string& id, const std::string& competency, const std::string& text, int minutes = 6,
                     QuestionType type = QuestionType::Behavioural) {
    KitQuestion q;
    q.id = id;
    q.bank_id = "bank-" + id;
    q.text = text;
    q.type = type;
    q.minutes = minutes;
    q.competency_ids = {competency};
    q.rubric = anchored_rubric(competency);
    return q;
}

// Four competencies, two questions each, 48 of 60 minutes planned and 5 reserved in the close for the
// candidate's questions, every question anchored and well worded.
Kit clean_kit() {
    Kit kit;
    kit.properties.title = "Support Manager — Panel";
    kit.properties.length_minutes = 60;
    kit.competencies = {{"kpis-metrics", "KPIs & metrics", ""},
                        {"conflict-resolution", "Conflict resolution", ""},
                        {"team-management", "Team management & coaching", ""},
                        {"operations", "Operations", ""}};
    kit.sections = {
        {"s1", "KPIs & metrics", "kpis-metrics",
         {question("q1", "kpis-metrics", "Tell me about a time a service metric misled you. What did you do next?"),
          question("q2", "kpis-metrics", "Which three numbers would you review every Monday, and why those?", 6,
                   QuestionType::Technical)}},
        {"s2", "Conflict resolution", "conflict-resolution",
         {question("q3", "conflict-resolution", "Describe a dispute between two agents that you settled."),
          question("q4", "conflict-resolution",
                   "Tell me about a customer escalation you calmed down after the first reply made it worse.")}},
        {"s3", "Team management", "team-management",
         {question("q5", "team-management", "Tell me about an underperforming agent you coached back to the bar."),
          question("q6", "team-management", "Walk me through how you hired your last team lead.")}},
        {"s4", "Operations", "operations",
         {question("q7", "operations", "How do you build a staffing forecast for a seasonal peak?", 6,
                   QuestionType::Technical),
          question("q8", "operations", "Tell me about a time you missed an SLA for a whole week.")}},
        {"sc", "Close", "", {}, SectionKind::Close, 5},
    };
    return kit;
}

std::vector<Finding> findings_of(const std::vector<Finding>& all, const std::string& check) {
    std::vector<Finding> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const Finding& f) { return f.check == check; });
    return out;
}

std::string dump(const std::vector<Finding>& findings) {
    std::string out;
    for (const auto& f : findings)
        out += to_id(f.severity) + " " + f.check + " [" + f.question_id + "/" + f.section_id + "] " + f.message + "\n";
    return out;
}

KitQuestion& find(Kit& kit, const std::string& id) {
    for (auto& s : kit.sections)
        for (auto& q : s.questions)
            if (q.id == id) return q;
    FAIL("no question " << id);
    throw;
}

}  // namespace

TEST_CASE("a clean kit draws no finding", "[checks]") {
    const auto findings = check_kit(clean_kit(), shipped_rules());
    INFO(dump(findings));
    CHECK(findings.empty());
    CHECK_FALSE(has_errors(findings));
}

TEST_CASE("severities have ids and has_errors finds errors", "[checks]") {
    CHECK(to_id(Severity::Error) == "error");
    CHECK(to_id(Severity::Warning) == "warning");
    CHECK(to_id(Severity::Advice) == "advice");
    CHECK(severity_from_id("WARNING") == Severity::Warning);
    CHECK_FALSE(severity_from_id("fatal").has_value());
    std::vector<Finding> findings(2);
    findings[0].severity = Severity::Warning;
    findings[1].severity = Severity::Advice;
    CHECK_FALSE(has_errors(findings));
    findings[1].severity = Severity::Error;
    CHECK(has_errors(findings));
    CHECK_FALSE(has_errors({}));
}

TEST_CASE("coverage: a named competency without questions is a warning", "[checks]") {
    Kit kit = clean_kit();
    kit.competencies.push_back({"change-leadership", "Leading change", ""});
    const auto coverage = findings_of(check_kit(kit, shipped_rules()), "coverage");
    INFO(dump(coverage));
    REQUIRE(coverage.size() == 1);
    CHECK(coverage[0].severity == Severity::Warning);
    CHECK(coverage[0].question_id.empty());
    CHECK_THAT(coverage[0].message, Catch::Contains("\"Leading change\"") && Catch::Contains("add a question"));
}

TEST_CASE("coverage: a competency with a single question draws advice on that question", "[checks]") {
    Kit kit = clean_kit();
    kit.sections[3].questions.pop_back();  // operations keeps only q7
    kit.properties.length_minutes = 50;
    const auto coverage = findings_of(check_kit(kit, shipped_rules()), "coverage");
    INFO(dump(coverage));
    REQUIRE(coverage.size() == 1);
    CHECK(coverage[0].severity == Severity::Advice);
    CHECK(coverage[0].question_id == "q7");
    CHECK(coverage[0].section_id == "s4");
    CHECK_THAT(coverage[0].message, Catch::Contains("\"Operations\"") && Catch::Contains("second question"));
}

TEST_CASE("coverage: a question counts for every competency it lists", "[checks]") {
    Kit kit = clean_kit();
    kit.sections[3].questions.pop_back();
    kit.properties.length_minutes = 50;
    find(kit, "q1").competency_ids.push_back("operations");  // q1 and q7 now cover operations
    CHECK(findings_of(check_kit(kit, shipped_rules()), "coverage").empty());
}

TEST_CASE("coverage: too many or too few competencies draw advice", "[checks]") {
    SECTION("more than eight named competencies") {
        Kit kit = clean_kit();
        for (int i = 0; i < 5; ++i) {
            const std::string id = "extra-" + std::to_string(i);
            kit.competencies.push_back({id, "Extra " + std::to_string(i), ""});
            find(kit, "q" + std::to_string(i + 1)).competency_ids.push_back(id);
            find(kit, "q" + std::to_string(i + 2)).competency_ids.push_back(id);
        }
        const auto coverage = findings_of(check_kit(kit, shipped_rules()), "coverage");
        INFO(dump(coverage));
        REQUIRE(coverage.size() == 1);
        CHECK(coverage[0].severity == Severity::Advice);
        CHECK_THAT(coverage[0].message, Catch::Contains("9 competencies") && Catch::Contains("8 at most"));
    }
    SECTION("fewer than three named competencies") {
        Kit kit = clean_kit();
        kit.competencies.resize(2);
        kit.sections.resize(2);
        const auto coverage = findings_of(check_kit(kit, shipped_rules()), "coverage");
        INFO(dump(coverage));
        REQUIRE(coverage.size() == 1);
        CHECK(coverage[0].severity == Severity::Advice);
        CHECK_THAT(coverage[0].message, Catch::Contains("2 competencies") && Catch::Contains("at least 3"));
    }
    SECTION("a kit that names none is judged by its questions' main competencies") {
        Kit kit = clean_kit();
        kit.competencies.clear();
        CHECK(findings_of(check_kit(kit, shipped_rules()), "coverage").empty());
        for (auto& s : kit.sections)
            for (auto& q : s.questions) q.competency_ids = {"operations", s.competency_id};
        const auto coverage = findings_of(check_kit(kit, shipped_rules()), "coverage");
        INFO(dump(coverage));
        REQUIRE(coverage.size() == 1);
        CHECK_THAT(coverage[0].message, Catch::Contains("mainly assess 1 competency"));
    }
    SECTION("a kit without questions") {
        Kit kit = clean_kit();
        kit.sections.clear();
        const auto findings = check_kit(kit, shipped_rules());
        const auto coverage = findings_of(findings, "coverage");
        REQUIRE(coverage.size() == 1);
        CHECK(coverage[0].severity == Severity::Warning);
        CHECK_THAT(coverage[0].message, Catch::Contains("no questions"));
        CHECK(findings_of(findings, "time").empty());
    }
}

TEST_CASE("coverage: an empty section draws advice on that section", "[checks]") {
    Kit kit = clean_kit();
    kit.sections.insert(kit.sections.begin() + 1, KitSection{"s9", "Extra", "", {}});
    const auto findings = check_kit(kit, shipped_rules());
    INFO(dump(findings));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].check == "coverage");
    CHECK(findings[0].severity == Severity::Advice);
    CHECK(findings[0].section_id == "s9");
    CHECK(findings[0].question_id.empty());
    CHECK_THAT(findings[0].message, Catch::Contains("\"Extra\" has no questions"));
}

TEST_CASE("time: over the interview length is a warning that says by how much", "[checks]") {
    Kit kit = clean_kit();
    kit.properties.length_minutes = 40;  // 48 planned and 5 reserved
    const auto time = findings_of(check_kit(kit, shipped_rules()), "time");
    INFO(dump(time));
    REQUIRE(time.size() == 1);
    CHECK(time[0].severity == Severity::Warning);
    CHECK(time[0].question_id.empty());
    CHECK_THAT(time[0].message, Catch::Contains("the 5 minutes reserved for the candidate's questions come to 53 "
                                                "minutes") &&
                                    Catch::Contains("13 more than the 40-minute"));
}

TEST_CASE("time: a question without minutes is a warning", "[checks]") {
    Kit kit = clean_kit();
    find(kit, "q5").minutes = 0;
    const auto time = findings_of(check_kit(kit, shipped_rules()), "time");
    INFO(dump(time));
    REQUIRE(time.size() == 1);
    CHECK(time[0].severity == Severity::Warning);
    CHECK(time[0].question_id == "q5");
    CHECK(time[0].section_id == "s3");
}

TEST_CASE("time: less than five minutes of slack after the reserved close is advice", "[checks]") {
    Kit kit = clean_kit();
    kit.properties.length_minutes = 57;  // 48 planned, 5 reserved, 4 left
    auto time = findings_of(check_kit(kit, shipped_rules()), "time");
    INFO(dump(time));
    REQUIRE(time.size() == 1);
    CHECK(time[0].severity == Severity::Advice);
    CHECK_THAT(time[0].message, Catch::Contains("leaving 4 minutes of slack") && Catch::Contains("at least 5"));
    kit.properties.length_minutes = 58;  // exactly 5 of slack
    CHECK(findings_of(check_kit(kit, shipped_rules()), "time").empty());
}

TEST_CASE("time: less than five free minutes for the candidate's questions is advice", "[checks]") {
    Kit kit = clean_kit();
    kit.sections.back().candidate_minutes = 0;  // nothing reserved: the free minutes are the candidate's
    kit.properties.length_minutes = 52;  // 48 planned, 4 left
    auto time = findings_of(check_kit(kit, shipped_rules()), "time");
    INFO(dump(time));
    REQUIRE(time.size() == 1);
    CHECK(time[0].severity == Severity::Advice);
    CHECK_THAT(time[0].message, Catch::Contains("leaving 4 minutes") && Catch::Contains("at least 5"));

    kit.properties.length_minutes = 53;  // exactly 5 left
    CHECK(findings_of(check_kit(kit, shipped_rules()), "time").empty());
    kit.properties.length_minutes = 48;  // nothing left, but not over
    time = findings_of(check_kit(kit, shipped_rules()), "time");
    REQUIRE(time.size() == 1);
    CHECK(time[0].severity == Severity::Advice);
}

TEST_CASE("scoring: a question without a rubric is a warning", "[checks]") {
    Kit kit = clean_kit();
    find(kit, "q6").rubric = Rubric{};
    const auto scoring = findings_of(check_kit(kit, shipped_rules()), "scoring");
    INFO(dump(scoring));
    REQUIRE(scoring.size() == 1);
    CHECK(scoring[0].severity == Severity::Warning);
    CHECK(scoring[0].question_id == "q6");
    CHECK_THAT(scoring[0].message, Catch::Contains("No rubric"));
}

TEST_CASE("scoring: a level without an anchor is a warning, reported once per rubric", "[checks]") {
    Kit kit = clean_kit();
    find(kit, "q3").rubric.levels[1].anchor = "  ";
    find(kit, "q4").rubric = find(kit, "q3").rubric;  // the same rubric, shared
    const auto scoring = findings_of(check_kit(kit, shipped_rules()), "scoring");
    INFO(dump(scoring));
    REQUIRE(scoring.size() == 1);
    CHECK(scoring[0].severity == Severity::Warning);
    CHECK(scoring[0].question_id == "q3");
    CHECK_THAT(scoring[0].message, Catch::Contains("level 2") && Catch::Contains("no anchor") &&
                                       Catch::Contains("used by 2 questions"));
}

TEST_CASE("scoring: an anchor that only judges draws advice", "[checks]") {
    Kit kit = clean_kit();
    find(kit, "q8").rubric.levels[4].anchor = "Excellent answer.";
    const auto scoring = findings_of(check_kit(kit, shipped_rules()), "scoring");
    INFO(dump(scoring));
    REQUIRE(scoring.size() == 1);
    CHECK(scoring[0].severity == Severity::Advice);
    CHECK(scoring[0].question_id == "q8");
    CHECK_THAT(scoring[0].message, Catch::Contains("level 5") && Catch::Contains("only judges"));
}

TEST_CASE("duplicate: two questions asking the same thing are a warning on the later one", "[checks]") {
    Kit kit = clean_kit();
    find(kit, "q6").text = "Can you please tell me about an under-performing agent that you coached back up to the bar?";
    const auto duplicate = findings_of(check_kit(kit, shipped_rules()), "duplicate");
    INFO(dump(duplicate));
    REQUIRE(duplicate.size() == 1);
    CHECK(duplicate[0].severity == Severity::Warning);
    CHECK(duplicate[0].question_id == "q6");
    CHECK_THAT(duplicate[0].message, Catch::Contains("q5"));
}

TEST_CASE("duplicate: the same bank question twice is a warning", "[checks]") {
    Kit kit = clean_kit();
    find(kit, "q8").bank_id = find(kit, "q2").bank_id;
    const auto duplicate = findings_of(check_kit(kit, shipped_rules()), "duplicate");
    INFO(dump(duplicate));
    REQUIRE(duplicate.size() == 1);
    CHECK(duplicate[0].severity == Severity::Warning);
    CHECK(duplicate[0].question_id == "q8");
    CHECK_THAT(duplicate[0].message, Catch::Contains("bank-q2") && Catch::Contains("q2"));
}

TEST_CASE("wording: a leading question is a warning with a better wording", "[checks]") {
    Kit kit = clean_kit();
    find(kit, "q2").text = "Don't you agree that CSAT is the only metric that matters?";
    const auto wording = findings_of(check_kit(kit, shipped_rules()), "wording");
    INFO(dump(wording));
    REQUIRE(wording.size() == 1);
    CHECK(wording[0].severity == Severity::Warning);
    CHECK(wording[0].question_id == "q2");
    CHECK_THAT(wording[0].message, Catch::Contains("Leading"));
    CHECK_FALSE(wording[0].suggestion.empty());
}

TEST_CASE("wording: a yes/no opener draws advice on behavioural questions only", "[checks]") {
    Kit kit = clean_kit();
    find(kit, "q3").text = "Have you ever settled a dispute between two agents?";
    auto wording = findings_of(check_kit(kit, shipped_rules()), "wording");
    INFO(dump(wording));
    REQUIRE(wording.size() == 1);
    CHECK(wording[0].severity == Severity::Advice);
    CHECK(wording[0].question_id == "q3");
    find(kit, "q3").type = QuestionType::Situational;
    CHECK(findings_of(check_kit(kit, shipped_rules()), "wording").empty());
}

TEST_CASE("wording: a double-barrelled question draws advice naming the second ask", "[checks]") {
    Kit kit = clean_kit();
    find(kit, "q6").text = "How do you motivate your team and what metrics do you track?";
    const auto wording = findings_of(check_kit(kit, shipped_rules()), "wording");
    INFO(dump(wording));
    REQUIRE(wording.size() == 1);
    CHECK(wording[0].severity == Severity::Advice);
    CHECK(wording[0].question_id == "q6");
    CHECK_THAT(wording[0].message, Catch::Contains("Double-barrelled") && Catch::Contains("what metrics do you track"));
}

TEST_CASE("wording: a question without text is a warning", "[checks]") {
    Kit kit = clean_kit();
    find(kit, "q4").text = " ";
    const auto wording = findings_of(check_kit(kit, shipped_rules()), "wording");
    REQUIRE(wording.size() == 1);
    CHECK(wording[0].severity == Severity::Warning);
    CHECK(wording[0].question_id == "q4");
}

TEST_CASE("protected topic: an error naming the topic, with the rule's lawful wording", "[checks]") {
    Kit kit = clean_kit();
    find(kit, "q7").text = "Do you have any children?";
    const auto findings = check_kit(kit, shipped_rules());
    REQUIRE(has_errors(findings));
    const auto topic = findings_of(findings, "protected-topic");
    INFO(dump(findings));
    REQUIRE(topic.size() == 1);
    CHECK(topic[0].severity == Severity::Error);
    CHECK(topic[0].question_id == "q7");
    CHECK(topic[0].section_id == "s4");
    const QuestionRule* children = nullptr;
    for (const auto& rule : shipped_rules().rules)
        if (rule.id == "children") children = &rule;
    REQUIRE(children != nullptr);
    CHECK_THAT(topic[0].message, Catch::Contains(children->name));
    CHECK(topic[0].suggestion == children->instead);
}

TEST_CASE("findings are ordered by severity, then by position in the kit", "[checks]") {
    Kit kit = clean_kit();
    kit.properties.length_minutes = 30;                         // warning, whole kit
    find(kit, "q8").text = "How old are you?";                  // error at q8
    find(kit, "q2").text = "What is your date of birth?";       // error at q2
    find(kit, "q6").rubric = Rubric{};                          // warning at q6
    find(kit, "q1").minutes = 0;                                // warning at q1
    find(kit, "q5").text = "Have you ever coached an agent?";   // advice at q5
    kit.sections.push_back(KitSection{"s5", "Empty", "", {}});  // advice at s5, after s3's q5
    kit.sections.insert(kit.sections.begin(), KitSection{"s0", "Empty first", "", {}});  // advice at s0, first
    const auto findings = check_kit(kit, shipped_rules());
    INFO(dump(findings));
    std::vector<std::string> order;
    for (const auto& f : findings) order.push_back(to_id(f.severity) + ":" + f.question_id + "/" + f.section_id);
    const std::vector<std::string> expected{"error:q2/s1",   "error:q8/s4",   "warning:/",   "warning:q1/s1",
                                            "warning:q6/s3", "advice:/s0",    "advice:q5/s3", "advice:/s5"};
    CHECK(order == expected);
}

TEST_CASE("wording: a question too long to read out is a warning", "[checks]") {
    Kit kit = clean_kit();
    std::string text = "Tell me about a time you missed an SLA.";
    while (text.size() <= kMaxRuleTextChars) text += " It was a long week for the whole team and the queue kept growing.";
    find(kit, "q8").text = text;
    const auto wording = findings_of(check_kit(kit, shipped_rules()), "wording");
    INFO(dump(wording));
    REQUIRE(wording.size() == 1);
    CHECK(wording[0].severity == Severity::Warning);
    CHECK(wording[0].question_id == "q8");
    CHECK_THAT(wording[0].message, Catch::Contains(std::to_string(text.size()) + " characters"));
}

TEST_CASE("the guide's check line says passed only without errors and warnings", "[checks]") {
    std::vector<ikit::Finding> findings;
    CHECK(ikit::check_summary_line(findings, "2026-11-23") == "Kit check: passed on 2026-11-23");
    findings.push_back({ikit::Severity::Advice, "coverage", "m", "", "", ""});
    CHECK(ikit::check_summary_line(findings, "2026-11-23") == "Kit check: passed on 2026-11-23");
    findings.push_back({ikit::Severity::Warning, "time", "m", "", "", ""});
    findings.push_back({ikit::Severity::Error, "protected-topic", "m", "q1", "", ""});
    findings.push_back({ikit::Severity::Error, "protected-topic", "m", "q2", "", ""});
    CHECK(ikit::check_summary_line(findings, "2026-11-23") ==
          "Kit check on 2026-11-23: 2 errors, 1 warning — fix them before the interview");
}

TEST_CASE("shape: a kit with no close is a warning", "[checks]") {
    Kit kit = clean_kit();
    kit.sections.pop_back();
    kit.properties.length_minutes = 55;
    const auto shape = findings_of(check_kit(kit, shipped_rules()), "shape");
    INFO(dump(shape));
    REQUIRE(shape.size() == 1);
    CHECK(shape[0].severity == Severity::Warning);
    CHECK_THAT(shape[0].message, Catch::Contains("no close"));
}

TEST_CASE("shape: a close that reserves under five minutes is advice", "[checks]") {
    Kit kit = clean_kit();
    kit.sections.back().candidate_minutes = 3;
    const auto shape = findings_of(check_kit(kit, shipped_rules()), "shape");
    INFO(dump(shape));
    REQUIRE(shape.size() == 1);
    CHECK(shape[0].severity == Severity::Advice);
    CHECK(shape[0].section_id == "sc");
}

TEST_CASE("shape: a scored question in the opener is a warning, an unscored one is not", "[checks]") {
    Kit kit = clean_kit();
    KitQuestion hello = question("q0", "team-management", "Walk me through how you came to support work.", 3,
                                 QuestionType::Background);
    kit.sections.insert(kit.sections.begin(), {"so", "Opening", "", {hello}, SectionKind::Opener, 0});
    kit.properties.length_minutes = 65;
    auto shape = findings_of(check_kit(kit, shipped_rules()), "shape");
    INFO(dump(shape));
    REQUIRE(shape.size() == 1);
    CHECK(shape[0].severity == Severity::Warning);
    CHECK(shape[0].question_id == "q0");
    CHECK_THAT(shape[0].message, Catch::Contains("scored question in the opener"));

    find(kit, "q0").scored = false;
    find(kit, "q0").rubric = Rubric{};
    const auto all = check_kit(kit, shipped_rules());
    INFO(dump(all));
    CHECK(all.empty());  // no rubric needed, and the opener counts for no competency
}

TEST_CASE("shape: an unscored question in the body is advice at most", "[checks]") {
    Kit kit = clean_kit();
    find(kit, "q6").scored = false;
    find(kit, "q6").rubric = Rubric{};
    const auto findings = check_kit(kit, shipped_rules());
    INFO(dump(findings));
    for (const auto& f : findings) CHECK(f.severity == Severity::Advice);
    const auto shape = findings_of(findings, "shape");
    REQUIRE(shape.size() == 1);
    CHECK(shape[0].question_id == "q6");
    CHECK_THAT(shape[0].message, Catch::Contains("not scored but sits in the body"));
    // The unscored question covers nothing: team management now rests on q5 alone.
    const auto coverage = findings_of(findings, "coverage");
    REQUIRE(coverage.size() == 1);
    CHECK(coverage[0].question_id == "q5");
    CHECK(findings_of(findings, "scoring").empty());
}

TEST_CASE("shape: a competency reached only as a secondary competency is advice", "[checks]") {
    Kit kit = clean_kit();
    // Operations' questions move to team management, naming operations second.
    for (auto id : {"q7", "q8"}) find(kit, id).competency_ids = {"team-management", "operations"};
    const auto shape = findings_of(check_kit(kit, shipped_rules()), "shape");
    INFO(dump(shape));
    REQUIRE(shape.size() == 1);
    CHECK(shape[0].severity == Severity::Advice);
    CHECK_THAT(shape[0].message, Catch::Contains("\"Operations\" is covered only by questions written mainly for "
                                                 "another competency"));
}

TEST_CASE("scoring: anchors that stack conditions are one advice for the rubric", "[checks]") {
    Kit kit = clean_kit();
    for (auto& s : kit.sections)
        for (auto& q : s.questions)
            if (q.competency_ids.front() == "operations") {
                q.rubric.levels[2].anchor = "Forecasts volume, staffs the shifts, and tracks spend against budget.";
                q.rubric.levels[4].anchor = "Models staffing, balances channel mix, and defends the budget in figures.";
            }
    const auto scoring = findings_of(check_kit(kit, shipped_rules()), "scoring");
    INFO(dump(scoring));
    REQUIRE(scoring.size() == 1);
    CHECK(scoring[0].severity == Severity::Advice);
    CHECK(scoring[0].question_id == "q7");
    CHECK(scoring[0].message == "The rubric \"Rubric operations\" (used by 2 questions): the anchors of levels 3 and 5 "
                                "stack more than 2 conditions: keep at most 2 observable ones in each so a level is "
                                "awarded consistently.");
}
