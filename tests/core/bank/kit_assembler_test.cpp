#include "bank/library_loader.h"
#include "bank/kit_assembler.h"
#include "checks/kit_checks.h"
#include "test_kits.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <set>

using namespace ikit;

namespace {
const LoadedLibrary& library() {
    static const LoadedLibrary lib = [] {
        auto l = load_library(DataPaths("", IKIT_SOURCE_ASSETS_DIR), {}, false);
        return l;
    }();
    return lib;
}

std::vector<const KitSection*> sections_of(const Kit& kit, SectionKind kind) {
    std::vector<const KitSection*> out;
    for (const auto& s : kit.sections)
        if (s.kind == kind) out.push_back(&s);
    return out;
}
}  // namespace

TEST_CASE("a kit is assembled for a role, covering the competencies asked, within the minutes", "[assembler]") {
    KitRequest request;
    request.role = "Director of Customer Support";
    request.competencies = {"kpis-metrics", "Conflict resolution", "team-management", "operations"};
    request.minutes = 45;
    const Kit kit = assemble_kit(library().bank, library().rubrics, request);
    CHECK(kit.properties.role_id == "director-support");
    const auto body = sections_of(kit, SectionKind::Body);
    REQUIRE(body.size() == 4);
    CHECK(kit.competencies.size() == 4);
    // A 45-minute interview: the close reserves 10 minutes and 5 are left as slack.
    const auto close = sections_of(kit, SectionKind::Close);
    REQUIRE(close.size() == 1);
    CHECK(&kit.sections.back() == close[0]);
    CHECK(close[0]->candidate_minutes == 10);
    CHECK(kit.planned_minutes() + kit.reserved_minutes() <= 45 - kAssemblySlackMinutes);
    CHECK(kit.planned_minutes() >= 20);
    std::set<std::string> bank_ids;
    for (const KitSection* section : body) {
        const KitSection& s = *section;
        INFO(s.title);
        CHECK_FALSE(s.questions.empty());
        for (const auto& q : s.questions) {
            CHECK(bank_ids.insert(q.bank_id).second);
            const Question* source = library().bank.find(q.bank_id);
            REQUIRE(source != nullptr);
            CHECK(std::find(source->role_ids.begin(), source->role_ids.end(), "director-support") != source->role_ids.end());
            CHECK(std::find(q.competency_ids.begin(), q.competency_ids.end(), s.competency_id) != q.competency_ids.end());
            CHECK(q.scored);
            CHECK_FALSE(q.rubric.empty());
            // Scored on the rubric the library's one rule gives for the section's competency.
            CHECK(q.rubric == *library().rubrics.for_question(*source, s.competency_id));
        }
    }
    CHECK(uncovered_competencies(kit).empty());
    // Ids run in asking order.
    CHECK(kit.sections.front().id == "s1");
    CHECK(kit.sections.front().questions.front().id == "q1");
}

TEST_CASE("without competencies the role's most asked ones are used", "[assembler]") {
    KitRequest request;
    request.role = "cs-manager";
    const Kit kit = assemble_kit(library().bank, library().rubrics, request);
    CHECK(sections_of(kit, SectionKind::Body).size() == 5);
    CHECK(kit.question_count() >= 5);
    CHECK(sections_of(kit, SectionKind::Close).size() == 1);
}

namespace {
Question bank_question(const std::string& id, const std::string& competency, int minutes, bool scored = true,
                       const std::string& tag = "") {
    Question q;
    q.id = id;
    q.text = "Question " + id + "?";
    q.minutes = minutes;
    q.role_ids = {"lead"};
    q.competency_ids = {competency};
    q.scored = scored;
    if (!tag.empty()) q.tags = {tag};
    return q;
}
}  // namespace

