#include "test_kits.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace ikit::test {

namespace {
Rubric sample_rubric(const std::string& id, const std::string& competency) {
    Rubric r;
    r.id = id;
    r.name = "Rubric " + id;
    r.competency_id = competency;
    r.description = "How well the answer shows " + competency;
    const char* anchors[] = {"Names no example and cannot say what they did.",
                             "Gives a vague example with no result.",
                             "Describes one concrete example with actions and a result.",
                             "Describes actions, trade-offs and a measured result.",
                             "Shows a repeatable method, measured results and what they changed afterwards."};
    for (int i = 0; i < 5; ++i) r.levels.push_back({i + 1, default_level_labels()[static_cast<std::size_t>(i)], anchors[i]});
    return r;
}
}  // namespace

Kit sample_kit() {
    Kit kit;
    auto& p = kit.properties;
    p.title = "Support Director — Panel";
    p.role_id = "director-support";
    p.role_name = "Director of Customer Support";
    p.stage = "Panel";
    p.length_minutes = 45;
    p.instructions = "Ask every question in order.\nRate right after the interview.";
    p.author = "Test Author";
    p.modified = "2026-11-23";
    p.paper = "a4";
    kit.competencies = {{"kpis-metrics", "KPIs & metrics", "Uses numbers"}, {"conflict-resolution", "Conflict resolution", ""}};
    KitSection s1{"s1", "KPIs & metrics", "kpis-metrics", {}};
    KitQuestion q1;
    q1.id = "q1";
    q1.bank_id = "csl-004";
    q1.text = "How do you measure customer service success?";
    q1.type = QuestionType::Technical;
    q1.minutes = 6;
    q1.competency_ids = {"kpis-metrics", "customer-experience"};
    q1.listen_for = {"Names CSAT, FCR and AHT", "Links a metric to a decision"};
    q1.probes = {"Which metric misled you once?"};
    q1.red_flags = {"Only quotes targets, never results"};
    q1.rubric = sample_rubric("kpis-metrics", "kpis-metrics");
    s1.questions.push_back(q1);
    KitSection s2{"s2", "Conflict resolution", "conflict-resolution", {}};
    KitQuestion q2;
    q2.id = "q2";
    q2.text = "Tell me about a time two agents disagreed on how to handle an escalation.";
    q2.type = QuestionType::Behavioural;
    q2.minutes = 7;
    q2.competency_ids = {"conflict-resolution"};
    q2.probes = {"What did you say first?"};
    q2.rubric = sample_rubric("conflict-resolution", "conflict-resolution");
    s2.questions.push_back(q2);
    kit.sections = {s1, s2};
    return kit;
}

std::string fresh_dir(const std::string& name) {
    const auto dir = std::filesystem::path(IKIT_TEST_OUTPUT_DIR) / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace ikit::test
