// The real `ikit` binary with a full or closed standard output (issue 15): results that cannot be
// written end in exit 1 and one line on stderr, never a silent exit 0; "-o -" output is binary-safe.
#include "hostile_support.h"
#include "serialize/kit_file.h"

#include <catch2/catch.hpp>

namespace {

void check_output_lost(const CliRun& r, const std::string& reason) {
    INFO("stderr: " << r.err);
    CHECK(r.code == 1);
    CHECK(count_lines(r.err) == 1);
    CHECK(r.err == "ikit: cannot write the results to standard output: " + reason + "\n");
}

}  // namespace

TEST_CASE("hostile binary: a full standard output is an error", "[cli][hostile]") {
    const std::string dir = output_dir("hostile-full");
    const std::string kit = make_test_kit(dir, "kit.ikit");
    const FileSnapshot before = FileSnapshot::of(kit);
    const std::string k = shell_quoted(kit);
    check_output_lost(run_binary(dir, "show " + k + " >/dev/full"), "the disk is full");
    check_output_lost(run_binary(dir, "bank list >/dev/full"), "the disk is full");
    check_output_lost(run_binary(dir, "validate " + k + " >/dev/full"), "the disk is full");
    check_output_lost(run_binary(dir, "export " + k + " -o - >/dev/full"), "the disk is full");
    check_output_lost(run_binary(dir, "new --role cs-manager -o - >/dev/full"), "the disk is full");
    CHECK(FileSnapshot::of(kit) == before);
    // A command that failed already said why: still one line, its own exit code.
    const auto r = run_binary(dir, "show " + shell_quoted(dir + "/missing.ikit") + " >/dev/full");
    CHECK(r.code == 1);
    CHECK(count_lines(r.err) == 1);
    CHECK(r.err.rfind("ikit show: ", 0) == 0);
}

TEST_CASE("hostile binary: a closed standard output is an error, and no file takes its place", "[cli][hostile]") {
    const std::string dir = output_dir("hostile-closed");
    const std::string kit = make_test_kit(dir, "kit.ikit");
    const FileSnapshot before = FileSnapshot::of(kit);
    const std::string k = shell_quoted(kit);
    check_output_lost(run_binary(dir, "validate " + k + " >&-"), "standard output is closed");
    check_output_lost(run_binary(dir, "show " + k + " >&-"), "standard output is closed");
    check_output_lost(run_binary(dir, "bank list >&-"), "standard output is closed");
    CHECK(FileSnapshot::of(kit) == before);
    // Nothing to say, nothing lost.
    auto r = run_binary(dir, "validate --quiet " + k + " >&-");
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    // A kit saved while stdout is closed is a whole kit: the "wrote" line is what was lost.
    const std::string saved = dir + "/saved.ikit";
    check_output_lost(run_binary(dir, "new --role cs-manager -o " + shell_quoted(saved) + " >&-"),
                      "standard output is closed");
    CHECK(ikit::read_kit_file(saved).question_count() > 0);
}

TEST_CASE("hostile binary: -o - writes the same PDF a file gets, byte for byte", "[cli][hostile]") {
    const std::string dir = output_dir("hostile-binary-stdout");
    const std::string kit = make_test_kit(dir, "kit.ikit");
    const std::string piped = dir + "/piped.pdf", filed = dir + "/filed.pdf";
    const std::string same = " --date 2026-11-23 --candidate Zoë --interviewer Ana --interviewer Ben";
    auto r = run_binary(dir, "export " + shell_quoted(kit) + " -o -" + same + " >" + shell_quoted(piped));
    REQUIRE(r.code == 0);
    CHECK(r.err.empty());
    r = run_binary(dir, "export " + shell_quoted(kit) + " -o " + shell_quoted(filed) + same + " >/dev/null");
    REQUIRE(r.code == 0);
    CHECK(file_bytes(piped).rfind("%PDF-", 0) == 0);
    CHECK(file_bytes(piped).size() == file_bytes(filed).size());
    // And -o - with a FIFO-free pipe: a reader at the other end gets a PDF.
    r = run_binary(dir, "export " + shell_quoted(kit) + " -o - | head -c 5 >" + shell_quoted(dir + "/head.txt"));
    CHECK(file_bytes(dir + "/head.txt") == "%PDF-");
}
