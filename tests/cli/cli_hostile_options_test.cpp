// Hostile command lines (issue 15): broken and empty --bank, empty and over-long paths, repeated options,
// texts a kit file cannot hold or a page cannot print. Each is refused with its exit code and exactly one
// line on stderr that names the option, and nothing is written.
#include "hostile_support.h"
#include "serialize/kit_file.h"

#include <catch2/catch.hpp>

namespace fs = std::filesystem;

namespace {

/// One refusal: the exit code, one stderr line that starts with `prefix` and holds `words`, no stdout.
void check_refused(const CliRun& r, int code, const std::string& prefix, const std::string& words) {
    INFO("stderr: " << r.err);
    CHECK(r.code == code);
    CHECK(count_lines(r.err) == 1);
    CHECK(r.err.rfind(prefix, 0) == 0);
    CHECK(r.err.find(words) != std::string::npos);
    CHECK(r.out.empty());
    CHECK(r.err.size() < 400);
}

}  // namespace

TEST_CASE("hostile: a broken --bank stops every command with exit 1 and one line", "[cli][hostile]") {
    const std::string dir = output_dir("hostile-bank");
    const std::string kit = make_test_kit(dir, "kit.ikit");
    const std::string bad = dir + "/bad.xml";
    put_file(bad, "<bank format=\"1\"><questions>");
    const std::vector<std::vector<std::string>> commands = {
        {"bank", "list"},          {"bank", "stats"},    {"bank", "show", "csl-004"}, {"rubric", "list"},
        {"rubric", "show", "generic"}, {"validate", kit}, {"check", kit},             {"show", kit},
        {"export", kit, "-o", dir + "/out.pdf"},     {"new", "--role", "cs-manager", "-o", dir + "/new.ikit"}};
    const FileSnapshot before = FileSnapshot::of(kit);
    for (const auto& command : commands) {
        std::vector<std::string> args = {"--bank", bad};
        args.insert(args.end(), command.begin(), command.end());
        INFO(command[0] << " " << command[1]);
        check_refused(ikit_run(args), 1, "ikit " + command[0] + ": " + bad + ":1:", "");
    }
    CHECK_FALSE(fs::exists(dir + "/out.pdf"));
    CHECK_FALSE(fs::exists(dir + "/new.ikit"));
    CHECK(FileSnapshot::of(kit) == before);
    // bank show with a broken bank says only that: no misleading "no question with id".
    CHECK(ikit_run({"--bank", bad, "bank", "show", "csl-004"}).err.find("no question") == std::string::npos);
    // A missing --bank file is broken too; help still works.
    check_refused(ikit_run({"--bank", dir + "/missing.xml", "show", kit}), 1, "ikit show: " + dir + "/missing.xml:",
                  "no such file");
    CHECK(ikit_run({"--bank", bad, "export", "--help"}).code == 0);
}

TEST_CASE("hostile: --bank without a value or with an empty one is a usage error", "[cli][hostile]") {
    check_refused(ikit_run({"--bank"}), 2, "ikit: ", "--bank needs a value");
    check_refused(ikit_run({"bank", "list", "--bank"}), 2, "ikit bank: ", "--bank: it goes before the command");
    check_refused(ikit_run({"--bank", "", "bank", "stats"}), 2, "ikit: ", "--bank is empty");
    check_refused(ikit_run({"--bank=", "bank", "stats"}), 2, "ikit: ", "--bank is empty");
}

