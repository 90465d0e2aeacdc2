#include "document/kit_document.h"
#include "serialize/kit_file.h"
#include "test_kits.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace ikit;

namespace {
std::vector<std::string> order(const Kit& kit) {
    std::vector<std::string> ids;
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) ids.push_back(s.id + "/" + q.id);
    return ids;
}
}  // namespace

TEST_CASE("every edit is one undo step with a description", "[document]") {
    KitDocument doc(test::sample_kit(), "");
    const Kit original = doc.kit();
    CHECK_FALSE(doc.modified());

    doc.move_question("q2", {0, 0});
    CHECK(order(doc.kit()) == std::vector<std::string>{"s1/q2", "s1/q1"});
    CHECK(doc.modified());
    CHECK(doc.history().undo_description() == "Move question");

    const std::string copy = doc.duplicate_question("q1");
    CHECK(order(doc.kit()) == std::vector<std::string>{"s1/q2", "s1/q1", "s1/" + copy});
    CHECK(doc.kit().find_question(copy)->text == doc.kit().find_question("q1")->text);

    doc.rename_section("s2", "Handling disagreement");
    doc.remove_question("q1");
    CHECK(doc.history().undo_description() == "Remove question");

    REQUIRE(doc.undo());
    REQUIRE(doc.undo());
    CHECK(doc.kit().sections[1].title == "Conflict resolution");
    CHECK(doc.history().redo_description() == "Rename section");
    REQUIRE(doc.redo());
    CHECK(doc.kit().sections[1].title == "Handling disagreement");
    while (doc.undo()) {
    }
    CHECK(doc.kit() == original);
    CHECK_FALSE(doc.modified());
}

TEST_CASE("moving up and down crosses section borders", "[document]") {
    KitDocument doc(test::sample_kit(), "");
    CHECK_FALSE(doc.move_question_up("q1"));
    CHECK(doc.move_question_down("q1"));
    CHECK(order(doc.kit()) == std::vector<std::string>{"s2/q1", "s2/q2"});
    CHECK(doc.move_question_down("q1"));
    CHECK(order(doc.kit()) == std::vector<std::string>{"s2/q2", "s2/q1"});
    CHECK_FALSE(doc.move_question_down("q1"));
    CHECK(doc.move_question_up("q2"));
    CHECK(order(doc.kit()) == std::vector<std::string>{"s1/q2", "s2/q1"});
}

TEST_CASE("sections can be added, moved and removed", "[document]") {
    KitDocument doc(test::sample_kit(), "");
    const std::string id = doc.add_section("Closing", 99);
    CHECK(doc.kit().sections.back().id == id);
    doc.move_section(id, 0);
    CHECK(doc.kit().sections.front().title == "Closing");
    const std::string qid = doc.add_question(KitQuestion{}, {0, 0}, "Add custom question");
    CHECK(doc.kit().sections[0].questions[0].id == qid);
    CHECK(doc.history().undo_description() == "Add custom question");
    doc.remove_section(id);
    CHECK(doc.kit().sections.size() == 2);
    CHECK(doc.kit().find_question(qid) == nullptr);
}

TEST_CASE("a failed edit changes nothing and records no step", "[document]") {
    KitDocument doc(test::sample_kit(), "");
    CHECK_THROWS_AS(doc.move_question("q1", {5, 0}), Error);
    CHECK_THROWS_AS(doc.remove_question("nope"), Error);
    CHECK(doc.kit() == test::sample_kit());
    CHECK_FALSE(doc.history().can_undo());
}

TEST_CASE("editing a question keeps the bank untouched and can be undone", "[document]") {
    KitDocument doc(test::sample_kit(), "");
    KitQuestion q = *doc.kit().find_question("q1");
    q.text = "Which three numbers tell you most about your support team?";
    q.minutes = 9;
    q.rubric.levels[0].anchor = "Cannot name a single support metric.";
    doc.edit_question(q);
    CHECK(doc.kit().find_question("q1")->minutes == 9);
    CHECK(doc.kit().planned_minutes() == 16);
    doc.undo();
    CHECK(doc.kit().find_question("q1")->minutes == 6);
}

TEST_CASE("saving clears the modified mark and a failed save keeps it", "[document]") {
    const std::string dir = test::fresh_dir("document");
    KitDocument doc(test::sample_kit(), "");
    doc.rename_section("s1", "Numbers");
    CHECK_THROWS_WITH(doc.save(), Catch::Contains("Save As"));
    CHECK(doc.modified());
    CHECK_THROWS_AS(doc.save(dir + "/missing/folder/kit.ikit"), Error);
    CHECK(doc.modified());
    doc.save(dir + "/kit.ikit");
    CHECK_FALSE(doc.modified());
    CHECK(doc.path() == dir + "/kit.ikit");

    KitDocument other;
    other.open(dir + "/kit.ikit");
    CHECK(other.kit() == doc.kit());
    CHECK_THROWS_AS(other.open(dir + "/nothing.ikit"), Error);
    CHECK(other.kit() == doc.kit());  // a failed open leaves the open kit as it was

    other.reset(doc.kit(), dir + "/kit.ikit", true);
    CHECK(other.modified());
}

