// Issue 16's additions to the files: calibration examples in rubrics, unscored questions, questions with
// their own rubric, and sections that know whether they open, carry or close the interview.

#include "bank/library_loader.h"
#include "bank/rubric_library.h"
#include "serialize/bank_reader.h"
#include "serialize/kit_file.h"
#include "serialize/rubric_reader.h"
#include "test_kits.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace ikit;

namespace {

const char* kRubricWithExamples = R"(<?xml version="1.0" encoding="UTF-8"?>
<rubric format="1" id="csl-020" competency="kpis-metrics" name="Reading a falling CSAT">
  <description>How the candidate finds out why satisfaction fell.</description>
  <level score="1" label="Unsatisfactory">Guesses a cause without looking at any data.</level>
  <level score="2" label="Weak">Looks at the overall score only.</level>
  <level score="3" label="Meets the bar">Splits the score by queue or contact reason.</level>
  <level score="4" label="Strong">Splits the score and reads the comments behind the drop.</level>
  <level score="5" label="Exceptional">Tests a cause against the data before acting on it.</level>
  <example level="1">I would tell the team to be friendlier on calls.</example>
  <example level="3">I would break the score down by queue and see which one dropped.</example>
  <example level="5">I would split by queue, read the comments, and check the suspected cause against the dates.</example>
</rubric>
)";

