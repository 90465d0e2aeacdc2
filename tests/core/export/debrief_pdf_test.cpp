#include "export/debrief_pdf.h"
#include "pdf_test_tools.h"
#include "scoring_examples.h"

#include <catch2/catch.hpp>

using namespace ikit;

TEST_CASE("the debrief PDF shows the grid, flags, composite and evidence", "[export][debrief]") {
    const Kit kit = test::scoring_example_kit();
    ScoreSheet sheet = test::scoring_example_sheet(1);
    sheet.candidate = u8"Zoë Łukasiewicz";
    const Combination c = combine(kit, sheet);
    const ScorePdf pdf = render_debrief_pdf({kit, sheet, c, compare_kit_identity(sheet.kit, kit)}, {});
    CHECK(pdf.pages >= 1);
    const std::string path = test::save_pdf(pdf.bytes, "debrief-example1");
    CHECK(test::qpdf_check(path));
    const std::string text = test::pdf_text(path);
    for (const char* expected : {"INTERVIEW DEBRIEF", u8"Zoë Łukasiewicz", "Support lead panel", "COMPOSITE SPLITS RECOMMENDATIONS", "3.50",
                                 "Discuss in this order", "1 Metrics SPLIT ratings 2", "2 Escalations ONE RATER",
                                 "MEDIAN RANGE FLAGS", "built the team's KPI tree", "Strong yes 1 Cleo"})
        CHECK_THAT(text, Catch::Contains(expected));
    CHECK_THAT(text, !Catch::Contains("Kit mismatch"));
}

TEST_CASE("the debrief PDF warns of a changed kit; the comparison PDF lists every candidate", "[export][debrief]") {
    Kit kit = test::scoring_example_kit();
    const ScoreSheet sheet = test::scoring_example_sheet(2);
    kit.sections[0].questions[0].text = "Reworded";
    const Combination c = combine(kit, sheet);
    ScorePdfOptions letter;
    letter.paper = Paper::Letter;
    const ScorePdf debrief = render_debrief_pdf({kit, sheet, c, compare_kit_identity(sheet.kit, kit)}, letter);
    const std::string text = test::pdf_text(test::save_pdf(debrief.bytes, "debrief-mismatch"));
    CHECK_THAT(text, Catch::Contains("Kit mismatch: the kit's questions or rubrics changed"));
    CHECK_THAT(text, Catch::Contains("Incomplete: no evidence for Escalations"));

    const Comparison comparison = compare_candidates(kit, {test::scoring_example_sheet(1), sheet, test::scoring_example_sheet(3)});
    const ScorePdf pdf = render_comparison_pdf(kit, comparison, {});
    const std::string path = test::save_pdf(pdf.bytes, "comparison");
    CHECK(test::qpdf_check(path));
    const std::string compared = test::pdf_text(path);
    CHECK_THAT(compared, Catch::Contains("CANDIDATE COMPARISON"));
    for (const char* name : {"Example 1", "Example 2", "Example 3"}) CHECK_THAT(compared, Catch::Contains(name));
    CHECK_THAT(compared, Catch::Contains("kit changed"));
    CHECK_THAT(compared, Catch::Contains("incomplete (escalations)"));
}
