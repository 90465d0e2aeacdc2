// Score data is personal: it never enters a kit, a kit's autosave (which is write_kit of the open kit) or a
// kit's export (docs/privacy.md).
#include "export/pdf_export.h"
#include "scoring/kit_fingerprint.h"
#include "scoring_examples.h"
#include "serialize/kit_file.h"
#include "serialize/score_file.h"
#include "test_kits.h"

#include <catch2/catch.hpp>

using namespace ikit;

namespace {

bool holds_any(const std::string& bytes, const std::vector<std::string>& needles) {
    for (const auto& n : needles)
        if (bytes.find(n) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("a kit, its autosave and its export hold nothing of the scores made with it", "[scoring][privacy]") {
    const Kit kit = test::scoring_example_kit();
    ScoreSheet sheet = test::scoring_example_sheet(1);
    sheet.candidate = "Quentin Privatus";
    sheet.reference = "ATS-SECRET-42";
    sheet.scorecards[0].notes = "confidential-note-marker";
    const std::vector<std::string> personal{"Quentin Privatus", "ATS-SECRET-42", "confidential-note-marker",
                                            "coached two leads to promotion", "<scores", "<scorecard"};
    // Working with the scores (combining, fingerprinting, saving the score file) leaves the kit as it was.
    const std::string before = write_kit(kit);
    const std::string dir = test::fresh_dir("privacy");
    save_score_file(sheet, dir + "/quentin.iscore");
    CHECK(kit_identity(kit).fingerprint == sheet.kit.fingerprint);
    CHECK(write_kit(kit) == before);
    CHECK_FALSE(holds_any(before, personal));  // the kit file and the autosave both are write_kit(kit)

    PdfOptions options;
    options.kind = PdfKind::Guide;
    CHECK_FALSE(holds_any(render_pdf(kit, options).bytes, personal));
}

TEST_CASE("a kit file that carries scores does not keep them", "[scoring][privacy]") {
    std::string xml = write_kit(test::scoring_example_kit());
    const std::string scores = write_score_sheet(test::scoring_example_sheet(1));
    const std::string element = scores.substr(scores.find("<scores"));
    xml.insert(xml.rfind("</kit>"), element);
    std::vector<std::string> warnings;
    const Kit kit = parse_kit(xml, "smuggled.ikit", &warnings);
    CHECK(kit.extensions.empty());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("left out <scores>: ratings of candidates are kept in score files, never in a kit") !=
          std::string::npos);
    CHECK(write_kit(kit).find("Ana on q1") == std::string::npos);
}
