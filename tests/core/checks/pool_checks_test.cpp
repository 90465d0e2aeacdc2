// The pool check (issue 19): variants that could not be compared with their question are errors; a
// pool holding only the question is advice; a well-formed pool adds nothing.
#include "checks/kit_checks.h"
#include "checks/kit_errors.h"
#include "pooled_kit.h"

#include <catch2/catch.hpp>

using namespace ikit;

namespace {
std::vector<Finding> pool_findings(const Kit& kit) {
    std::vector<Finding> out;
    for (const auto& f : check_kit(kit, {}))
        if (f.check == "pool") out.push_back(f);
    return out;
}
}  // namespace

TEST_CASE("a pool of interchangeable variants raises nothing", "[checks][variants]") {
    CHECK(pool_findings(test::pooled_kit()).empty());
    CHECK(pool_findings(test::sample_kit()).empty());
}

TEST_CASE("a variant of another type, main competency or rubric is an error naming the member", "[checks][variants]") {
    Kit kit = test::pooled_kit();
    auto& v = kit.sections[0].questions[0].pool.variants;
    v[0].type = QuestionType::Situational;
    v[1].competency_ids = {"conflict-resolution", "kpis-metrics"};
    auto findings = pool_findings(kit);
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].severity == Severity::Error);
    CHECK(findings[0].question_id == "q1");
    CHECK(findings[0].message.find("Variant 2") != std::string::npos);
    CHECK(findings[0].message.find("situational") != std::string::npos);
    CHECK(findings[1].message.find("Variant 3") != std::string::npos);
    CHECK(findings[1].message.find("conflict-resolution") != std::string::npos);
    CHECK_FALSE(kit_errors(kit, {}).empty());  // an export refuses it

    kit = test::pooled_kit();
    kit.sections[0].questions[0].pool.variants[1].rubric_id = "other-rubric";
    findings = pool_findings(kit);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Error);
    CHECK(findings[0].message.find("other-rubric") != std::string::npos);

    // Absent type, competencies and rubric mean the question's: nothing to report.
    kit = test::pooled_kit();
    for (auto& variant : kit.sections[0].questions[0].pool.variants) {
        variant.type.reset();
        variant.competency_ids.clear();
        variant.rubric_id.clear();
    }
    CHECK(pool_findings(kit).empty());
}

TEST_CASE("a pool of one is advice", "[checks][variants]") {
    Kit kit = test::pooled_kit();
    kit.sections[0].questions[0].pool.variants.clear();
    const auto findings = pool_findings(kit);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Advice);
    CHECK(findings[0].message.find("only the question itself") != std::string::npos);
}
