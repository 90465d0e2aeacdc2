#include "cli_run.h"
#include "serialize/kit_file.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

TEST_CASE("ikit new assembles a valid kit within the minutes", "[cli]") {
    const std::string dir = output_dir("new");
    const std::string file = dir + "/director.ikit";
    auto r = ikit_run({"new", "--role", "director-support", "--competency", "kpis-metrics", "--competency",
                       "Conflict resolution", "--competency", "team-management", "--minutes", "45", "--title",
                       "Director panel", "-o", file});
    REQUIRE(r.code == 0);
    CHECK(r.out.rfind("wrote " + file + ": ", 0) == 0);
    const ikit::Kit kit = ikit::read_kit_file(file);
    CHECK(kit.properties.title == "Director panel");
    std::size_t body = 0;
    for (const auto& s : kit.sections) body += s.kind == ikit::SectionKind::Body ? 1 : 0;
    CHECK(body == 3);
    REQUIRE(kit.sections.back().kind == ikit::SectionKind::Close);
    CHECK(kit.sections.back().candidate_minutes == 10);
    CHECK(kit.planned_minutes() + kit.reserved_minutes() <= 40);  // 5 minutes of slack
    CHECK(r.out.find(" of 45 minutes planned (10 of them for the candidate's questions)\n") != std::string::npos);
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) CHECK(q.rubric.empty() == !q.scored);
    r = ikit_run({"validate", file});
    CHECK(r.code == 0);
    CHECK(r.out == file + ": valid (" + std::to_string(kit.question_count()) + " questions)\n");
    r = ikit_run({"show", file});
    CHECK(r.code == 0);
    CHECK(r.out.rfind("Director panel\n", 0) == 0);
    CHECK(r.out.find("## KPIs & metrics") != std::string::npos);
    CHECK(r.out.find("## Close  (close)\n\n10 minutes reserved for the candidate's questions\n") != std::string::npos);
    CHECK(r.out.find("rubric: ") != std::string::npos);
}

TEST_CASE("ikit new: missing or unknown parts are usage errors", "[cli]") {
    CHECK(ikit_run({"new", "--role", "cs-manager"}).code == 2);
    CHECK(ikit_run({"new", "-o", "/tmp/x.ikit"}).code == 2);
    const auto r = ikit_run({"new", "--role", "cs-manager", "--competency", "juggling", "-o", "/tmp/x.ikit"});
    CHECK(r.code == 2);
    CHECK(r.err.find("valid competencies:") != std::string::npos);
}

TEST_CASE("ikit validate reports bad files and questions without rubrics", "[cli]") {
    const std::string dir = output_dir("validate");
    const std::string good = dir + "/good.ikit";
    REQUIRE(ikit_run({"new", "--role", "cs-manager", "-o", good}).code == 0);

    std::string text;
    {
        std::ifstream in(good);
        text.assign(std::istreambuf_iterator<char>(in), {});
    }
    // Strip the first rubric (of the first scored question: an unscored opener has none) and empty one
    // anchor of the second.
    std::string no_rubric = text;
    const auto start = no_rubric.find("        <rubric");
    REQUIRE(start != std::string::npos);
    const auto owner = no_rubric.rfind("<question id=\"", start) + 14;
    const std::string first_scored = no_rubric.substr(owner, no_rubric.find('"', owner) - owner);
    const auto end = no_rubric.find("</rubric>\n", start) + 10;
    no_rubric.erase(start, end - start);
    const auto anchor = no_rubric.find("<level score=\"3\"");
    const auto anchor_text = no_rubric.find('>', anchor) + 1;
    no_rubric.erase(anchor_text, no_rubric.find("</level>", anchor_text) - anchor_text);
    const std::string bad_rubric = dir + "/bad-rubric.xml";  // not .ikit: the schema test skips it on purpose
    std::ofstream(bad_rubric) << no_rubric;
    const std::string broken = dir + "/broken.xml";
    std::ofstream(broken) << text.substr(0, text.size() / 3);

    auto r = ikit_run({"validate", good, bad_rubric, broken});
    CHECK(r.code == 1);
    CHECK(r.out == good + ": valid (" + std::to_string(ikit::read_kit_file(good).question_count()) + " questions)\n");
    CHECK(r.err.find(bad_rubric + ": question " + first_scored + " ") != std::string::npos);
    CHECK(r.err.find("has no rubric: attach one") != std::string::npos);
    CHECK(r.err.find("level 3 has no anchor") != std::string::npos);
    CHECK(r.err.find(broken + ":") != std::string::npos);
    CHECK(ikit_run({"validate"}).code == 2);
    CHECK(ikit_run({"validate", dir + "/missing.ikit"}).err.find("missing.ikit: cannot open: there is no such file") != std::string::npos);
}
