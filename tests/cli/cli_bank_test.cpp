#include "cli_run.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

TEST_CASE("--version and --help", "[cli]") {
    auto r = ikit_run({"--version"});
    CHECK(r.code == 0);
    CHECK(r.out.rfind("ikit (Interview Kit Builder) ", 0) == 0);
    r = ikit_run({"--help"});
    CHECK(r.code == 0);
    CHECK(r.out.find("bank list") != std::string::npos);
    for (const char* cmd : {"new", "validate", "show", "check", "export"}) {
        r = ikit_run({cmd, "--help"});
        INFO(cmd);
        CHECK(r.code == 0);
        CHECK(r.out.rfind("Usage: ikit ", 0) == 0);
    }
    r = ikit_run({"bank", "list", "--help"});
    CHECK(r.out.find("--competency") != std::string::npos);
}

TEST_CASE("usage errors exit 2 with one line on stderr", "[cli]") {
    auto r = ikit_run({});
    CHECK(r.code == 2);
    r = ikit_run({"frobnicate"});
    CHECK(r.code == 2);
    CHECK(r.err == "ikit frobnicate: unknown command \"frobnicate\" (see ikit --help)\n");
    r = ikit_run({"bank", "list", "--colour"});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    r = ikit_run({"bank", "list", "--role", "astronaut"});
    CHECK(r.code == 2);
    CHECK(r.err.find("unknown role \"astronaut\"; valid roles: head-cs, director-cs, cs-manager") != std::string::npos);
    CHECK(count_lines(r.err) == 1);
    r = ikit_run({"bank", "list", "--competency", "juggling"});
    CHECK(r.code == 2);
    CHECK(r.err.find("valid competencies: kpis-metrics") != std::string::npos);
    r = ikit_run({"bank", "list", "--type", "essay"});
    CHECK(r.code == 2);
    r = ikit_run({"new", "--role", "cs-manager", "--minutes", "abc", "-o", "/tmp/x.ikit"});
    CHECK(r.code == 2);
    CHECK(r.err.find("--minutes must be a whole number") != std::string::npos);
}

TEST_CASE("bank list filters combine", "[cli]") {
    const auto all = ikit_run({"bank", "list"});
    REQUIRE(all.code == 0);
    const auto role = ikit_run({"bank", "list", "--role", "Director of Customer Support"});
    const auto role_comp = ikit_run({"bank", "list", "--role", "director-support", "--competency", "KPIS & METRICS"});
    const auto two_comp = ikit_run({"bank", "list", "--role", "director-support", "--competency", "kpis-metrics",
                                    "--competency", "conflict-resolution"});
    const auto typed = ikit_run({"bank", "list", "--role", "director-support", "--competency", "kpis-metrics",
                                 "--competency", "conflict-resolution", "--type", "behavioural"});
    CHECK(count_lines(all.out) > count_lines(role.out));
    CHECK(count_lines(role.out) > count_lines(two_comp.out));
    CHECK(count_lines(two_comp.out) > count_lines(role_comp.out));
    CHECK(count_lines(two_comp.out) >= count_lines(typed.out));
    const auto search = ikit_run({"bank", "list", "--search", "escalation"});
    CHECK(search.code == 0);
    CHECK(count_lines(search.out) < count_lines(all.out));
    CHECK(ikit_run({"bank", "list", "--search", "qqqzzz"}).out == "0 questions\n");
}

TEST_CASE("bank list writes CSV and bank XML", "[cli]") {
    const auto csv = ikit_run({"bank", "list", "--competency", "conflict-resolution", "--format", "csv"});
    REQUIRE(csv.code == 0);
    CHECK(csv.out.rfind("id,type,minutes,competencies,roles,text\r\n", 0) == 0);
    const auto xml = ikit_run({"bank", "list", "--competency", "conflict-resolution", "--format", "xml"});
    CHECK(xml.out.rfind("<?xml", 0) == 0);
    CHECK(xml.out.find("<bank format=\"1\">") != std::string::npos);
}

TEST_CASE("bank show and stats", "[cli]") {
    auto r = ikit_run({"bank", "show", "CSL-004"});
    REQUIRE(r.code == 0);
    CHECK(r.out.rfind("csl-004: ", 0) == 0);
    CHECK(r.out.find("Listen for:") != std::string::npos);
    CHECK(r.out.find("\nSuits:         ") != std::string::npos);
    CHECK(r.out.find("\nFrom:          guide 000 #4") != std::string::npos);
    CHECK(r.out.find("Guide wordings:\n  - guide 000 #4") != std::string::npos);
    r = ikit_run({"bank", "show", "nope"});
    CHECK(r.code == 1);
    CHECK(r.err == "ikit bank: no question with id \"nope\" in the bank\n");
    r = ikit_run({"bank", "stats"});
    CHECK(r.code == 0);
    CHECK(r.out.find("Per role:") != std::string::npos);
    CHECK(r.out.find("Director of Customer Support (director-support)") != std::string::npos);
    CHECK(r.out.find("Per type:") != std::string::npos);
}

