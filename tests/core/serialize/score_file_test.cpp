#include "serialize/score_file.h"
#include "scoring/kit_fingerprint.h"
#include "scoring_examples.h"
#include "test_kits.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace ikit;
namespace fs = std::filesystem;

namespace {

ScoreSheet full_sheet() {
    ScoreSheet sheet = test::scoring_example_sheet(1);
    sheet.candidate = u8"Zoë Łukasiewicz";
    sheet.reference = "ATS-1042";
    auto& card = sheet.scorecards[0];
    card.interview_id = "i2";
    card.notes = "line one\nline two\r\n  spaced  ";
    card.takeaways = u8"Strong on metrics; 日本語 😀";
    card.questions[0].variant = "Tell me about a KPI you retired";
    card.questions[1].evidence = "special < > & \" ' ]]> &amp;";
    sheet.scorecards[2].submitted.clear();
    return sheet;
}

std::string refusal(const std::string& xml) {
    try {
        parse_score_sheet(xml, "bad.iscore");
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

const char* const kHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scores format=\"1\">\n"
                          "  <candidate>Sam</candidate>\n  <kit fingerprint=\"0123456789abcdef\">Kit</kit>\n";

}  // namespace

TEST_CASE("a score sheet survives write and read unchanged, in the same bytes", "[serialize][scores]") {
    const ScoreSheet sheet = full_sheet();
    const std::string xml = write_score_sheet(sheet);
    const ScoreSheet back = parse_score_sheet(xml, "mem.iscore");
    CHECK(back == sheet);
    CHECK(write_score_sheet(back) == xml);
    CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scores format=\"1\">\n"
                    "  <candidate reference=\"ATS-1042\">Zo\xC3\xAB \xC5\x81ukasiewicz</candidate>\n"
                    "  <kit fingerprint=\"" + sheet.kit.fingerprint + "\">Support lead panel</kit>\n"
                    "  <scorecard interviewer=\"Ana\" interview=\"i2\" submitted=\"2025-03-04\">\n"
                    "    <question id=\"q1\" rating=\"4\" variant=\"Tell me about a KPI you retired\">Ana on q1</question>\n", 0) == 0);
    CHECK(xml.find("    <question id=\"q4\"/>\n") != std::string::npos);  // no evidence: no rating
}

TEST_CASE("an empty sheet and an empty scorecard round-trip", "[serialize][scores]") {
    ScoreSheet sheet;
    CHECK(parse_score_sheet(write_score_sheet(sheet), "empty.iscore") == sheet);
    sheet.scorecards.emplace_back();
    CHECK(parse_score_sheet(write_score_sheet(sheet), "empty.iscore") == sheet);
}

TEST_CASE("saving a score file is atomic and keeps a backup", "[serialize][scores]") {
    const std::string dir = test::fresh_dir("score_save");
    const std::string path = dir + "/sam.iscore";
    ScoreSheet sheet = full_sheet();
    save_score_file(sheet, path);
    const std::string first = test::slurp(path);
    CHECK(read_score_file(path) == sheet);
    sheet.candidate = "Changed";
    save_score_file(sheet, path);
    CHECK(read_score_file(path).candidate == "Changed");
    CHECK(test::slurp(path + "~") == first);
    int files = 0;
    for (const auto& e : fs::directory_iterator(dir)) files += e.is_regular_file() ? 1 : 0;
    CHECK(files == 2);
    fs::remove(path + "~");  // a backup is not validated against the schema
}

