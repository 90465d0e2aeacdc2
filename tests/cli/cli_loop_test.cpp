// `ikit show` and `ikit export` with an interview plan (issue 17): the plan as text, per-interview prints,
// the agenda and the candidate list.
#include "cli_run.h"
#include "serialize/kit_file.h"
#include "test_kits.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string loop_kit_file(const std::string& dir) {
    const std::string file = dir + "/loop.ikit";
    ikit::save_kit_file(ikit::test::loop_kit(), file);
    return file;
}

std::string text_of(const std::string& pdf) {
    const std::string txt = pdf + ".txt";
    const std::string cmd = "pdftotext -enc UTF-8 '" + pdf + "' '" + txt + "'";
    REQUIRE(std::system(cmd.c_str()) == 0);
    std::ifstream in(txt);
    std::string raw((std::istreambuf_iterator<char>(in)), {}), out;
    for (char c : raw) {
        const bool blank = c == ' ' || c == '\n' || c == '\f';
        if (blank && (out.empty() || out.back() == ' ')) continue;
        out += blank ? ' ' : c;
    }
    return out;
}

std::vector<std::string> files_in(const std::string& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

}  // namespace

TEST_CASE("ikit show prints the plan and the coverage matrix within 80 columns", "[cli][plan]") {
    const std::string dir = output_dir("loop-show");
    const auto r = ikit_run({"show", loop_kit_file(dir)});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("Interview plan: 3 interviews, 1 h 20 min") != std::string::npos);
    CHECK(r.out.find("  2. Panel: customers") != std::string::npos);
    CHECK(r.out.find("Kim Lee (Support manager), Peer manager (to fill)") != std::string::npos);
    CHECK(r.out.find("  Customer experience                    1   1   .         3\n") != std::string::npos);
    CHECK(r.out.find("[8 min, behavioural, Panel: customers]") != std::string::npos);
    const auto from = r.out.find("Interview plan"), to = r.out.find("\nAsk every question");  // the instructions follow
    REQUIRE(to != std::string::npos);
    std::istringstream lines(r.out.substr(from, to - from));
    for (std::string line; std::getline(lines, line);) CHECK(line.size() <= 80);
}

TEST_CASE("ikit export --interview prints that interview's questions only", "[cli][plan]") {
    const std::string dir = output_dir("loop-interview");
    const std::string kit = loop_kit_file(dir);
    auto r = ikit_run({"export", kit, "--interview", "PANEL: TEAM", "--candidate", "Jane Doe", "-o", dir + "/team.pdf"});
    REQUIRE(r.code == 0);
    const std::string text = text_of(dir + "/team.pdf");
    CHECK(text.find("Interview 3 of 3: Panel: team") != std::string::npos);
    CHECK(text.find("Walk me through how you coach a team lead") != std::string::npos);  // q5
    CHECK(text.find("Describe a time a target pushed your team") != std::string::npos);  // q4
    CHECK(text.find("Tell me about a complaint") == std::string::npos);                 // q1, panel: customers
    CHECK(text.find("Why do you want to lead") == std::string::npos);                     // q6, phone screen

    r = ikit_run({"export", kit, "--interview", "Final round", "-o", dir + "/x.pdf"});
    CHECK(r.code == 1);
    CHECK(r.err.find("the kit has no interview \"Final round\" (it has \"Phone screen\", \"Panel: customers\", \"Panel: team\")") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(dir + "/x.pdf"));
}

TEST_CASE("ikit export --all-interviews writes one file per interview and interviewer", "[cli][plan]") {
    const std::string dir = output_dir("loop-all");
    const std::string kit = loop_kit_file(dir);
    fs::create_directory(dir + "/out");
    const auto r = ikit_run({"export", kit, "--all-interviews", "-o", dir + "/out/"});
    REQUIRE(r.code == 0);
    CHECK(files_in(dir + "/out") == std::vector<std::string>{"loop-1-Phone screen-Ana Ruiz.pdf",
                                                             "loop-2-Panel-customers-Kim Lee.pdf",
                                                             "loop-2-Panel-customers-Peer manager.pdf",
                                                             "loop-3-Panel-team-Kim Lee.pdf", "loop-3-Panel-team-Li Wei.pdf"});
    const std::string screen = text_of(dir + "/out/loop-1-Phone screen-Ana Ruiz.pdf");
    CHECK(screen.find("Why do you want to lead") != std::string::npos);
    CHECK(screen.find("Walk me through how you coach") == std::string::npos);
    CHECK(ikit_run({"export", kit, "--all-interviews", "-o", dir + "/cards.pdf"}).code == 2);  // needs a folder
}

