// The candidate list (CSV as spreadsheets write it) and the batch that prints a loop for every candidate.
#include "../export/pdf_test_tools.h"
#include "print/candidate_batch.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace ikit;
namespace fs = std::filesystem;

namespace {

// The message parse_candidate_csv throws for `csv`, or "" when it reads.
std::string refusal(const std::string& csv, const Kit& kit = test::loop_kit()) {
    try {
        parse_candidate_csv(csv, "people.csv", kit);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

// Every path under `folder`, relative to it, sorted.
std::vector<std::string> tree(const std::string& folder) {
    std::vector<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(folder))
        out.push_back(fs::relative(e.path(), folder).generic_string());
    std::sort(out.begin(), out.end());
    return out;
}

CandidateBatchOptions batch_options(const std::string& folder) {
    CandidateBatchOptions o;
    o.folder = folder;
    o.context.today = "2026-12-01";
    o.threads = 2;
    return o;
}

}  // namespace

TEST_CASE("a candidate list as LibreOffice and Excel write it", "[print][candidates]") {
    const Kit kit = test::loop_kit();
    SECTION("commas, CRLF, a quoted line break between two names") {
        const auto list = parse_candidate_csv(
            "candidate,date,interviewer:Panel: customers,notes\r\n"
            "Jane Doe,2026-03-12,\"Jo Park\r\nSam Lee\",likes tea\r\n"
            "  Marco Rossi  ,,,\r\n",
            "people.csv", kit);
        REQUIRE(list.candidates.size() == 2);
        CHECK(list.candidates[0].name == "Jane Doe");
        CHECK(list.candidates[0].line == 2);
        CHECK(list.candidates[0].date == "2026-03-12");
        CHECK(list.candidates[0].interviewers.at("i2") == std::vector<std::string>{"Jo Park", "Sam Lee"});
        CHECK(list.candidates[1].name == "Marco Rossi");
        CHECK(list.candidates[1].line == 4);  // the quoted line break counts
        CHECK(list.candidates[1].interviewers.empty());
    }
    SECTION("a byte-order mark, semicolons, names with commas, header case") {
        const auto list = parse_candidate_csv(
            "\xEF\xBB\xBF" "Candidate;DATE;Interviewer: phone SCREEN\n"
            u8"\"Núñez, José\";;Mia Chen; \n" u8"Zoë Łukasiewicz;2026-04-01;\n",
            "people.csv", kit);
        REQUIRE(list.candidates.size() == 2);
        CHECK(list.candidates[0].name == u8"Núñez, José");
        CHECK(list.candidates[0].interviewers.at("i1") == std::vector<std::string>{"Mia Chen"});
        CHECK(list.candidates[1].date == "2026-04-01");
    }
}

TEST_CASE("a bad candidate list is refused with its line", "[print][candidates]") {
    CHECK(refusal("name,date\nJane,\n") == "people.csv:1: the list has no \"candidate\" column (the header row must name one)");
    CHECK(refusal("candidate,interviewer:Final round\nJane\n") ==
          "people.csv:1: column B names the interview \"Final round\", which the kit does not have (it has "
          "\"Phone screen\", \"Panel: customers\", \"Panel: team\")");
    CHECK(refusal("candidate,interviewer:Panel: team,interviewer: PANEL: TEAM\nJane\n") ==
          "people.csv:1: column C names the interview \"PANEL: TEAM\" a second time");
    CHECK(refusal("candidate,date\nJane,\n,2026-01-02\n") == "people.csv:3: the row has no candidate name");
    CHECK(refusal("candidate\nJane Doe\nMarco\n jane doe \n") ==
          "people.csv:4: the candidate \"jane doe\" is listed twice (first on line 2)");
    CHECK(refusal("candidate,date\nJane,12/03/2026\n") ==
          "people.csv:2: the date \"12/03/2026\" is not a date written YYYY-MM-DD");
    CHECK(refusal("candidate\n\"Jane\nDoe\"\n").find("people.csv:2: the candidate's name") == 0);  // a line break
    CHECK(refusal("candidate\n" + std::string(201, 'x') + "\n").find("longer than 200 characters") != std::string::npos);
    CHECK(refusal("candidate\n").find("names no candidate") != std::string::npos);
    CHECK(refusal("candidate,x\n\"open,\n").find("people.csv:") == 0);  // a quote left open
    std::string many_names = "candidate,interviewer:Panel: team\nJane,\"";
    for (int i = 0; i < 21; ++i) many_names += "P" + std::to_string(i) + ";";
    CHECK(refusal(many_names + "\"\n").find("names more than 20 interviewers") != std::string::npos);
    std::string many = "candidate\n";
    for (int i = 0; i <= 1000; ++i) many += "C" + std::to_string(i) + "\n";
    CHECK(refusal(many).find("people.csv") == 0);
    CHECK(refusal("candidate\nJane\n", test::export_sample_kit()).find("has no interview plan") != std::string::npos);
}

TEST_CASE("a candidate's interviewers fill the open slots or replace them", "[print][candidates]") {
    const Kit kit = test::loop_kit();
    const Interview& panel = kit.plan.interviews[1];  // Kim Lee (Support manager), a Peer manager to fill
    CandidateEntry c;
    CHECK(interviewers_for_candidate(panel, c) == panel.interviewers);
    c.interviewers["i2"] = {"Jo Park"};
    CHECK(interviewers_for_candidate(panel, c) ==
          std::vector<InterviewerSlot>{{"Kim Lee", "Support manager"}, {"Jo Park", "Peer manager"}});
    c.interviewers["i2"] = {"Ravi Nair", "Jo Park", "Eve Adams"};
    CHECK(interviewers_for_candidate(panel, c) == std::vector<InterviewerSlot>{
                                                      {"Ravi Nair", "Support manager"}, {"Jo Park", "Peer manager"}, {"Eve Adams", ""}});
}

TEST_CASE("the batch writes each candidate's folder: the agenda and each interviewer's scorecard", "[print][candidates][pdf]") {
    const Kit kit = test::loop_kit();
    const CandidateList list = parse_candidate_csv(
        "candidate,date,interviewer:Panel: customers\nJane Doe,2026-03-12,Jo Park\nJANE/DOE,,\n", "people.csv", kit);
    const std::string folder = test::fresh_dir("candidates-batch");
    std::vector<std::size_t> progress;
    CandidateBatchOptions options = batch_options(folder);
    options.progress = [&](std::size_t done, std::size_t total) {
        CHECK(total == 2);
        progress.push_back(done);
        return true;
    };
    const CandidateBatchResult result = export_candidate_batch(kit, list, options);
    CHECK_FALSE(result.cancelled);
    CHECK(progress == std::vector<std::size_t>{1, 2});
    CHECK(result.files == 12);
    CHECK(tree(folder) == std::vector<std::string>{
                              "JANE-DOE", "JANE-DOE/1-Phone screen-Ana Ruiz.pdf", "JANE-DOE/2-Panel-customers-Kim Lee.pdf",
                              "JANE-DOE/2-Panel-customers-Peer manager.pdf", "JANE-DOE/3-Panel-team-Kim Lee.pdf",
                              "JANE-DOE/3-Panel-team-Li Wei.pdf", "JANE-DOE/agenda.pdf", "Jane Doe",
                              "Jane Doe/1-Phone screen-Ana Ruiz.pdf", "Jane Doe/2-Panel-customers-Jo Park.pdf",
                              "Jane Doe/2-Panel-customers-Kim Lee.pdf", "Jane Doe/3-Panel-team-Kim Lee.pdf",
                              "Jane Doe/3-Panel-team-Li Wei.pdf", "Jane Doe/agenda.pdf"});
    const std::string card = test::pdf_text(folder + "/Jane Doe/2-Panel-customers-Jo Park.pdf");
    CHECK(card.find("Jane Doe") != std::string::npos);
    CHECK(card.find("Jo Park") != std::string::npos);
    CHECK(card.find("12 March 2026") != std::string::npos);  // printed in the form's language
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions)
            CHECK((card.find(q.text.substr(0, 40)) != std::string::npos) == (q.id == "q1" || q.id == "q3"));
    const std::string agenda = test::pdf_text(folder + "/Jane Doe/agenda.pdf");
    CHECK(agenda.find("With Kim Lee, Support manager, Jo Park, Peer manager") != std::string::npos);
}

