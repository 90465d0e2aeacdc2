#include "scoring_examples.h"

#include "scoring/kit_fingerprint.h"
#include "test_kits.h"

namespace ikit::test {

Kit scoring_example_kit() {
    TestKitBuilder b;
    const auto rubric = [](const std::string& id) {
        return test_rubric(id, id, {"none", "little", "some", "good", "excellent"});
    };
    auto question = [&](const std::string& id, const std::string& competency) {
        KitQuestion q = test_question(id, "Tell me about " + id, competency, 5);
        q.rubric = rubric(competency);
        return q;
    };
    b.section("s1", "Metrics", "metrics").question(question("q1", "metrics")).question(question("q2", "metrics"));
    b.section("s2", "Coaching", "coaching").question(question("q3", "coaching"));
    b.section("s3", "Escalations", "escalations").question(question("q4", "escalations"));
    Kit kit = b.kit();
    kit.properties.title = "Support lead panel";
    Competency metrics{"metrics", "Metrics", "", 2.0};
    Competency coaching{"coaching", "Coaching", "", 1.0};
    Competency escalations{"escalations", "Escalations", "", 1.0};
    kit.competencies = {metrics, coaching, escalations};
    kit.recommendation_labels = {"Strong no", "No", "Yes", "Strong yes"};
    return kit;
}

InterviewerScorecard example_card(const std::string& interviewer, std::vector<std::optional<int>> ratings,
                                  const std::string& recommendation) {
    InterviewerScorecard card;
    card.interviewer = interviewer;
    for (std::size_t i = 0; i < ratings.size(); ++i) {
        QuestionRating r;
        r.question_id = "q" + std::to_string(i + 1);
        r.rating = ratings[i];
        if (ratings[i]) r.evidence = interviewer + " on q" + std::to_string(i + 1);
        card.questions.push_back(r);
    }
    card.recommendation = recommendation;
    card.submitted = "2025-03-04";
    return card;
}

ScoreSheet scoring_example_sheet(int number) {
    const std::optional<int> none;
    ScoreSheet sheet;
    sheet.candidate = "Example " + std::to_string(number);
    sheet.kit = kit_identity(scoring_example_kit());
    if (number == 1) {
        auto ana = example_card("Ana", {4, 3, 2, none}, "Yes");
        ana.competencies.push_back({"coaching", 4, "coached two leads to promotion"});
        auto ben = example_card("Ben", {2, 2, 3, 4}, "No");
        auto cleo = example_card("Cleo", {none, none, 3, none}, "Strong yes");
        cleo.competencies.push_back({"metrics", 5, "built the team's KPI tree"});
        sheet.scorecards = {ana, ben, cleo};
    } else if (number == 2) {
        sheet.scorecards = {example_card("Ana", {4, none, 5, none}, "Strong yes"), example_card("Ben", {3, none, 3, none})};
    } else {
        sheet.scorecards = {example_card("Ana", {4, 5, 3, 3}), example_card("Ben", {3, none, 3, 7})};
    }
    return sheet;
}

}  // namespace ikit::test