std::string error_of_rubric(const std::string& xml) {
    try {
        parse_rubric(xml, "r.xml");
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

std::string error_of_kit(const std::string& xml) {
    try {
        parse_kit(xml, "k.ikit");
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// A kit with an opener, a body and a close, an unscored question and a rubric with examples.
Kit shaped_kit() {
    Kit kit = test::sample_kit();
    KitSection opener;
    opener.id = "s0";
    opener.title = "Opening";
    opener.kind = SectionKind::Opener;
    KitQuestion hello = test::test_question("q0", "Walk me through how you came to this role.", "", 3);
    hello.type = QuestionType::Background;
    hello.scored = false;
    opener.questions.push_back(hello);
    kit.sections.insert(kit.sections.begin(), opener);
    KitSection close;
    close.id = "s9";
    close.title = "Close";
    close.kind = SectionKind::Close;
    close.candidate_minutes = 10;
    kit.sections.push_back(close);
    kit.sections[1].questions[0].rubric = parse_rubric(kRubricWithExamples, "r.xml");
    return kit;
}

}  // namespace

TEST_CASE("a rubric's examples are read in order, for the levels they name", "[serialize][rubrics]") {
    const Rubric r = parse_rubric(kRubricWithExamples, "r.xml");
    REQUIRE(r.examples.size() == 3);
    CHECK(r.examples[0].score == 1);
    CHECK(r.examples[2].score == 5);
    CHECK(r.example(3)->text == "I would break the score down by queue and see which one dropped.");
    CHECK(r.example(2) == nullptr);
    CHECK(r.level(4)->label == "Strong");
}

TEST_CASE("a rubric without examples reads as before", "[serialize][rubrics]") {
    std::string old = kRubricWithExamples;
    old.erase(old.find("  <example"), old.find("</rubric>") - old.find("  <example"));
    const Rubric r = parse_rubric(old, "r.xml");
    CHECK(r.examples.empty());
    CHECK(r.levels.size() == 5);
}

TEST_CASE("bad examples are refused with the file and line", "[serialize][rubrics][hostile]") {
    const std::string good = kRubricWithExamples;
    CHECK(error_of_rubric(replaced(good, "example level=\"3\"", "example level=\"three\"")) ==
          "r.xml:10: attribute level=\"three\" of <example> must be a whole number from 1 to 10");
    CHECK(error_of_rubric(replaced(good, "example level=\"3\"", "example level=\"0\"")).find("r.xml:10:") == 0);
    CHECK(error_of_rubric(replaced(good, "example level=\"3\"", "example")) ==
          "r.xml:10: <example> has no level attribute");
    CHECK(error_of_rubric(replaced(good, "<level score=\"5\"", "<level score=\"6\"")) ==
          "r.xml:11: <example level=\"5\"> is for a level the rubric \"csl-020\" does not have");
    CHECK(error_of_rubric(replaced(good, "example level=\"5\"", "example level=\"3\"")) ==
          "r.xml:11: the rubric \"csl-020\" has a second <example> for level 3");
}

TEST_CASE("unscored questions, section kinds and rubric examples survive a save, byte for byte", "[serialize]") {
    const Kit kit = shaped_kit();
    const std::string xml = write_kit(kit);
    CHECK(xml.find("<section id=\"s0\" kind=\"opener\">") != std::string::npos);
    CHECK(xml.find("<section id=\"s9\" kind=\"close\" candidate-minutes=\"10\">") != std::string::npos);
    CHECK(xml.find("<question id=\"q0\" type=\"background\" minutes=\"3\" scored=\"false\">") != std::string::npos);
    CHECK(xml.find("      <example level=\"5\">I would split by queue") != std::string::npos);
    const Kit back = parse_kit(xml, "k.ikit");
    CHECK(back == kit);
    CHECK_FALSE(back.sections[0].questions[0].scored);
    CHECK(back.sections[0].kind == SectionKind::Opener);
    CHECK(back.sections.back().candidate_minutes == 10);
    CHECK(back.sections[1].questions[0].rubric.examples.size() == 3);
    CHECK(back.reserved_minutes() == 10);
    CHECK(write_kit(back) == xml);
    // The schema_validation test checks the saved file against kit.xsd.
    save_kit_file(kit, test::fresh_dir("interview-shape") + "/shaped.ikit");
}

TEST_CASE("a kit written before issue 16 opens unchanged and saves without the new attributes", "[serialize]") {
    const Kit old = test::sample_kit();
    const std::string xml = write_kit(old);
    CHECK(xml.find("scored=") == std::string::npos);
    CHECK(xml.find("kind=") == std::string::npos);
    CHECK(xml.find("<example") == std::string::npos);
    const Kit back = parse_kit(xml, "old.ikit");
    for (const auto& s : back.sections) {
        CHECK(s.kind == SectionKind::Body);
        CHECK(s.candidate_minutes == 0);
        for (const auto& q : s.questions) CHECK(q.scored);
    }
    // scored="true" written by hand means the same as no attribute.
    CHECK(parse_kit(replaced(xml, "<question id=\"q1\"", "<question scored=\"true\" id=\"q1\""), "k.ikit") == old);
}

TEST_CASE("bad values of the new kit attributes are refused", "[serialize][hostile]") {
    const std::string xml = write_kit(shaped_kit());
    CHECK(error_of_kit(replaced(xml, "scored=\"false\"", "scored=\"no\"")) ==
          "k.ikit:27: attribute scored=\"no\" of <question> must be true or false");
    CHECK(error_of_kit(replaced(xml, "kind=\"opener\"", "kind=\"warm-up\"")) ==
          "k.ikit:25: attribute kind=\"warm-up\" of <section> must be opener, body or close");
    CHECK(error_of_kit(replaced(xml, "candidate-minutes=\"10\"", "candidate-minutes=\"-5\""))
              .find("attribute candidate-minutes=\"-5\" of <section> must be a whole number from 0 to 1440") !=
          std::string::npos);
    CHECK(error_of_kit(replaced(xml, "<example level=\"3\">", "<example level=\"7\">"))
              .find("<example level=\"7\"> is for a level the rubric") != std::string::npos);
}

namespace {
const char* kBank = R"(<?xml version="1.0" encoding="UTF-8"?>
<bank format="1" id="mine" name="Mine">
  <questions>
    <question id="my-001" type="situational" minutes="4" roles="cs-manager" competencies="kpis-metrics" rubric="my-001">
      <text>What would you do if first-contact resolution fell by ten points in a month?</text>
      <listen-for>Checks data quality first</listen-for>
      <probe>Who would you tell?</probe>
      <source guide="002" number="14">The guide's wording.</source>
    </question>
    <question id="my-002" type="background" minutes="3" roles="cs-manager" competencies="communication" scored="false">
      <text>What drew you to support work?</text>
      <tag>opener</tag>
    </question>
  </questions>
</bank>
)";
}  // namespace

TEST_CASE("bank questions carry their own rubric, whether they are scored, and may have no source", "[bank][serialize]") {
    for (const bool tree : {false, true}) {
        INFO(tree);
        const BankContent content = tree ? parse_bank_with_tree(kBank, "b.xml") : parse_bank(kBank, "b.xml");
        REQUIRE(content.questions.size() == 2);
        CHECK(content.questions[0].rubric_id == "my-001");
        CHECK(content.questions[0].scored);
        CHECK(content.questions[1].rubric_id.empty());
        CHECK_FALSE(content.questions[1].scored);
        CHECK(content.questions[1].sources.empty());
        CHECK(parse_bank(write_bank(content), "again.xml").questions == content.questions);
    }
    CHECK(parse_bank(kBank, "b.xml").questions == parse_bank_with_tree(kBank, "b.xml").questions);
    CHECK_THROWS_WITH(parse_bank(replaced(kBank, "scored=\"false\"", "scored=\"0\""), "b.xml"),
                      "b.xml:10: question \"my-002\": scored=\"0\" must be true or false");
}

TEST_CASE("a question's own rubric wins over its competency's, where it asks about that competency", "[bank][rubrics]") {
    RubricLibrary library;
    library.add(test::test_rubric("kpis-metrics", "KPIs", {"a", "b", "c", "d", "e"}));
    library.add(test::test_rubric("communication", "Communication", {"a", "b", "c", "d", "e"}));
    Rubric own = parse_rubric(kRubricWithExamples, "r.xml");
    library.add_question_rubric(own);

    // A question rubric never stands for its competency.
    CHECK(library.for_competency("kpis-metrics")->id == "kpis-metrics");
    CHECK(library.is_question_rubric(own));
    CHECK_FALSE(library.is_question_rubric(*library.find("kpis-metrics")));

    Question q;
    q.id = "csl-020";
    q.competency_ids = {"kpis-metrics", "communication"};
    CHECK(library.for_question(q)->id == "kpis-metrics");
    q.rubric_id = "csl-020";
    CHECK(library.for_question(q)->id == "csl-020");
    CHECK(library.for_question(q, "kpis-metrics")->id == "csl-020");
    // Asked for its secondary competency, it is scored on that competency's rubric.
    CHECK(library.for_question(q, "communication")->id == "communication");
    // A rubric id the library does not have falls back to the competency's.
    q.rubric_id = "nowhere";
    CHECK(library.for_question(q)->id == "kpis-metrics");
}

TEST_CASE("the library loads rubrics/questions/ and names a question rubric that is missing", "[bank][rubrics]") {
    namespace fs = std::filesystem;
    const std::string dir = test::fresh_dir("question-rubrics");
    fs::create_directories(dir + "/bank");
    fs::create_directories(dir + "/rubrics/questions");
    fs::copy_file(std::string(IKIT_SOURCE_ASSETS_DIR) + "/rubrics/kpis-metrics.xml", dir + "/rubrics/kpis-metrics.xml");
    fs::copy_file(std::string(IKIT_SOURCE_ASSETS_DIR) + "/rubrics/generic.xml", dir + "/rubrics/generic.xml");
    std::string bank = replaced(kBank, "<questions>",
                                "<roles><role id=\"cs-manager\" level=\"manager\">CS manager</role></roles>\n"
                                "  <competencies><competency id=\"kpis-metrics\" name=\"KPIs\">k</competency>"
                                "<competency id=\"communication\" name=\"Communication\">c</competency></competencies>\n"
                                "  <questions>");
    std::ofstream(dir + "/bank/mine.xml", std::ios::binary) << bank;
    std::ofstream(dir + "/rubrics/questions/my-001.xml", std::ios::binary)
        << replaced(kRubricWithExamples, "id=\"csl-020\"", "id=\"my-001\"");

    const auto library = load_library(DataPaths("", dir), {}, false);
    CHECK(library.errors.empty());
    const Rubric* own = library.rubrics.find("my-001");
    REQUIRE(own);
    CHECK(library.rubrics.is_question_rubric(*own));
    CHECK(library.rubrics.for_question(*library.bank.find("my-001"))->id == "my-001");
    CHECK(library.rubrics.for_competency("kpis-metrics")->id == "kpis-metrics");

    fs::remove(dir + "/rubrics/questions/my-001.xml");
    const auto without = load_library(DataPaths("", dir), {}, false);
    REQUIRE(without.errors.size() == 1);
    CHECK(without.errors[0] == dir + "/bank/mine.xml: question \"my-001\" names rubric \"my-001\", which no rubric "
                                     "file holds (looked in rubrics/questions/)");
}
