// The interview plan in the kit file: round trips, old kits, hostile plans.
#include "serialize/kit_file.h"
#include "serialize/plan_xml.h"
#include "test_kits.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ikit;

namespace {

// The message parse_kit throws for `xml`, or "" when it reads.
std::string refusal(const std::string& xml) {
    try {
        parse_kit(xml, "plan.ikit");
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

// The loop kit's XML with its <plan> replaced by `plan`.
std::string with_plan(const std::string& plan) {
    std::string xml = write_kit(test::loop_kit());
    const auto from = xml.find("  <plan>");
    const auto to = xml.find("</plan>\n") + 8;
    REQUIRE(from != std::string::npos);
    return xml.replace(from, to - from, plan);
}

}  // namespace

TEST_CASE("a plan survives write and read, byte for byte", "[serialize][plan]") {
    Kit kit = test::loop_kit();
    kit.plan.interviews[1].name = u8"Panel: \"Ops\" & <people>\nsecond line";
    kit.plan.interviews[1].interviewers.push_back({u8"  Zoë Łukasiewicz ", ""});
    kit.plan.interviews.push_back(Interview{"i9", "", 0, {{}}, {}, {}});  // nothing assigned, a blank slot
    const std::string xml = write_kit(kit);
    std::vector<std::string> warnings;
    const Kit back = parse_kit(xml, "loop.ikit", &warnings);
    CHECK(warnings.empty());
    CHECK(back.plan == kit.plan);
    CHECK(back == kit);
    CHECK(write_kit(back) == xml);
}

TEST_CASE("the plan is written after the sections, in a fixed shape", "[serialize][plan]") {
    const std::string xml = write_kit(test::loop_kit());
    CHECK(xml.find("  </sections>\n  <plan>\n    <interview id=\"i1\" name=\"Phone screen\" minutes=\"20\">\n"
                   "      <interviewer name=\"Ana Ruiz\" role=\"Recruiter\"/>\n      <question ref=\"q6\"/>\n") !=
          std::string::npos);
    CHECK(xml.find("      <interviewer role=\"Peer manager\"/>\n      <section ref=\"s1\"/>\n      <question ref=\"q3\"/>\n") !=
          std::string::npos);
    CHECK(xml.find("</plan>\n</kit>\n") != std::string::npos);
}

TEST_CASE("a kit without a plan is written exactly as before", "[serialize][plan]") {
    const Kit kit = test::export_sample_kit();
    const std::string xml = write_kit(kit);
    CHECK(xml.find("<plan") == std::string::npos);
    CHECK(parse_kit(xml, "old.ikit").plan.empty());
}

TEST_CASE("a plan after unknown elements of a newer version keeps both", "[serialize][plan]") {
    std::string xml = write_kit(test::loop_kit());
    xml.replace(xml.find("  <plan>"), 0, "  <future-thing a=\"1\"/>\n");
    std::vector<std::string> warnings;
    const Kit kit = parse_kit(xml, "new.ikit", &warnings);
    CHECK(kit.plan == test::loop_kit().plan);
    REQUIRE(kit.extensions.size() == 1);
    CHECK(kit.extensions[0].find("future-thing") != std::string::npos);
}

TEST_CASE("the writer leaves out references that mean nothing", "[serialize][plan]") {
    Kit kit = test::loop_kit();
    kit.plan.interviews[2].section_ids.push_back("s1");      // s1 already belongs to i2
    kit.plan.interviews[2].question_ids.push_back("q6");     // q6 already belongs to i1
    kit.plan.interviews[2].question_ids.push_back("gone");   // no such question
    kit.plan.interviews[0].minutes = -5;                      // out of range: written as 0
    const Kit back = parse_kit(write_kit(kit), "mem.ikit");
    CHECK(back.plan.interviews[2].section_ids == std::vector<std::string>{"s3"});
    CHECK(back.plan.interviews[2].question_ids == std::vector<std::string>{"q4"});
    CHECK(back.plan.interviews[0].minutes == 0);
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) {
            const Interview* before = interview_of_question(kit, q.id);
            const Interview* after = interview_of_question(back, q.id);
            REQUIRE((before && after));
            CHECK(before->id == after->id);  // the same assignment
        }
}

TEST_CASE("a reference to a section or question the kit lacks is dropped with a warning", "[serialize][plan]") {
    // An older version keeps the plan as it is while the user deletes a section: the kit must still open.
    const std::string xml = with_plan(
        "  <plan>\n    <interview id=\"i1\" name=\"Screen\" minutes=\"30\">\n      <section ref=\"s9\"/>\n"
        "      <question ref=\"q1\"/>\n      <question ref=\"q77\"/>\n    </interview>\n  </plan>\n");
    std::vector<std::string> warnings;
    const Kit kit = parse_kit(xml, "plan.ikit", &warnings);
    REQUIRE(kit.plan.interviews.size() == 1);
    CHECK(kit.plan.interviews[0].section_ids.empty());
    CHECK(kit.plan.interviews[0].question_ids == std::vector<std::string>{"q1"});
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].find("plan.ikit:") == 0);
    CHECK(warnings[0].find("interview \"i1\" refers to section \"s9\", which the kit does not have") != std::string::npos);
    CHECK(warnings[1].find("question \"q77\"") != std::string::npos);
}