TEST_CASE("with merge, one print-ready PDF per candidate in print order", "[print][candidates][pdf]") {
    const Kit kit = test::loop_kit();
    const CandidateList list = parse_candidate_csv("candidate\nJane Doe\n", "people.csv", kit);
    const std::string folder = test::fresh_dir("candidates-merge");
    CandidateBatchOptions options = batch_options(folder);
    options.merge = true;
    const CandidateBatchResult result = export_candidate_batch(kit, list, options);
    CHECK(tree(folder) == std::vector<std::string>{"Jane Doe.pdf"});
    int pages = 0;
    for (const auto& f : render_candidate_files(kit, list.candidates[0], false, options.context, std::nullopt))
        pages += f.pages;
    CHECK(result.pages == pages);
    CHECK(test::pdf_info(folder + "/Jane Doe.pdf").pages == pages);
    const std::string text = test::pdf_text(folder + "/Jane Doe.pdf");
    const auto agenda = text.find("YOUR INTERVIEW DAY"), first = text.find("Interview 1 of 3"),
               last = text.find("Interview 3 of 3");
    CHECK(agenda < first);
    CHECK(first < last);
    CHECK(last != std::string::npos);
}

TEST_CASE("a batch that cannot finish leaves nothing behind", "[print][candidates]") {
    const Kit kit = test::loop_kit();
    const CandidateList list = parse_candidate_csv("candidate\nA\nB\nC\nD\n", "people.csv", kit);
    const std::string folder = test::fresh_dir("candidates-stop");
    CandidateBatchOptions options = batch_options(folder);

    SECTION("cancelled after the first candidate") {
        options.progress = [](std::size_t done, std::size_t) { return done < 1; };
        const CandidateBatchResult result = export_candidate_batch(kit, list, options);
        CHECK(result.cancelled);
        CHECK(result.written.empty());
    }
    SECTION("a failure on the way") {
        options.progress = [](std::size_t done, std::size_t) -> bool {
            if (done == 2) throw Error("the disk is full");
            return true;
        };
        CHECK_THROWS_WITH(export_candidate_batch(kit, list, options), "the disk is full");
    }
    SECTION("a candidate's folder already there") {
        fs::create_directory(folder + "/C");
        CHECK_THROWS_WITH(export_candidate_batch(kit, list, options), Catch::Contains("already exists"));
        fs::remove(folder + "/C");
    }
    SECTION("no such folder") {
        options.folder = folder + "/missing";
        CHECK_THROWS_WITH(export_candidate_batch(kit, list, options), Catch::Contains("the folder does not exist"));
    }
    CHECK(tree(folder).empty());  // no candidate folder, no staging folder
}
