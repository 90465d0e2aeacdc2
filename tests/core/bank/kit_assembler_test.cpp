#include "bank/library_loader.h"
#include "bank/kit_assembler.h"
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
}  // namespace

TEST_CASE("a kit is assembled for a role, covering the competencies asked, within the minutes", "[assembler]") {
    KitRequest request;
    request.role = "Director of Customer Support";
    request.competencies = {"kpis-metrics", "Conflict resolution", "team-management", "operations"};
    request.minutes = 45;
    const Kit kit = assemble_kit(library().bank, library().rubrics, request);
    CHECK(kit.properties.role_id == "director-support");
    REQUIRE(kit.sections.size() == 4);
    CHECK(kit.competencies.size() == 4);
    CHECK(kit.planned_minutes() <= 40);
    CHECK(kit.planned_minutes() >= 25);
    std::set<std::string> bank_ids;
    for (const auto& s : kit.sections) {
        INFO(s.title);
        CHECK_FALSE(s.questions.empty());
        for (const auto& q : s.questions) {
            CHECK(bank_ids.insert(q.bank_id).second);
            const Question* source = library().bank.find(q.bank_id);
            REQUIRE(source != nullptr);
            CHECK(std::find(source->role_ids.begin(), source->role_ids.end(), "director-support") != source->role_ids.end());
            CHECK(std::find(q.competency_ids.begin(), q.competency_ids.end(), s.competency_id) != q.competency_ids.end());
            CHECK_FALSE(q.rubric.empty());
        }
    }
    CHECK(uncovered_competencies(kit).empty());
}

TEST_CASE("without competencies the role's most asked ones are used", "[assembler]") {
    KitRequest request;
    request.role = "cs-manager";
    const Kit kit = assemble_kit(library().bank, library().rubrics, request);
    CHECK(kit.sections.size() == 5);
    CHECK(kit.question_count() >= 5);
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
