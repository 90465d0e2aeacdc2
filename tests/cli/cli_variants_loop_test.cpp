// Issue 19 through an interview loop: the candidate list prints each candidate's variants, the hiring manager's
// sheet of who is asked which, score files that record the variant asked, and the debrief and comparison
// that show it (PDFs read with pdftotext).
#include "cli_run.h"
#include "model/variant_choice.h"
#include "serialize/kit_file.h"
#include "serialize/score_file.h"
#include "test_kits.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>

namespace fs = std::filesystem;

namespace {

const std::string kSecond = "Walk me through a customer escalation you turned around.";
const std::string kThird = "Describe the hardest customer conversation you led last year.";

ikit::Kit pooled_loop_kit() {
    ikit::Kit kit = ikit::test::loop_kit();
    ikit::KitQuestion& q = kit.sections[0].questions[0];
    q.pool.present = true;
    ikit::KitVariant a, b;
    a.text = kSecond;
    b.text = kThird;
    q.pool.variants = {a, b};
    return kit;
}

std::string candidate_with(const ikit::Kit& kit, std::size_t member) {
    for (int i = 0; i < 500; ++i) {
        const std::string name = "Candidate " + std::to_string(i);
        if (ikit::choose_variant(kit, kit.sections[0].questions[0], name) == member) return name;
    }
    FAIL("no candidate gets member " << member);
    return {};
}

std::string pdf_text(const std::string& pdf) {
    const std::string txt = pdf + ".txt";
    REQUIRE(std::system(("pdftotext -q -enc UTF-8 '" + pdf + "' '" + txt + "'").c_str()) == 0);
    std::ifstream in(txt, std::ios::binary);
    const std::string text(std::istreambuf_iterator<char>(in), {});
    return std::regex_replace(text, std::regex("\\s+"), " ");
}

void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

}  // namespace

