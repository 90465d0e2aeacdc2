// ikit scores template|import|purge, debrief, compare and calibration, run in-process.
#include "cli_run.h"
#include "scoring/kit_fingerprint.h"
#include "scoring_examples.h"
#include "serialize/kit_file.h"
#include "serialize/score_file.h"
#include "test_kits.h"
#include "io/csv_table.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace ikit;

namespace {

void write_text(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// A folder with the examples' kit and the three example sheets as score files.
std::string scored_folder(const std::string& name) {
    const std::string dir = output_dir(name);
    save_kit_file(test::scoring_example_kit(), dir + "/panel.ikit");
    for (int i = 1; i <= 3; ++i) save_score_file(test::scoring_example_sheet(i), dir + "/example" + std::to_string(i) + ".iscore");
    return dir;
}

}  // namespace

TEST_CASE("ikit scores template writes the spreadsheet, import reads it back into a score file", "[cli][scores]") {
    const std::string dir = output_dir("scores-import");
    const std::string kit = dir + "/panel.ikit";
    save_kit_file(test::scoring_example_kit(), kit);
    auto r = ikit_run({"scores", "template", kit, "--interviewer", "Ana", "--interviewer", "Ben", "-o", dir + "/t.csv"});
    REQUIRE(r.code == 0);
    CHECK(r.out == "wrote " + dir + "/t.csv\n");
    std::string text = test::slurp(dir + "/t.csv");
    CHECK(parse_csv(text, "t.csv").rows.size() == 16);

    // Fill in Ana's q1 with "4.0" and her recommendation, as a spreadsheet would.
    const std::string empty_q1 = "Ana,,question,q1,Tell me about q1,,\r\n";
    REQUIRE(text.find(empty_q1) != std::string::npos);
    text.replace(text.find(empty_q1), empty_q1.size(), "Ana,,question,q1,Tell me about q1,4.0,\"Cut churn,\r\nby a third\"\r\n");
    const std::string overall = "Ana,,overall,overall,Strong no | No | Yes | Strong yes,,\r\n";
    text.replace(text.find(overall), overall.size(), "Ana,,overall,overall,Strong no | No | Yes | Strong yes,Strong yes,\r\n");
    write_text(dir + "/filled.csv", text);
    r = ikit_run({"scores", "import", kit, dir + "/filled.csv", "--candidate", u8"Zoë", "--reference", "R-7", "-o",
                  dir + "/zoe.iscore"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out == "wrote " + dir + u8"/zoe.iscore (Zoë: 2 scorecards, 8 question rows)\n");
    const ScoreSheet sheet = read_score_file(dir + "/zoe.iscore");
    CHECK(sheet.candidate == u8"Zoë");
    CHECK(sheet.reference == "R-7");
    CHECK(sheet.kit == kit_identity(test::scoring_example_kit()));
    CHECK(*sheet.scorecards[0].questions[0].rating == 4);
    CHECK(sheet.scorecards[0].questions[0].evidence == "Cut churn,\nby a third");  // a line break in a cell reads as LF
    CHECK(sheet.scorecards[0].recommendation == "Strong yes");

    SECTION("a bad cell: every one reported, nothing written") {
        std::string bad = text;
        bad.replace(bad.find(",4.0,"), 5, ",4.5,");
        bad += "Ana,,question,q99,,3,\r\n";
        write_text(dir + "/bad.csv", bad);
        r = ikit_run({"scores", "import", kit, dir + "/bad.csv", "--candidate", "Sam", "-o", dir + "/sam.iscore"});
        CHECK(r.code == 1);
        CHECK(r.out.empty());
        CHECK(r.err.find("ikit scores: " + dir + "/bad.csv:2: row 2, column F (rating): \"4.5\" is not a rating") == 0);
        CHECK(r.err.find("bad.csv:19: row 18, column D (item): no question \"q99\" in the kit") != std::string::npos);
        CHECK(r.err.find("bad.csv: 2 bad cells: nothing written") != std::string::npos);
        CHECK_FALSE(fs::exists(dir + "/sam.iscore"));
    }
    SECTION("usage: --candidate and -o are required, -o never replaces a kit") {
        CHECK(ikit_run({"scores", "import", kit, dir + "/filled.csv", "-o", dir + "/x.iscore"}).code == 2);
        CHECK(ikit_run({"scores", "import", kit, dir + "/filled.csv", "--candidate", "X"}).code == 2);
        r = ikit_run({"scores", "import", kit, dir + "/filled.csv", "--candidate", "X", "-o", kit});
        CHECK(r.code == 2);
        CHECK(ikit_run({"scores", "template", kit, "--interview", "Panel", "-o", dir + "/p.csv"}).code == 1);
        CHECK(ikit_run({"scores", "frobnicate"}).code == 2);
    }
}

TEST_CASE("ikit debrief prints text, CSV and PDF, and says when the kit changed", "[cli][debrief]") {
    const std::string dir = scored_folder("debrief");
    auto r = ikit_run({"debrief", dir + "/example1.iscore", "--kit", dir + "/panel.ikit"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("Debrief: Example 1\nKit: Support lead panel\nInterviewers: Ana, Ben, Cleo\nComposite: 3.50\n") == 0);
    CHECK(r.err.empty());
    r = ikit_run({"debrief", dir + "/example2.iscore", "--kit", dir + "/panel.ikit", "--format", "csv"});
    REQUIRE(r.code == 0);
    CHECK(parse_csv(r.out, "d.csv").rows[0].cells[4] == "3.67");
    CHECK(parse_csv(r.out, "d.csv").rows[0].cells[8] == "incomplete (escalations)");
    r = ikit_run({"debrief", dir + "/example1.iscore", "--kit", dir + "/panel.ikit", "-o", dir + "/debrief.pdf"});
    REQUIRE(r.code == 0);
    CHECK(test::slurp(dir + "/debrief.pdf").rfind("%PDF-", 0) == 0);

    Kit changed = test::scoring_example_kit();
    changed.sections[0].questions[0].text = "Reworded";
    save_kit_file(changed, dir + "/changed.ikit");
    r = ikit_run({"debrief", dir + "/example1.iscore", "--kit", dir + "/changed.ikit"});
    CHECK(r.code == 0);
    CHECK(r.err.find("ikit debrief: warning: " + dir + "/example1.iscore: the kit's questions or rubrics changed") == 0);
    CHECK(r.out.find("WARNING: the kit's questions or rubrics changed") != std::string::npos);

    CHECK(ikit_run({"debrief", dir + "/example1.iscore"}).code == 2);  // --kit is required
    CHECK(ikit_run({"debrief", dir + "/example1.iscore", "--kit", dir + "/panel.ikit", "--format", "pdf"}).code == 2);
    r = ikit_run({"debrief", dir + "/panel.ikit", "--kit", dir + "/panel.ikit"});
    CHECK(r.code == 1);
    CHECK(r.err.find("panel.ikit:2:") != std::string::npos);
}

TEST_CASE("ikit compare ranks candidates and shows every one", "[cli][compare]") {
    const std::string dir = scored_folder("compare");
    ScoreSheet other = test::scoring_example_sheet(3);
    other.candidate = "Dana";
    other.kit.fingerprint = "0123456789abcdef";
    save_score_file(other, dir + "/dana.iscore");
    auto r = ikit_run({"compare", dir, "--kit", dir + "/panel.ikit", "--format", "csv"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    const CsvTable table = parse_csv(r.out, "c.csv");
    CHECK(table.header == std::vector<std::string>{"candidate", "composite", "rank", "metrics", "coaching", "escalations", "flags"});
    REQUIRE(table.rows.size() == 4);
    CHECK(table.rows[0].cells[0] == "Example 2");
    CHECK(table.rows[0].cells[6] == "incomplete (escalations)");
    CHECK(table.rows[2].cells[0] == "Dana");
    CHECK(table.rows[2].cells[2] == "3");
    CHECK(table.rows[3].cells[2] == "3");  // Dana and Example 3 share 3.38
    CHECK(table.rows[2].cells[6] == "kit changed; tied");
    CHECK(r.err.find("ikit compare: warning: " + dir + "/dana.iscore: the kit's questions or rubrics changed") == 0);

    r = ikit_run({"compare", dir + "/example1.iscore", dir + "/example2.iscore", "--kit", dir + "/panel.ikit", "-o",
                  dir + "/compare.pdf"});
    CHECK(r.code == 0);
    CHECK(test::slurp(dir + "/compare.pdf").rfind("%PDF-", 0) == 0);

    write_text(dir + "/broken.iscore", "<scores format=\"1\"><candidate>x</candidate>");
    r = ikit_run({"compare", dir, "--kit", dir + "/panel.ikit", "--format", "csv", "-o", dir + "/out.csv"});
    CHECK(r.code == 1);
    CHECK(r.err.find("broken.iscore") != std::string::npos);
    CHECK(r.err.find("1 of 5 score files could not be read: nothing written") != std::string::npos);
    CHECK_FALSE(fs::exists(dir + "/out.csv"));
    fs::remove(dir + "/broken.iscore");
}

TEST_CASE("ikit calibration reports per interviewer over a folder", "[cli][calibration]") {
    const std::string dir = output_dir("calibration");
    fs::create_directories(dir + "/2025");
    for (int i = 0; i < 5; ++i) {
        ScoreSheet sheet;
        sheet.candidate = "C" + std::to_string(i);
        sheet.scorecards = {test::example_card("Lee", {5, 5}), test::example_card("Kim", {3, 3}), test::example_card("Pat", {3, 2})};
        save_score_file(sheet, dir + "/2025/c" + std::to_string(i) + ".iscore");
    }
    auto r = ikit_run({"calibration", dir});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("Calibration: 3 interviewers over 5 score files\n") == 0);
    CHECK(r.out.find("Lee rates 2.00 points above the panel on average over 5 candidates (lenient)") != std::string::npos);
    r = ikit_run({"calibration", dir, "--format", "csv"});
    REQUIRE(r.code == 0);
    CHECK(parse_csv(r.out, "cal.csv").rows.size() == 3);
    CHECK(ikit_run({"calibration"}).code == 2);
    CHECK(ikit_run({"calibration", output_dir("calibration-empty")}).code == 1);
}

TEST_CASE("ikit scores purge deletes old score files and their backups, and says which", "[cli][purge]") {
    const std::string dir = output_dir("purge");
    const ScoreSheet sheet = test::scoring_example_sheet(1);
    save_score_file(sheet, dir + "/old.iscore");
    save_score_file(sheet, dir + "/old.iscore");  // leaves old.iscore~
    save_score_file(sheet, dir + "/new.iscore");
    write_text(dir + "/notes.iscore", "not a score file");
    write_text(dir + "/keep.txt", "x");
    const auto long_ago = fs::file_time_type::clock::now() - std::chrono::hours(24 * 400);
    for (const char* name : {"old.iscore", "notes.iscore", "keep.txt"}) fs::last_write_time(dir + "/" + name, long_ago);
    const std::string today = [] {
        std::time_t t = std::time(nullptr);
        char buffer[16];
        std::strftime(buffer, sizeof buffer, "%Y-%m-%d", std::localtime(&t));
        return std::string(buffer);
    }();

    auto r = ikit_run({"scores", "purge", dir, "--before", today, "--dry-run"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("would delete " + dir + "/old.iscore (last changed ") == 0);
    CHECK(r.out.find("would delete " + dir + "/old.iscore~ (its backup)\n") != std::string::npos);
    CHECK(r.err == "ikit scores: skipped " + dir + "/notes.iscore: not a score file\n");
    CHECK(fs::exists(dir + "/old.iscore"));

    r = ikit_run({"scores", "purge", dir, "--before", today});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("deleted " + dir + "/old.iscore (last changed ") == 0);
    CHECK(r.out.find("deleted 1 file last changed before " + today + "; kept 1 newer score file; skipped 1 not a score file\n") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(dir + "/old.iscore"));
    CHECK_FALSE(fs::exists(dir + "/old.iscore~"));
    CHECK(fs::exists(dir + "/new.iscore"));
    CHECK(fs::exists(dir + "/notes.iscore"));
    CHECK(fs::exists(dir + "/keep.txt"));
    fs::remove(dir + "/notes.iscore");  // not valid score XML: kept out of the schema check

    CHECK(ikit_run({"scores", "purge", dir}).code == 2);
    CHECK(ikit_run({"scores", "purge", dir, "--before", "2025-13-01"}).code == 2);
    CHECK(ikit_run({"scores", "purge", dir + "/missing", "--before", "2025-01-01"}).code == 1);
}

TEST_CASE("the score commands refuse outputs that would destroy something", "[cli][scores]") {
    const std::string dir = scored_folder("scores-outputs");
    const std::string kit = dir + "/panel.ikit";
    const std::string sheet = dir + "/example1.iscore";
    // A folder, a device, the input itself, a file of another kind: usage errors, nothing written.
    auto r = ikit_run({"debrief", sheet, "--kit", kit, "--format", "csv", "-o", dir});
    CHECK(r.code == 2);
    CHECK(r.err.find("is a folder, not a file") != std::string::npos);
    CHECK(ikit_run({"debrief", sheet, "--kit", kit, "-o", "/dev/null"}).code == 2);
    r = ikit_run({"scores", "import", kit, dir + "/none.csv", "--candidate", "X", "-o", sheet + "x"});
    CHECK(r.code == 1);  // the CSV does not exist; the target is fine
    r = ikit_run({"debrief", sheet, "--kit", kit, "--format", "csv", "-o", sheet});
    CHECK(r.code == 2);
    CHECK(r.err.find("is the input file") != std::string::npos);
    r = ikit_run({"debrief", sheet, "--kit", kit, "-o", kit});
    CHECK(r.code == 2);
    r = ikit_run({"scores", "template", kit, "-o", sheet});  // a CSV never replaces a score file
    CHECK(r.code == 2);
    CHECK(r.err.find("is a score file") != std::string::npos);
    CHECK(read_score_file(sheet) == test::scoring_example_sheet(1));
    r = ikit_run({"calibration", dir, "-o", dir + "/example2.iscore"});
    CHECK(r.code == 2);
    // Text options are checked like every other command's.
    CHECK(ikit_run({"scores", "import", kit, dir + "/x.csv", "--candidate", "line\nbreak", "-o", dir + "/y.iscore"}).code == 2);
    CHECK(ikit_run({"debrief", sheet, "--kit", kit, "--format", "xml"}).code == 2);
}
