// Which findings of a kit are errors, and the lines that name them: what the app asks about before
// printing a kit.

#include "checks/kit_errors.h"
#include "serialize/question_rules_reader.h"
#include "test_kits.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ikit;

TEST_CASE("error_findings keeps only the errors, in order", "[checks]") {
    Finding advice, error1, warning, error2;
    error1.severity = error2.severity = Severity::Error;
    warning.severity = Severity::Warning;
    error1.message = "first";
    error2.message = "second";
    const auto errors = error_findings({advice, error1, warning, error2});
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].message == "first");
    CHECK(errors[1].message == "second");
    CHECK(error_findings({advice, warning}).empty());
}

TEST_CASE("a kit asking about children has an error named by its question number", "[checks]") {
    const QuestionRules rules =
        read_question_rules_file(std::string(IKIT_SOURCE_ASSETS_DIR) + "/checks/question_rules.xml");
    Kit kit = test::sample_kit();
    REQUIRE(kit_errors(kit, rules).empty());
    KitQuestion q;
    q.id = "custom-children";
    q.text = "How old are your children?";
    q.minutes = 5;
    kit.sections.back().questions.push_back(q);
    const auto errors = kit_errors(kit, rules);
    REQUIRE_FALSE(errors.empty());
    CHECK(errors.front().question_id == "custom-children");
    const auto lines = error_lines(kit, errors);
    REQUIRE(lines.size() == errors.size());
    CHECK(lines.front() == "Question " + std::to_string(kit.question_count()) + ": " + errors.front().message);
}