TEST_CASE("the candidate list prints each candidate's variant, and the guide lists who is asked which",
          "[cli][variants][candidates]") {
    const std::string dir = output_dir("variants-loop");
    const ikit::Kit kit = pooled_loop_kit();
    const std::string file = dir + "/pooled-loop.ikit";
    ikit::save_kit_file(kit, file);
    const std::string own = kit.sections[0].questions[0].text;
    const std::string b = candidate_with(kit, 1), c = candidate_with(kit, 2);
    write(dir + "/list.csv", "candidate\n" + b + "\n" + c + "\n");

    fs::create_directory(dir + "/merged");
    auto r = ikit_run({"export", file, "--candidates", dir + "/list.csv", "--merge", "-o", dir + "/merged/"});
    REQUIRE(r.code == 0);
    const std::string first = pdf_text(dir + "/merged/" + b + ".pdf"), second = pdf_text(dir + "/merged/" + c + ".pdf");
    CHECK(first.find(kSecond) != std::string::npos);
    CHECK(first.find(kThird) == std::string::npos);
    CHECK(second.find(kThird) != std::string::npos);
    CHECK(second.find(kSecond) == std::string::npos);
    CHECK(second.find(own) == std::string::npos);

    fs::create_directory(dir + "/fixed");
    r = ikit_run({"export", file, "--candidates", dir + "/list.csv", "--merge", "--rotation", "fixed", "-o", dir + "/fixed/"});
    REQUIRE(r.code == 0);
    for (const auto& name : {b, c}) {
        const std::string text = pdf_text(dir + "/fixed/" + name + ".pdf");
        CHECK(text.find(own) != std::string::npos);
        CHECK(text.find(kSecond) == std::string::npos);
    }

    // One folder per candidate (not merged): the scorecards of the interview that asks the pooled question.
    fs::create_directory(dir + "/folders");
    REQUIRE(ikit_run({"export", file, "--candidates", dir + "/list.csv", "-o", dir + "/folders/"}).code == 0);
    std::string scorecards;
    for (const auto& e : fs::directory_iterator(dir + "/folders/" + c))
        if (e.path().filename().string().rfind("2-", 0) == 0) scorecards += pdf_text(e.path().string());
    CHECK(scorecards.find(kThird) != std::string::npos);
    CHECK(scorecards.find(kSecond) == std::string::npos);

    // The hiring manager's sheet.
    r = ikit_run({"export", file, "--kind", "guide", "--candidates", dir + "/list.csv", "-o", dir + "/who.pdf"});
    REQUIRE(r.code == 0);
    const std::string who = pdf_text(dir + "/who.pdf");
    CHECK(who.find("WHO IS ASKED WHICH VARIANT") != std::string::npos);
    CHECK(who.find(own) != std::string::npos);
    CHECK(who.find(kSecond) != std::string::npos);
    CHECK(who.find(kThird) != std::string::npos);
    CHECK(who.find(b + " 2 ") != std::string::npos);
    CHECK(who.find(c + " 3 ") != std::string::npos);
    CHECK(ikit_run({"export", file, "--kind", "guide", "--candidates", dir + "/list.csv", "-o", dir + "/folders/"}).code == 2);

    r = ikit_run({"show", file, "--candidates", dir + "/list.csv"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("Question 1: a pool of 3 variants") != std::string::npos);
    CHECK(r.out.find("\n" + b + "  2\n") != std::string::npos);
    CHECK(r.out.find("\n" + c + "  3\n") != std::string::npos);
    r = ikit_run({"show", file, "--candidates", dir + "/list.csv", "--rotation", "fixed"});
    CHECK(r.out.find("\n" + c + "  1\n") != std::string::npos);
}

TEST_CASE("score files record the variant asked; the debrief and the comparison show it", "[cli][variants][scores]") {
    const std::string dir = output_dir("variants-scores");
    const ikit::Kit kit = pooled_loop_kit();
    const std::string file = dir + "/pooled-loop.ikit";
    ikit::save_kit_file(kit, file);
    const std::string id = kit.sections[0].questions[0].id;
    const std::string b = candidate_with(kit, 1), c = candidate_with(kit, 2);

    // The template for a candidate is labelled with their wording.
    auto r = ikit_run({"scores", "template", file, "--interview", "Panel: customers", "--candidate", c, "-o", "-"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find(kThird) != std::string::npos);
    CHECK(r.out.find(kSecond) == std::string::npos);
    const std::string csv = r.out;
    write(dir + "/scores.csv", std::regex_replace(csv, std::regex("(,question,[^\r\n]*),,\r\n"), "$1,3,\r\n"));

    REQUIRE(ikit_run({"scores", "import", file, dir + "/scores.csv", "--candidate", b, "-o", dir + "/b.iscore"}).code == 0);
    REQUIRE(ikit_run({"scores", "import", file, dir + "/scores.csv", "--candidate", c, "-o", dir + "/c.iscore"}).code == 0);
    ikit::ScoreSheet sheet = ikit::read_score_file(dir + "/c.iscore");
    REQUIRE(sheet.scorecards.size() == 2);
    int recorded = 0;
    for (const auto& card : sheet.scorecards)
        for (const auto& q : card.questions)
            if (q.question_id == id) recorded += q.variant == kThird ? 1 : 100;
    CHECK(recorded == 2);  // Kim Lee and the peer manager

    r = ikit_run({"debrief", dir + "/c.iscore", "--kit", file});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("variant 3 of 3: " + kThird) != std::string::npos);
    r = ikit_run({"debrief", dir + "/c.iscore", "--kit", file, "--format", "csv"});
    CHECK(r.out.find("variant," + id + "," + kThird + ",Kim Lee,3,,,,variant 3 of 3") != std::string::npos);
    REQUIRE(ikit_run({"debrief", dir + "/c.iscore", "--kit", file, "-o", dir + "/c.pdf"}).code == 0);
    const std::string debrief_pdf = pdf_text(dir + "/c.pdf");
    CHECK(debrief_pdf.find("Questions asked in variants") != std::string::npos);
    CHECK(debrief_pdf.find("variant 3 of 3") != std::string::npos);

    // One interviewer recorded another variant, and one the pool no longer has: flagged and warned, not refused.
    for (auto& q : sheet.scorecards[1].questions)
        if (q.question_id == id) q.variant = kSecond;
    ikit::save_score_file(sheet, dir + "/c2.iscore");
    r = ikit_run({"debrief", dir + "/c2.iscore", "--kit", file});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("DIFFERENT VARIANTS RECORDED") != std::string::npos);
    REQUIRE(ikit_run({"debrief", dir + "/c2.iscore", "--kit", file, "-o", dir + "/c2.pdf"}).code == 0);
    CHECK(pdf_text(dir + "/c2.pdf").find("DIFFERENT VARIANTS") != std::string::npos);
    for (auto& q : sheet.scorecards[1].questions)
        if (q.question_id == id) q.variant = "A wording removed since";
    ikit::save_score_file(sheet, dir + "/c3.iscore");
    r = ikit_run({"debrief", dir + "/c3.iscore", "--kit", file});
    REQUIRE(r.code == 0);
    CHECK(r.err.find("warning: " + dir + "/c3.iscore: ") != std::string::npos);
    CHECK(r.err.find("is not in the question's pool any more") != std::string::npos);

    r = ikit_run({"compare", dir + "/b.iscore", dir + "/c.iscore", "--kit", file});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("Variant asked of each question with a pool") != std::string::npos);
    CHECK(std::regex_search(r.out, std::regex(b + " +2 of 3\n")));
    CHECK(std::regex_search(r.out, std::regex(c + " +3 of 3\n")));
    CHECK(r.out.find("stay comparable") != std::string::npos);
    r = ikit_run({"compare", dir + "/b.iscore", dir + "/c.iscore", "--kit", file, "--format", "csv"});
    CHECK(r.out.find(",flags,variant:" + id + "\r\n") != std::string::npos);
    REQUIRE(ikit_run({"compare", dir + "/b.iscore", dir + "/c.iscore", "--kit", file, "-o", dir + "/cmp.pdf"}).code == 0);
    const std::string cmp = pdf_text(dir + "/cmp.pdf");
    CHECK(cmp.find("Questions asked in variants") != std::string::npos);
    CHECK(cmp.find("3 of 3") != std::string::npos);
    CHECK(cmp.find("stay comparable") != std::string::npos);
}