TEST_CASE("hostile and broken score files are refused with file and line", "[serialize][scores][hostile]") {
    const std::string tail = "</scores>\n";
    struct Case {
        std::string xml;
        const char* message;
    };
    const std::vector<Case> cases{
        {std::string(kHead) + "  <scorecard interviewer=\"A\"><question id=\"q1\" rating=\"11\"/></scorecard>\n" + tail,
         "bad.iscore:5: attribute rating=\"11\" of <question> must be a whole number from 1 to 10"},
        {std::string(kHead) + "  <scorecard interviewer=\"A\"><question id=\"q1\" rating=\"0\"/></scorecard>\n" + tail,
         "must be a whole number from 1 to 10"},
        {std::string(kHead) + "  <scorecard interviewer=\"A\"><question id=\"q1\" rating=\"4.0\"/></scorecard>\n" + tail,
         "must be a whole number from 1 to 10"},
        {std::string(kHead) + "  <scorecard interviewer=\"A\"><competency id=\"c\" rating=\"-1\"/></scorecard>\n" + tail,
         "of <competency> must be a whole number from 1 to 10"},
        {std::string(kHead) + "  <scorecard interviewer=\"A\"><question id=\"q1\"/><question id=\"q1\"/></scorecard>\n" + tail,
         "bad.iscore:5: question \"q1\" is rated twice by A"},
        {std::string(kHead) + "  <scorecard interviewer=\"A\" submitted=\"yesterday\"/>\n" + tail,
         "submitted of <scorecard> must be a date YYYY-MM-DD"},
        {std::string(kHead) + "  <scorecard interviewer=\"A\"><mood>fine</mood></scorecard>\n" + tail,
         "unknown element <mood> inside <scorecard>"},
        {"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scores format=\"2\"><candidate/><kit/></scores>\n",
         "made by a newer version"},
        {"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scores format=\"1\"><kit/></scores>\n", "<scores> has no <candidate>"},
        {"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scores format=\"1\"><candidate/><kit fingerprint=\"XYZ\"/></scores>\n",
         "must be 16 lowercase hex digits"},
        {"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kit format=\"1\"/>\n", "bad.iscore"},
        {"<?xml version=\"1.0\"?>\n<!DOCTYPE scores [<!ENTITY a \"aaaa\">]>\n<scores format=\"1\"/>\n", "bad.iscore:2:"},
        {std::string(kHead) + "  <scorecard interviewer=\"A\"><notes>" + std::string(100001, 'x') + "</notes></scorecard>\n" + tail,
         "refused: the notes is longer than 100,000 bytes"},
        {std::string(kHead) + "  <scorecard interviewer=\"A\"><question id=\"q\">" + std::string(20001, 'x') +
             "</question></scorecard>\n" + tail,
         "refused: an evidence note is longer than 20,000 bytes"},
        {"", "bad.iscore"},
    };
    for (const auto& c : cases) {
        INFO(c.xml.substr(0, 300));
        const std::string message = refusal(c.xml);
        CHECK(message.find(c.message) != std::string::npos);
        CHECK(message.rfind("bad.iscore", 0) == 0);
    }
}

TEST_CASE("score files are limited in scorecards and ratings", "[serialize][scores][hostile]") {
    SECTION("101 scorecards") {
        std::string xml = kHead;
        for (int i = 0; i < 101; ++i) xml += "  <scorecard interviewer=\"A" + std::to_string(i) + "\"/>\n";
        xml += "</scores>\n";
        CHECK(refusal(xml).find("refused: more than 100 scorecards") != std::string::npos);
    }
    SECTION("2,001 question ratings in one scorecard") {
        std::string xml = std::string(kHead) + "  <scorecard interviewer=\"A\">\n";
        for (int i = 0; i < 2001; ++i) xml += "<question id=\"q" + std::to_string(i) + "\" rating=\"3\"/>\n";
        xml += "</scorecard>\n</scores>\n";
        CHECK(refusal(xml).find("refused: more than 2,000 question ratings in one scorecard") != std::string::npos);
    }
    SECTION("100 scorecards of 2,000 ratings are read") {
        ScoreSheet sheet;
        InterviewerScorecard card;
        for (int i = 0; i < 2000; ++i) card.questions.push_back({"q" + std::to_string(i), 1 + i % 10, "", ""});
        sheet.scorecards.assign(100, card);
        CHECK(parse_score_sheet(write_score_sheet(sheet), "big.iscore") == sheet);
    }
}