TEST_CASE("an assembled kit opens with an unscored opener and closes with the candidate's questions", "[assembler]") {
    BankContent content;
    content.roles = {{"lead", "Support lead", "manager"}};
    content.competencies = {{"kpis", "KPIs", ""}, {"people", "People", ""}};
    content.questions = {bank_question("b-001", "kpis", 6), bank_question("b-002", "people", 6),
                         bank_question("b-003", "kpis", 6), bank_question("b-004", "people", 6),
                         bank_question("b-010", "people", 3, false, "opener"),
                         bank_question("b-011", "people", 4, false, "opener"),
                         bank_question("b-020", "kpis", 4, false),  // unscored, not an opener: never in the body
                         bank_question("b-030", "people", 3, false, "close")};
    content.questions[2].rubric_id = "b-003";
    QuestionBank bank;
    bank.add(content);
    RubricLibrary rubrics;
    rubrics.add(test::test_rubric("kpis", "KPIs", {"a1", "a2", "a3", "a4", "a5"}));
    rubrics.add(test::test_rubric("people", "People", {"p1", "p2", "p3", "p4", "p5"}));
    Rubric own = test::test_rubric("kpis", "Reading a metric", {"o1", "o2", "o3", "o4", "o5"});
    own.id = "b-003";
    rubrics.add_question_rubric(own);

    KitRequest request;
    request.role = "lead";
    request.competencies = {"kpis", "people"};
    request.minutes = 40;
    const Kit kit = assemble_kit(bank, rubrics, request);
    REQUIRE(kit.sections.size() == 4);

    const KitSection& opener = kit.sections[0];
    CHECK(opener.kind == SectionKind::Opener);
    REQUIRE(opener.questions.size() == 1);
    CHECK(opener.questions[0].bank_id == "b-010");  // the shorter opener
    CHECK_FALSE(opener.questions[0].scored);
    CHECK(opener.questions[0].rubric.empty());

    CHECK(kit.sections[1].competency_id == "kpis");
    CHECK(kit.sections[2].competency_id == "people");
    for (const KitSection* s : sections_of(kit, SectionKind::Body))
        for (const auto& q : s->questions) {
            CHECK(q.scored);
            CHECK(q.bank_id != "b-020");
            CHECK(q.rubric.id == (q.bank_id == "b-003" ? "b-003" : s->competency_id));
        }

    const KitSection& close = kit.sections[3];
    CHECK(close.kind == SectionKind::Close);
    CHECK(close.candidate_minutes == 5);  // under 45 minutes
    REQUIRE(close.questions.size() == 1);
    CHECK(close.questions[0].bank_id == "b-030");
    CHECK_FALSE(close.questions[0].scored);

    // 40 minutes: opener 3, close 3 + 5 reserved, 5 slack leave 24 for the body (four 6-minute questions).
    CHECK(kit.planned_minutes() + kit.reserved_minutes() == 35);
    CHECK(kit.question_count() == 6);

    // The assembled shape passes the shape checks.
    QuestionRules no_rules;
    for (const auto& f : check_kit(kit, no_rules)) {
        INFO(f.message);
        CHECK(f.check != "shape");
    }
}

TEST_CASE("unknown roles and competencies list the valid ones", "[assembler]") {
    KitRequest request;
    request.role = "astronaut";
    CHECK_THROWS_WITH(assemble_kit(library().bank, library().rubrics, request),
                      Catch::Contains("unknown role \"astronaut\"; valid roles: head-cs"));
    request.role = "cs-manager";
    request.competencies = {"juggling"};
    CHECK_THROWS_WITH(assemble_kit(library().bank, library().rubrics, request),
                      Catch::Contains("unknown competency \"juggling\"; valid competencies: kpis-metrics"));
}

TEST_CASE("questions the user names are asked first in their competency's section", "[assembler]") {
    KitRequest request;
    request.role = "cs-ops-manager";
    request.competencies = {"operations", "kpis-metrics", "conflict-resolution"};
    request.minutes = 45;
    request.questions = {"csl-066", "csl-067", "csl-077"};  // a KPI scenario, a refund scenario, budget constraints
    const Kit kit = assemble_kit(library().bank, library().rubrics, request);
    auto first_of = [&](const std::string& competency) {
        for (const auto& s : kit.sections)
            if (s.competency_id == competency && !s.questions.empty()) return s.questions.front().bank_id;
        return std::string();
    };
    CHECK(first_of("kpis-metrics") == "csl-066");
    CHECK(first_of("conflict-resolution") == "csl-067");
    CHECK(first_of("operations") == "csl-077");
    // Named questions are scored on their own rubric where they have one, like any other.
    const KitQuestion* scenario = nullptr;
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions)
            if (q.bank_id == "csl-066") scenario = &q;
    REQUIRE(scenario != nullptr);
    CHECK(scenario->rubric == *library().rubrics.for_question(*library().bank.find("csl-066"), "kpis-metrics"));

    request.questions = {"csl-999"};
    CHECK_THROWS_WITH(assemble_kit(library().bank, library().rubrics, request),
                      Catch::Contains("no bank question has the id \"csl-999\""));
    request.questions = {"csl-079"};  // the close
    CHECK_THROWS_WITH(assemble_kit(library().bank, library().rubrics, request), Catch::Contains("the kit adds those itself"));
    request.questions = {"csl-064"};  // communication: not one of the kit's competencies
    request.competencies = {"operations"};
    CHECK_THROWS_WITH(assemble_kit(library().bank, library().rubrics, request),
                      Catch::Contains("covers none of the kit's competencies"));
}