TEST_CASE("hostile: empty and over-long paths are usage errors naming the option", "[cli][hostile]") {
    const std::string dir = output_dir("hostile-paths");
    const std::string kit = make_test_kit(dir, "kit.ikit");
    const FileSnapshot before = FileSnapshot::of(kit);
    check_refused(ikit_run({"new", "--role", "cs-manager", "-o", ""}), 2, "ikit new: ", "-o is empty");
    check_refused(ikit_run({"export", kit, "-o", ""}), 2, "ikit export: ", "-o is empty");
    check_refused(ikit_run({"validate", ""}), 2, "ikit validate: ", "a kit file name is empty");
    check_refused(ikit_run({"show", ""}), 2, "ikit show: ", "a kit file name is empty");
    check_refused(ikit_run({"check", kit, ""}), 2, "ikit check: ", "a kit file name is empty");
    check_refused(ikit_run({"export", "", "-o", dir + "/x.pdf"}), 2, "ikit export: ", "the kit file name is empty");
    check_refused(ikit_run({"check", "--rules", "", kit}), 2, "ikit check: ", "--rules is empty");
    check_refused(ikit_run({"export", kit, "--font", "", "-o", dir + "/x.pdf"}), 2, "ikit export: ", "--font is empty");

    const std::string huge(100000, 'a');
    check_refused(ikit_run({"export", kit, "-o", huge}), 2, "ikit export: ", "-o is too long for the system: 100,000 bytes");
    check_refused(ikit_run({"new", "--role", "cs-manager", "-o", dir + "/" + huge}), 2, "ikit new: ",
                  "-o is too long for the system");
    check_refused(ikit_run({"validate", huge}), 2, "ikit validate: ", "a kit file name is too long for the system");
    const std::string long_name = dir + "/" + std::string(300, 'n') + ".pdf";
    check_refused(ikit_run({"export", kit, "-o", long_name}), 2, "ikit export: ", "-o has a name too long for the system: 304 bytes");
    check_refused(ikit_run({"--bank", huge, "bank", "stats"}), 2, "ikit: ", "--bank is too long for the system");
    // A name the system takes, but not with the save's temporary ".NAME.XXXXXX" beside it.
    const std::string name_250 = std::string(246, 'k') + ".pdf";
    check_refused(ikit_run({"export", kit, "-o", dir + "/" + name_250}), 2, "ikit export: ",
                  "-o names a file too long to save beside its temporary copy: 250 bytes (at most 200)");
    check_refused(ikit_run({"new", "--role", "cs-manager", "-o", std::string(201, 'k')}), 2, "ikit new: ",
                  "201 bytes (at most 200)");
    CHECK(ikit_run({"export", kit, "-o", dir + "/" + std::string(196, 'k') + ".pdf"}).code == 0);
    fs::remove(dir + "/" + std::string(196, 'k') + ".pdf");
    CHECK(FileSnapshot::of(kit) == before);
    CHECK(fs::directory_iterator(dir) != fs::directory_iterator());
    for (const auto& entry : fs::directory_iterator(dir))
        CHECK(entry.path().filename().string().rfind("kit.ikit", 0) == 0);  // nothing but the kit (and its ~)
}

TEST_CASE("hostile: an option that takes one value given twice is a usage error", "[cli][hostile]") {
    const std::string dir = output_dir("hostile-repeat");
    const std::string kit = make_test_kit(dir, "kit.ikit");
    check_refused(ikit_run({"new", "--role", "cs-manager", "-o", dir + "/a.ikit", "-o", dir + "/b.ikit"}), 2,
                  "ikit new: ", "-o was given more than once");
    check_refused(ikit_run({"new", "--role", "cs-manager", "-o", dir + "/a.ikit", "--output", dir + "/b.ikit"}), 2,
                  "ikit new: ", "-o was given more than once");
    check_refused(ikit_run({"new", "--role", "cs-manager", "--role", "head-cs", "-o", dir + "/a.ikit"}), 2,
                  "ikit new: ", "--role was given more than once");
    check_refused(ikit_run({"export", kit, "-o", dir + "/a.pdf", "--candidate", "A", "--candidate", "B"}), 2,
                  "ikit export: ", "--candidate was given more than once");
    check_refused(ikit_run({"export", kit, "-o", dir + "/a.pdf", "--kind", "guide", "--kind=scorecard"}), 2,
                  "ikit export: ", "--kind was given more than once");
    check_refused(ikit_run({"bank", "list", "--search", "a", "--search", "b"}), 2, "ikit bank: ",
                  "--search was given more than once");
    for (const char* name : {"a.ikit", "b.ikit", "a.pdf"}) CHECK_FALSE(fs::exists(dir + "/" + name));
    // The options documented as repeatable stay repeatable.
    CHECK(ikit_run({"new", "--role", "cs-manager", "--competency", "operations", "--competency", "conflict-resolution",
                    "-o", dir + "/a.ikit"}).code == 0);
    CHECK(ikit_run({"export", kit, "-o", dir + "/a.pdf", "--interviewer", "Ana", "--interviewer", "Ben"}).code == 0);
    CHECK(ikit_run({"--bank", dir + "/a.ikit", "--bank", dir + "/a.ikit", "--help"}).code == 0);
}

TEST_CASE("hostile: the help texts document the limits, -o - and what repeats", "[cli][hostile]") {
    const std::string main_help = ikit_run({"--help"}).out;
    CHECK(main_help.find("-o - writes the result") != std::string::npos);
    CHECK(main_help.find("may be given once") != std::string::npos);
    const std::string new_help = ikit_run({"new", "--help"}).out;
    CHECK(new_help.find("--title T         the kit's title, at most 500 characters") != std::string::npos);
    CHECK(new_help.find("- for standard output") != std::string::npos);
    CHECK(new_help.find("Every option but --competency") != std::string::npos);
    const std::string export_help = ikit_run({"export", "--help"}).out;
    CHECK(export_help.find("- for standard output") != std::string::npos);
    CHECK(export_help.find("at most 200 characters (may be repeated)") != std::string::npos);
}