TEST_CASE("saving, opening and resetting are announced; edits and failed saves are not", "[document]") {
    const std::string dir = test::fresh_dir("file-events");
    KitDocument doc(test::sample_kit(), "");
    std::vector<FileEvent> events;
    doc.set_file_listener([&](FileEvent event) { events.push_back(event); });
    doc.rename_section("s1", "Numbers");
    doc.undo();
    CHECK_THROWS_AS(doc.save(dir + "/missing/folder/kit.ikit"), Error);
    CHECK(events.empty());
    doc.save(dir + "/kit.ikit");
    CHECK(events == std::vector<FileEvent>{FileEvent::Saved});
    doc.open(dir + "/kit.ikit");
    CHECK_THROWS_AS(doc.open(dir + "/nothing.ikit"), Error);
    doc.reset(test::sample_kit(), "", true);
    CHECK(events == std::vector<FileEvent>{FileEvent::Saved, FileEvent::Reset, FileEvent::Reset});
}

TEST_CASE("saving an unchanged kit twice gives the same bytes", "[document]") {
    const std::string dir = test::fresh_dir("stable");
    KitDocument doc(test::sample_kit(), "");
    doc.save(dir + "/a.ikit");
    doc.save(dir + "/b.ikit");
    CHECK(test::slurp(dir + "/a.ikit") == test::slurp(dir + "/b.ikit"));
}

TEST_CASE("the undo history is bounded", "[document]") {
    UndoHistory history(3);
    Kit kit;
    for (int i = 0; i < 5; ++i) history.record("step " + std::to_string(i), kit);
    CHECK(history.undo_depth() == 3);
    CHECK(history.undo_description() == "step 4");
}

TEST_CASE("derived figures", "[document]") {
    Kit kit = test::sample_kit();
    CHECK(kit.question_count() == 2);
    CHECK(kit.planned_minutes() == 13);
    kit.competencies.push_back({"communication", "Communication", ""});
    const auto uncovered = uncovered_competencies(kit);
    REQUIRE(uncovered.size() == 1);
    CHECK(uncovered[0].id == "communication");
    const auto per = questions_per_competency(kit);
    CHECK(per[0] == std::make_pair(std::string("kpis-metrics"), 1));
}

TEST_CASE("kit settings change in one undo step and the scale is checked", "[document]") {
    KitDocument doc(test::sample_kit(), "");
    KitSettings settings = doc.kit().settings();
    settings.properties.length_minutes = 90;
    settings.competencies.push_back({"communication", "Communication", ""});
    settings.recommendation_labels = {" Definitely not ", "", "Not yet", "Hire", "Hire now"};
    doc.set_settings(settings);
    CHECK(doc.kit().properties.length_minutes == 90);
    CHECK(doc.kit().competencies.size() == 3);
    CHECK(doc.kit().recommendation_labels == std::vector<std::string>{"Definitely not", "Not yet", "Hire", "Hire now"});
    CHECK(doc.history().undo_depth() == 1);
    CHECK(doc.history().undo_description() == "Change kit properties");

    settings.recommendation_labels = {"Only one", "  "};
    CHECK_THROWS_WITH(doc.set_settings(settings), Catch::Contains("2 to 10 labels"));
    CHECK(doc.kit().recommendation_labels.size() == 4);
    doc.undo();
    CHECK(doc.kit() == test::sample_kit());
}

TEST_CASE("a plan change is one undo step named by the caller; an equal plan is no step", "[document][plan]") {
    KitDocument doc(test::sample_kit(), "");
    InterviewPlan plan;
    Interview screen;
    screen.id = "i1";
    screen.name = "Phone screen";
    screen.minutes = 30;
    screen.section_ids = {"s1"};
    plan.interviews.push_back(screen);
    doc.set_plan(plan, "Add interview");
    CHECK(doc.kit().plan == plan);
    CHECK(doc.history().undo_description() == "Add interview");
    doc.set_plan(plan, "Nothing");  // unchanged: no step
    CHECK(doc.history().undo_description() == "Add interview");
    REQUIRE(doc.undo());
    CHECK(doc.kit().plan.empty());
    CHECK_FALSE(doc.modified());
}