TEST_CASE("--bank adds a user bank; a broken one is an error", "[cli]") {
    const std::string dir = output_dir("bank");
    const std::string good = dir + "/mine.xml";
    {
        std::ofstream f(good);
        f << "<bank format=\"1\"><questions><question id=\"mine-1\" type=\"technical\" minutes=\"3\" roles=\"cs-manager\" "
             "competencies=\"operations\"><text>How do you forecast weekend staffing?</text><listen-for>a</listen-for>"
             "<listen-for>b</listen-for><probe>c</probe></question></questions></bank>";
    }
    auto r = ikit_run({"--bank", good, "bank", "show", "mine-1"});
    CHECK(r.code == 0);
    CHECK(r.out.find("weekend staffing") != std::string::npos);
    // A long id keeps its own column: the type is never glued to it.
    const std::string long_ids = dir + "/long.xml";
    {
        std::ifstream in(good);
        std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        xml.replace(xml.find("mine-1"), 6, "a-rather-long-question-id");
        std::ofstream(long_ids) << xml;
    }
    r = ikit_run({"--bank", long_ids, "bank", "list", "--search", "weekend"});
    CHECK(r.code == 0);
    CHECK(r.out.find("a-rather-long-question-id  technical") != std::string::npos);
    const std::string bad = dir + "/bad.xml";
    std::ofstream(bad) << "<bank format=\"1\"><questions>";
    r = ikit_run({"--bank", bad, "bank", "list"});
    CHECK(r.code == 1);
    CHECK(r.err.rfind("ikit bank: " + bad + ":1:", 0) == 0);
    CHECK(count_lines(r.err) == 1);
}

TEST_CASE("rubric list and show", "[cli]") {
    auto r = ikit_run({"rubric", "list"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("kpis-metrics") != std::string::npos);
    CHECK(r.out.find("generic") != std::string::npos);
    r = ikit_run({"rubric", "show", "conflict-resolution"});
    CHECK(r.code == 0);
    CHECK(r.out.find("  1 Unsatisfactory: ") != std::string::npos);
    CHECK(r.out.find("  5 Exceptional: ") != std::string::npos);
    CHECK(ikit_run({"rubric", "show", "nope"}).code == 1);
}

TEST_CASE("bank show separates the roles a question suits from the guides it came from", "[cli]") {
    const std::string dir = output_dir("bank-suits");
    const std::string bank = dir + "/mine.xml";
    std::ofstream(bank)
        << "<bank format=\"1\"><questions>"
           "<question id=\"mine-1\" type=\"technical\" minutes=\"3\" roles=\"cs-manager\" competencies=\"operations\">"
           "<text>How do you forecast weekend staffing?</text><listen-for>a</listen-for><listen-for>b</listen-for>"
           "<probe>c</probe><source guide=\"005\" number=\"12\">Asked in a director's guide.</source></question>"
           "<question id=\"mine-2\" type=\"background\" minutes=\"3\" roles=\"cs-manager director-support\" "
           "competencies=\"communication\" scored=\"false\"><text>What drew you to support work?</text>"
           "<listen-for>a</listen-for><listen-for>b</listen-for><probe>c</probe><tag>opener</tag></question>"
           "</questions></bank>";
    auto r = ikit_run({"--bank", bank, "bank", "show", "mine-1"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("Suits:         Customer Service Manager\n") != std::string::npos);
    CHECK(r.out.find("From:          guide 005 #12\n") != std::string::npos);
    CHECK(r.out.find("Scored:        yes, on \"Operations") != std::string::npos);
    r = ikit_run({"--bank", bank, "bank", "show", "mine-2"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("From:          written for Interview Kit Builder\n") != std::string::npos);
    CHECK(r.out.find("Scored:        no (") != std::string::npos);
    CHECK(r.out.find("Guide wordings:") == std::string::npos);

    // The role filter goes by the roles a question suits, never by the guide it came from.
    r = ikit_run({"--bank", bank, "bank", "list", "--role", "director-support", "--search", "weekend"});
    CHECK(r.code == 0);
    CHECK(r.out.find("mine-1") == std::string::npos);
    r = ikit_run({"--bank", bank, "bank", "list", "--role", "cs-manager", "--search", "weekend"});
    CHECK(r.out.find("mine-1") != std::string::npos);
    r = ikit_run({"--bank", bank, "bank", "list", "--role", "director-support", "--search", "drew"});
    CHECK(r.out.find("mine-2") != std::string::npos);
}

TEST_CASE("rubric show prints a question's own rubric with its example answers", "[cli]") {
    namespace fs = std::filesystem;
    const std::string dir = output_dir("rubric-examples");
    fs::create_directories(dir + "/bank");
    fs::create_directories(dir + "/rubrics/questions");
    fs::copy_file(std::string(IKIT_SOURCE_ASSETS_DIR) + "/rubrics/generic.xml", dir + "/rubrics/generic.xml");
    fs::copy_file(std::string(IKIT_TEST_DATA_DIR) + "/schema/rubric-good-examples.xml",
                  dir + "/rubrics/questions/csl-020.xml");
    std::ostringstream out, err;
    const int code = ikit::cli::run_ikit({"rubric", "show", "csl-020"}, out, err, "", dir);
    INFO(err.str());
    REQUIRE(code == 0);
    CHECK(out.str().rfind("Reading a falling CSAT (csl-020)\n", 0) == 0);
    CHECK(out.str().find("\nExample answers:\n  1: I would tell the team to be friendlier on calls.\n  3: ") !=
          std::string::npos);
    CHECK(out.str().find("  ! ") == std::string::npos);  // it meets the rubric rules
}