TEST_CASE("hostile: every command's errors start with its name", "[cli][hostile]") {
    const std::string dir = output_dir("hostile-prefix");
    const std::string missing = dir + "/missing.ikit";
    check_refused(ikit_run({"validate", missing}), 1, "ikit validate: " + missing + ": ", "no such file");
    check_refused(ikit_run({"check", missing}), 1, "ikit check: " + missing + ": ", "no such file");
    check_refused(ikit_run({"show", missing}), 1, "ikit show: " + missing + ": ", "no such file");
    check_refused(ikit_run({"export", missing, "-o", dir + "/x.pdf"}), 1, "ikit export: " + missing + ": ",
                  "no such file");
}

TEST_CASE("hostile: texts a kit file cannot hold are refused before anything is written", "[cli][hostile]") {
    const std::string dir = output_dir("hostile-text");
    const std::string out = dir + "/new.ikit";
    const auto refused_new = [&](const std::string& option, const std::string& value, const std::string& words) {
        INFO(option);
        std::vector<std::string> args = {"new", option, value, "-o", out};
        if (option != "--role") args.insert(args.end(), {"--role", "cs-manager"});
        check_refused(ikit_run(args), 2, "ikit new: " + option, words);
        CHECK_FALSE(fs::exists(out));
    };
    refused_new("--title", "A\xff" "B", "the byte 0xFF at byte 2 is not UTF-8");
    refused_new("--stage", "A\xff" "B", "the byte 0xFF at byte 2 is not UTF-8");
    refused_new("--author", "A\xff" "B", "the byte 0xFF at byte 2 is not UTF-8");
    refused_new("--title", "x\xed\xa0\x80", "lone UTF-16 surrogate U+D800");
    refused_new("--title", "ding\a", "control character U+0007");
    refused_new("--author", "\x1b[31mred", "control character U+001B");
    refused_new("--stage", "a\xef\xbf\xbe", "non-character U+FFFE");
    refused_new("--title", "two\nlines", "line break at byte 4");
    refused_new("--title", "tab\there", "tab at byte 4");
    refused_new("--role", "cs-manager\xc0", "not UTF-8");
    refused_new("--competency", "\x01", "control character U+0001");

    // What cannot print: longer than the documented limits.
    refused_new("--title", std::string(501, 'T'), "--title is 501 characters long; at most 500 fit");
    refused_new("--author", std::string(201, 'a'), "--author is 201 characters long; at most 200 fit");
    std::string title_500;
    for (int i = 0; i < 250; ++i) title_500 += "é";
    title_500 += std::string(250, 'e');
    auto r = ikit_run({"new", "--role", "cs-manager", "--title", title_500, "-o", out});
    REQUIRE(r.code == 0);
    CHECK(ikit::read_kit_file(out).properties.title == title_500);
    CHECK(ikit_run({"validate", out}).code == 0);
}

TEST_CASE("hostile: export and bank texts are checked the same way; no silent U+FFFD", "[cli][hostile]") {
    const std::string dir = output_dir("hostile-export-text");
    const std::string kit = make_test_kit(dir, "kit.ikit");
    const std::string pdf = dir + "/card.pdf";
    check_refused(ikit_run({"export", kit, "-o", pdf, "--candidate", "Zo\xeb"}), 2, "ikit export: --candidate: ",
                  "the byte 0xEB at byte 3 is not UTF-8");
    check_refused(ikit_run({"export", kit, "-o", pdf, "--interviewer", "Ana", "--interviewer", "B\x1b[0m"}), 2,
                  "ikit export: --interviewer: ", "U+001B");
    check_refused(ikit_run({"export", kit, "-o", pdf, "--date", "2026-11-2\xff"}), 2, "ikit export: --date: ",
                  "not UTF-8");
    check_refused(ikit_run({"export", kit, "-o", pdf, "--interviewer", std::string(500, 'x')}), 2,
                  "ikit export: --interviewer is 500 characters long", "at most 200");
    CHECK_FALSE(fs::exists(pdf));
    check_refused(ikit_run({"bank", "list", "--search", "esc\xff"}), 2, "ikit bank: --search: ", "0xFF");
    check_refused(ikit_run({"bank", "show", "csl\xff"}), 2, "ikit bank: the question id: ", "0xFF");
    check_refused(ikit_run({"rubric", "show", "gen\x07"}), 2, "ikit rubric: the rubric id: ", "U+0007");
    check_refused(ikit_run({"fr\xffob"}), 2, "ikit: the command: ", "the byte 0xFF at byte 3 is not UTF-8");
    check_refused(ikit_run({"\x1b]0;title\x07"}), 2, "ikit: the command: ", "U+001B");
}