TEST_CASE("hostile and broken plans are refused with the file and line", "[serialize][plan]") {
    const std::string head = "  <plan>\n    <interview id=\"i1\" name=\"A\" minutes=\"30\">\n";  // lines 2+n…
    const auto line_of = [](const std::string& xml, const std::string& what) {
        const auto at = xml.find(what);
        return std::to_string(1 + std::count(xml.begin(), xml.begin() + static_cast<long>(at), '\n'));
    };

    SECTION("a duplicate interview id") {
        const std::string xml = with_plan(head + "    </interview>\n    <interview id=\"i1\" name=\"B\" minutes=\"30\">\n"
                                                 "    </interview>\n  </plan>\n");
        CHECK(refusal(xml) == "plan.ikit:" + line_of(xml, "name=\"B\"") + ": duplicate interview id \"i1\"");
    }
    SECTION("an interview without an id or minutes") {
        CHECK(refusal(with_plan("  <plan>\n    <interview name=\"A\" minutes=\"3\"/>\n  </plan>\n")).find("id") !=
              std::string::npos);
        CHECK(refusal(with_plan("  <plan>\n    <interview id=\"i1\" name=\"A\"/>\n  </plan>\n")).find("has no minutes") !=
              std::string::npos);
    }
    SECTION("minutes out of range or not digits") {
        for (const char* bad : {"1441", "-1", "4294967296", "0x10", "3.5", " 30"}) {
            const std::string msg =
                refusal(with_plan(std::string("  <plan>\n    <interview id=\"i1\" name=\"A\" minutes=\"") + bad +
                                  "\"/>\n  </plan>\n"));
            CHECK(msg.find("minutes") != std::string::npos);
            CHECK(msg.find("from 0 to 1440") != std::string::npos);
        }
    }
    SECTION("a section or question in two interviews") {
        const std::string xml = with_plan(head + "      <section ref=\"s1\"/>\n    </interview>\n"
                                                 "    <interview id=\"i2\" name=\"B\" minutes=\"30\">\n      <section ref=\"s1\"/>\n"
                                                 "    </interview>\n  </plan>\n");
        // the second reference, on the line after interview B
        const std::string second_ref = std::to_string(std::stoi(line_of(xml, "name=\"B\"")) + 1);
        CHECK(refusal(xml).find("plan.ikit:" + second_ref + ": the section \"s1\" is assigned to two interviews") == 0);
        CHECK(refusal(with_plan(head + "      <question ref=\"q1\"/>\n      <question ref=\"q1\"/>\n    </interview>\n  </plan>\n"))
                  .find("the question \"q1\" is assigned to two interviews") != std::string::npos);
    }
    SECTION("a reference without ref") {
        CHECK(refusal(with_plan(head + "      <section/>\n    </interview>\n  </plan>\n")).find("ref") != std::string::npos);
    }
    SECTION("two plans") {
        const std::string plan = "  <plan>\n  </plan>\n";
        CHECK(refusal(with_plan(plan + plan)).find("more than one <plan>") != std::string::npos);
    }
    SECTION("more than 50 interviews") {
        std::string plan = "  <plan>\n";
        for (int i = 1; i <= 51; ++i)
            plan += "    <interview id=\"i" + std::to_string(i) + "\" name=\"A\" minutes=\"30\"/>\n";
        const std::string xml = with_plan(plan + "  </plan>\n");
        CHECK(refusal(xml) == "plan.ikit:" + line_of(xml, "id=\"i51\"") + ": refused: the plan has more than 50 interviews");
        plan = "  <plan>\n";
        for (int i = 1; i <= 50; ++i)
            plan += "    <interview id=\"i" + std::to_string(i) + "\" name=\"A\" minutes=\"30\"/>\n";
        CHECK(parse_kit(with_plan(plan + "  </plan>\n"), "ok.ikit").plan.interviews.size() == 50);
    }
    SECTION("more than 20 interviewers in one interview") {
        std::string slots;
        for (int i = 1; i <= 21; ++i) slots += "      <interviewer name=\"P" + std::to_string(i) + "\"/>\n";
        const std::string xml = with_plan(head + slots + "    </interview>\n  </plan>\n");
        CHECK(refusal(xml) == "plan.ikit:" + line_of(xml, "\"P21\"") +
                                  ": refused: interview \"i1\" has more than 20 interviewers");
    }
}

TEST_CASE("unknown elements inside the plan are reported, not silently dropped", "[serialize][plan]") {
    const std::string xml = with_plan("  <plan>\n    <note/>\n    <interview id=\"i1\" name=\"A\" minutes=\"30\">\n"
                                      "      <room>4B</room>\n    </interview>\n  </plan>\n");
    std::vector<std::string> warnings;
    const Kit kit = parse_kit(xml, "plan.ikit", &warnings);
    CHECK(kit.plan.interviews.size() == 1);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].find("unknown element <room> inside <interview>") != std::string::npos);
    CHECK(warnings[1].find("unknown element <note> inside <plan>") != std::string::npos);
}
