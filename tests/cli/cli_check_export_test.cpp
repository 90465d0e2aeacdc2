#include "cli_run.h"
#include "serialize/kit_file.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

namespace {
std::string make_kit(const std::string& dir, const std::string& name) {
    const std::string file = dir + "/" + name;
    REQUIRE(ikit_run({"new", "--role", "cs-manager", "--minutes", "45", "-o", file}).code == 0);
    return file;
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}
}  // namespace

TEST_CASE("ikit check: a clean kit passes, a protected topic fails with a suggestion", "[cli][checks]") {
    const std::string dir = output_dir("check");
    const std::string clean = make_kit(dir, "clean.ikit");
    auto r = ikit_run({"check", clean});
    CHECK(r.code == 0);
    CHECK(r.out.find(": error:") == std::string::npos);

    ikit::Kit kit = ikit::read_kit_file(clean);
    kit.sections[0].questions[0].text = "How old are you, and where did you grow up?";
    const std::string bad = dir + "/bad.ikit";
    ikit::save_kit_file(kit, bad);
    r = ikit_run({"check", bad});
    CHECK(r.code == 1);
    CHECK(r.out.find(bad + ": error: question q1") != std::string::npos);
    CHECK(r.out.find("Instead: \"") != std::string::npos);
    CHECK(r.out.find("[protected-topic]") != std::string::npos);

    r = ikit_run({"check", "--format", "json", clean, bad});
    CHECK(r.code == 1);
    CHECK(r.out.rfind("[\n  {\"file\": ", 0) == 0);
    CHECK(r.out.find("\"severity\": \"error\", \"check\": \"protected-topic\"") != std::string::npos);
    CHECK(ikit_run({"check", "--format", "yaml", clean}).code == 2);
}

TEST_CASE("ikit export writes scorecards and guides", "[cli][export]") {
    const std::string dir = output_dir("export");
    const std::string kit = make_kit(dir, "kit.ikit");
    auto r = ikit_run({"export", kit, "-o", dir + "/card.pdf", "--candidate", "Zoë Łukasiewicz", "--interviewer",
                       "José Núñez", "--interviewer", "Дмитрий Иванов", "--date", "2026-11-23", "--paper", "letter"});
    REQUIRE(r.code == 0);
    CHECK(read(dir + "/card.pdf").rfind("%PDF-", 0) == 0);
    r = ikit_run({"export", kit, "-o", dir + "/guide.pdf", "--kind", "guide"});
    REQUIRE(r.code == 0);
    CHECK(read(dir + "/guide.pdf").rfind("%PDF-", 0) == 0);
    const std::string text_file = dir + "/guide.txt";
    REQUIRE(std::system(("pdftotext -q '" + dir + "/guide.pdf' '" + text_file + "'").c_str()) == 0);
    CHECK(read(text_file).find("Kit check: passed on ") != std::string::npos);

    const std::string each = dir + "/each/";
    std::filesystem::create_directories(each);
    r = ikit_run({"export", kit, "-o", each, "--interviewer", "Ana", "--interviewer", "Ben"});
    REQUIRE(r.code == 0);
    CHECK(std::filesystem::exists(each + "kit-scorecard-Ana.pdf"));
    CHECK(std::filesystem::exists(each + "kit-scorecard-Ben.pdf"));

    CHECK(ikit_run({"export", kit, "-o", dir + "/x.pdf", "--kind", "poster"}).code == 2);
    CHECK(ikit_run({"export", kit, "-o", dir + "/x.pdf", "--paper", "a3"}).code == 2);
    CHECK(ikit_run({"export", kit, "-o", dir + "/x.pdf", "--date", "23/11/2026"}).code == 2);
    r = ikit_run({"export", kit, "-o", dir + "/no/such/folder/x.pdf"});
    CHECK(r.code == 1);
    CHECK(r.err.find("cannot save") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir + "/x.pdf"));
}

TEST_CASE("ikit export refuses a kit with check errors unless told --allow-errors", "[cli][export]") {
    const std::string dir = output_dir("export_errors");
    ikit::Kit kit = ikit::read_kit_file(make_kit(dir, "clean.ikit"));
    kit.sections[0].questions[0].text = "How old are your children?";
    const std::string bad = dir + "/bad.ikit";
    ikit::save_kit_file(kit, bad);
    const std::string pdf = dir + "/bad.pdf";

    auto r = ikit_run({"export", bad, "-o", pdf});
    CHECK(r.code == 1);
    CHECK(r.err.find(bad + ": not exported: the kit check finds 1 error") != std::string::npos);
    CHECK(r.err.find(bad + ": error: Question 1: ") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(pdf));

    r = ikit_run({"export", bad, "-o", pdf, "--allow-errors"});
    CHECK(r.code == 0);
    CHECK(read(pdf).rfind("%PDF-", 0) == 0);
}
