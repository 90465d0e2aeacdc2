// Issue 19 on the command line: variant groups in `ikit bank stats|show`, pools from `ikit new --pools`,
// and each candidate's variants in `ikit show --candidate` and in the exported PDF (read with pdftotext).
#include "cli_run.h"
#include "model/variant_choice.h"
#include "serialize/kit_file.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <regex>

namespace {
std::string pdf_text(const std::string& pdf) {
    const std::string txt = pdf + ".txt";
    REQUIRE(std::system(("pdftotext -q '" + pdf + "' '" + txt + "'").c_str()) == 0);
    std::ifstream in(txt, std::ios::binary);
    const std::string text(std::istreambuf_iterator<char>(in), {});
    return std::regex_replace(text, std::regex("\\s+"), " ");
}

// A question text as pdftotext gives it back: white space runs (line breaks of the wrap) made one space.
std::string opening(const std::string& text) { return std::regex_replace(text, std::regex("\\s+"), " "); }
}  // namespace

TEST_CASE("ikit bank stats counts variant groups and ikit bank show lists a question's variants", "[cli][variants]") {
    auto r = ikit_run({"bank", "stats"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("Variant groups: 26") != std::string::npos);
    CHECK(r.out.find("     2         5            3            2  Leading change (change-leadership)") != std::string::npos);

    r = ikit_run({"bank", "show", "csl-006"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("Variants (group change-led-team, 3 interchangeable questions):") != std::string::npos);
    CHECK(r.out.find("  - csl-080: Tell me about a change you had to lead") != std::string::npos);
    r = ikit_run({"bank", "show", "csl-080"});
    CHECK(r.out.find("From:          written for Interview Kit Builder") != std::string::npos);
    CHECK(r.out.find("  - csl-006: ") != std::string::npos);
    CHECK(ikit_run({"bank", "show", "csl-004"}).out.find("Variants") == std::string::npos);
}

TEST_CASE("two candidates get their own variants from ikit show and ikit export", "[cli][variants]") {
    const std::string dir = output_dir("variants");
    const std::string file = dir + "/pooled.ikit";
    REQUIRE(ikit_run({"new", "--role", "cs-manager", "--minutes", "60", "--pools", "-o", file}).code == 0);
    const ikit::Kit kit = ikit::read_kit_file(file);
    // The first pooled slot, and two candidates who are asked different members of it.
    const ikit::KitQuestion* slot = nullptr;
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions)
            if (!slot && q.pool.size() > 1) slot = &q;
    REQUIRE(slot != nullptr);
    CHECK(ikit_run({"new", "--role", "cs-manager", "--minutes", "60", "-o", "-"}).out.find("<pool>") == std::string::npos);
    const std::string first = "Ada Lovelace";
    std::string second;
    for (int i = 0; second.empty() && i < 100; ++i) {
        const std::string name = "Candidate " + std::to_string(i);
        if (ikit::choose_variant(kit, *slot, name) != ikit::choose_variant(kit, *slot, first)) second = name;
    }
    REQUIRE_FALSE(second.empty());
    const auto asked = [&](const std::string& name) {
        return ikit::asked_variant(*slot, ikit::choose_variant(kit, *slot, name)).text;
    };
    REQUIRE(asked(first) != asked(second));

    auto r = ikit_run({"show", file});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("   pool of " + std::to_string(slot->pool.size()) + ": this question and") != std::string::npos);
    r = ikit_run({"show", file, "--candidate", first});
    REQUIRE(r.code == 0);
    CHECK(r.out.find(asked(first)) != std::string::npos);
    CHECK(r.out.find(asked(second)) == std::string::npos);
    CHECK(r.out.find("   pool: variant " + std::to_string(ikit::choose_variant(kit, *slot, first) + 1) + " of ") != std::string::npos);
    CHECK(ikit_run({"show", file, "--candidate", first}).out == r.out);  // the same on every run
    r = ikit_run({"show", file, "--candidate", first, "--rotation", "fixed"});
    CHECK(r.out.find(slot->text) != std::string::npos);
    CHECK(ikit_run({"show", file, "--rotation", "shuffle"}).code == 2);

    for (const char* kind : {"scorecard", "guide"}) {
        INFO(kind);
        const std::string a = dir + "/" + kind + "-a.pdf", b = dir + "/" + kind + "-b.pdf";
        REQUIRE(ikit_run({"export", file, "--kind", kind, "--candidate", first, "-o", a}).code == 0);
        REQUIRE(ikit_run({"export", file, "--kind", kind, "--candidate", second, "-o", b}).code == 0);
        const std::string text_a = pdf_text(a), text_b = pdf_text(b);
        CHECK(text_a.find(opening(asked(first))) != std::string::npos);
        CHECK(text_a.find(opening(asked(second))) == std::string::npos);
        CHECK(text_b.find(opening(asked(second))) != std::string::npos);
        CHECK(text_b.find(opening(asked(first))) == std::string::npos);
    }
    CHECK(ikit_run({"export", file, "--rotation", "random", "-o", dir + "/x.pdf"}).code == 2);
}