TEST_CASE("ikit export --agenda prints the candidate's agenda", "[cli][plan]") {
    const std::string dir = output_dir("loop-agenda");
    const std::string kit = loop_kit_file(dir);
    const auto r = ikit_run({"export", kit, "--agenda", "--candidate", "Jane Doe", "--date", "2026-03-12", "-o", dir + "/a.pdf"});
    REQUIRE(r.code == 0);
    const std::string text = text_of(dir + "/a.pdf");
    CHECK(text.find("Jane Doe") != std::string::npos);
    CHECK(text.find("Panel: team 30 min") != std::string::npos);
    CHECK(text.find("Walk me through") == std::string::npos);
    CHECK(ikit_run({"export", kit, "--agenda", "--interviewer", "X", "-o", dir + "/b.pdf"}).code == 2);
    ikit::save_kit_file(ikit::test::export_sample_kit(), dir + "/flat.ikit");
    CHECK(ikit_run({"export", dir + "/flat.ikit", "--agenda", "-o", dir + "/c.pdf"}).code == 1);
}

TEST_CASE("ikit export --candidates prints every candidate's set, or nothing for a bad row", "[cli][plan][candidates]") {
    const std::string dir = output_dir("loop-candidates");
    const std::string kit = loop_kit_file(dir);
    fs::create_directory(dir + "/out");
    write(dir + "/good.csv", "\xEF\xBB\xBF" "candidate;date;interviewer:Panel: customers\r\nJane Doe;2026-03-12;Jo Park\r\n"
                             "\"Rossi; Marco\";;\r\n");
    auto r = ikit_run({"export", kit, "--candidates", dir + "/good.csv", "-o", dir + "/out/"});
    REQUIRE(r.code == 0);
    CHECK(files_in(dir + "/out") == std::vector<std::string>{"Jane Doe", "Rossi; Marco"});
    CHECK(files_in(dir + "/out/Jane Doe").size() == 6);
    CHECK(r.out.find("printed 2 candidates: 12 files") != std::string::npos);

    fs::create_directory(dir + "/merged");
    r = ikit_run({"export", kit, "--candidates", dir + "/good.csv", "--merge", "-o", dir + "/merged/"});
    REQUIRE(r.code == 0);
    CHECK(files_in(dir + "/merged") == std::vector<std::string>{"Jane Doe.pdf", "Rossi; Marco.pdf"});

    fs::create_directory(dir + "/bad");
    write(dir + "/bad.csv", "candidate,date\nJane Doe,2026-03-12\n\"Marco\nRossi\",\nJane Doe,\n");
    r = ikit_run({"export", kit, "--candidates", dir + "/bad.csv", "-o", dir + "/bad/"});
    CHECK(r.code == 1);
    CHECK(r.err.find("bad.csv:3: the candidate's name \"Marco") != std::string::npos);
    write(dir + "/dup.csv", "candidate,interviewer:Panel: team\nJane Doe,\nMarco,\njane doe,\n");
    r = ikit_run({"export", kit, "--candidates", dir + "/dup.csv", "-o", dir + "/bad/"});
    CHECK(r.code == 1);
    CHECK(r.err.find("dup.csv:4: the candidate \"jane doe\" is listed twice (first on line 2)") != std::string::npos);
    write(dir + "/unknown.csv", "candidate,interviewer:Final\nJane Doe,\n");
    r = ikit_run({"export", kit, "--candidates", dir + "/unknown.csv", "-o", dir + "/bad/"});
    CHECK(r.code == 1);
    CHECK(r.err.find("unknown.csv:1: column B names the interview \"Final\"") != std::string::npos);
    CHECK(files_in(dir + "/bad").empty());  // nothing written, no staging folder left

    r = ikit_run({"export", kit, "--candidates", dir + "/good.csv", "-o", dir + "/out/"});  // already there
    CHECK(r.code == 1);
    CHECK(r.err.find("already exists") != std::string::npos);
    CHECK(ikit_run({"export", kit, "--candidates", dir + "/good.csv", "-o", dir + "/one.pdf"}).code == 2);
    CHECK(ikit_run({"export", kit, "--merge", "-o", dir + "/out/"}).code == 2);
}

TEST_CASE("a kit with a plan prints its scorecards per interview; its guide covers the loop", "[cli][plan]") {
    const std::string dir = output_dir("loop-default");
    const std::string kit = loop_kit_file(dir);
    REQUIRE(ikit_run({"export", kit, "-o", dir + "/cards.pdf"}).code == 0);
    const std::string cards = text_of(dir + "/cards.pdf");
    const auto first = cards.find("Interview 1 of 3"), second = cards.find("Interview 2 of 3"),
               third = cards.find("Interview 3 of 3");
    CHECK(first < second);
    CHECK(second < third);
    CHECK(third != std::string::npos);
    REQUIRE(ikit_run({"export", kit, "--kind", "guide", "-o", dir + "/guide.pdf"}).code == 0);
    CHECK(text_of(dir + "/guide.pdf").find("The loop") != std::string::npos);
    const auto r = ikit_run({"export", kit, "--interviewer", "Kim Lee", "-o", dir + "/x.pdf"});
    CHECK(r.code == 2);
    CHECK(r.err.find("--interview NAME") != std::string::npos);
}
