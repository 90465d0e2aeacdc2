// Screenshots of the Scores and Debrief workspaces at 1280×800 (hidden: run by hand, see README):
//   xvfb-run -a -s "-screen 0 1280x800x24" build/tests/app/ikit_app_tests "[.screenshots]"
// writes scores_workspace_1280.png and debrief_1280.png into $IKIT_SCREENSHOT_DIR (default: the current folder).

#include "score_fixture.h"

#include "panels/scores_panel.h"
#include "serialize/kit_file.h"
#include "scoring/kit_fingerprint.h"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace ikit;
using namespace ikit::test;

namespace {
std::string shot_path(const std::string& name) {
    const char* dir = std::getenv("IKIT_SCREENSHOT_DIR");
    return (dir && *dir ? std::string(dir) + "/" : std::string()) + name;
}

void take(ScoreFixture& f, const std::string& name) {
    f.frame->Raise();
    f.pump(600);
    const std::string command = "import -window root \"" + shot_path(name) + "\"";
    REQUIRE(std::system(command.c_str()) == 0);
}

// Three interviewers' scorecards of the sample panel kit, with evidence in their own short words.
ScoreSheet sample_sheet(const Kit& kit) {
    ScoreSheet sheet;
    sheet.candidate = "Jordan Lee";
    sheet.reference = "REQ-2291";
    sheet.kit = kit_identity(kit);
    const std::vector<std::string> names{"Priya Shah", "Tom Okafor", "Elena Ruiz"};
    const std::vector<std::vector<int>> ratings{{4, 3, 4, 5, 3, 4, 4, 3}, {1, 2, 4, 4, 3, 1, 4, 3}, {4, 0, 5, 4, 3, 4, 3, 4}};
    const std::vector<std::string> notes{"Named the metric and the change it drove",
                                         "Walked through the escalation step by step",
                                         "Gave a team-level example, not their own part",
                                         "Clear before/after numbers",
                                         "Listened first, then proposed a trial",
                                         "Coached two agents to lead roles",
                                         "Answer stayed general",
                                         "Checked the customer's view before deciding"};
    for (std::size_t i = 0; i < names.size(); ++i) {
        InterviewerScorecard card;
        card.interviewer = names[i];
        std::size_t n = 0;
        for (const auto& section : kit.sections)
            for (const auto& q : section.questions) {
                const int r = ratings[i][n % ratings[i].size()];
                card.questions.push_back({q.id, r == 0 ? std::nullopt : std::optional<int>(r), notes[(n + i) % notes.size()], ""});
                ++n;
            }
        // Priya: the second-highest label, Tom: the second-lowest, Elena: the highest.
        const auto& labels = kit.recommendation_labels;
        if (labels.size() >= 2) card.recommendation = labels[i == 0 ? labels.size() - 2 : i == 1 ? 1 : labels.size() - 1];
        card.submitted = i == 2 ? "" : "2025-05-12";
        sheet.scorecards.push_back(card);
    }
    return sheet;
}
}  // namespace

TEST_CASE("Screenshots of the Scores and Debrief workspaces", "[.screenshots]") {
    ScoreFixture f;
    f.frame->SetSize(f.frame->FromDIP(wxSize(1280, 800)));
    f.frame->Move(0, 0);
    const Kit kit = read_kit_file(std::string(IKIT_SOURCE_KITS_DIR) + "/customer_service_manager_panel.ikit");
    f.use_kit(kit);
    ScoreSheet sheet = sample_sheet(kit);
    // The scorecard being entered: Elena's, half done.
    sheet.scorecards[2].questions.resize(5);
    sheet.scorecards[2].recommendation.clear();
    const std::string path = f.write_sheet(sheet, "jordan-lee.iscore");
    REQUIRE(f.session().open_path(path));
    f.show_scores();
    f.scores().scores_panel()->choose_interviewer("Elena Ruiz", "");
    f.scores().scores_panel()->focus_entry();
    take(f, "scores_workspace_1280.png");

    f.session().close();
    const std::string full = f.write_sheet(sample_sheet(kit), "jordan-lee-full.iscore");
    REQUIRE(f.session().open_path(full));
    f.show_debrief();
    take(f, "debrief_1280.png");
}
