#include "test_kits.h"

#include "model/variant_choice.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ikit::test {

Rubric test_rubric(const std::string& id, const std::string& name, const std::vector<std::string>& anchors) {
    Rubric r;
    r.id = id;
    r.name = name;
    r.competency_id = id;
    for (std::size_t i = 0; i < anchors.size(); ++i)
        r.levels.push_back({static_cast<int>(i + 1), default_level_labels()[i], anchors[i]});
    return r;
}

KitQuestion test_question(const std::string& id, const std::string& text, const std::string& competency, int minutes) {
    KitQuestion q;
    q.id = id;
    q.text = text;
    if (!competency.empty()) q.competency_ids = {competency};
    q.minutes = minutes;
    return q;
}

TestKitBuilder& TestKitBuilder::section(const std::string& id, const std::string& title, const std::string& competency) {
    kit_.sections.push_back(KitSection{id, title, competency, {}});
    return *this;
}

TestKitBuilder& TestKitBuilder::question(KitQuestion question) {
    if (kit_.sections.empty()) section("s1", "Questions");
    kit_.sections.back().questions.push_back(std::move(question));
    return *this;
}

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
    p.paper = Paper::A4;
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

Kit export_sample_kit() {
    Kit kit;
    auto& p = kit.properties;
    p.title = "Head of Customer Support \xe2\x80\x94 Final panel";
    p.role_name = "Head of Customer Support";
    p.stage = "Final panel";
    p.length_minutes = 45;
    p.author = "Maria Lind";
    p.modified = "2026-11-20";
    p.instructions =
        "Ask every question in the order given and use the probes to reach specifics.\n"
        "Score each answer on its own evidence straight after the interview, before the debrief.";
    kit.competencies = {
        {"cx", "Customer experience", ""}, {"kpi", "KPIs & metrics", ""}, {"team", "Leading the team", ""}};

    const Rubric cx =
        test_rubric("cx", "Customer experience",
               {"Talks about customers only as ticket volume.", "Fixes single complaints but sees no pattern.",
                "Finds a recurring pain point and removes it with one team.",
                "Changes a journey across teams and shows the effect on satisfaction.",
                "Builds a habit of listening to customers that keeps paying off."});
    const Rubric kpi =
        test_rubric("kpi", "KPIs & metrics",
               {"Cannot name the measures the team is run by.", "Quotes targets without knowing what drives them.",
                "Uses two or three measures to make a decision.",
                "Balances speed and quality measures and explains trade-offs.",
                "Designs measures that changed how the whole department works."});

    KitSection s1{"s1", "Customer experience", "cx", {}};
    KitQuestion q1 = test_question("q1", "Tell me about a complaint that made you change how your team works.", "cx", 8);
    q1.type = QuestionType::Behavioural;
    q1.listen_for = {"Finds the cause, not only the case", "Follows up with the customer"};
    q1.probes = {"What did you change first?", "How did you know it worked?"};
    q1.red_flags = {"Blames the customer or another team"};
    q1.rubric = cx;
    KitQuestion q2 = test_question("q2", "How would you decide which customer journey to improve first?", "cx", 6);
    q2.type = QuestionType::Situational;
    q2.listen_for = {"Weighs volume against customer effort"};
    q2.probes = {"Which data would you ask for on day one?"};
    q2.rubric = cx;
    s1.questions = {q1, q2};

    KitSection s2{"s2", "KPIs & metrics", "kpi", {}};
    KitQuestion q3 = test_question("q3", "Which three measures would you look at every Monday morning, and why?", "kpi", 7);
    q3.type = QuestionType::Technical;
    q3.listen_for = {"Mixes speed, quality and effort measures"};
    q3.probes = {"Which measure misled you once?"};
    q3.red_flags = {"Only average handle time"};
    q3.rubric = kpi;
    KitQuestion q4 = test_question("q4", "Describe a time a target pushed your team towards the wrong behaviour.", "kpi", 7);
    q4.type = QuestionType::Behavioural;
    q4.probes = {"What did you replace it with?"};
    q4.rubric = kpi;
    s2.questions = {q3, q4};

    KitSection s3{"s3", "Leading the team", "team", {}};
    KitQuestion q5 =
        test_question("q5", "Walk me through how you coach a team lead who avoids hard conversations.", "team", 8);
    q5.type = QuestionType::Behavioural;
    q5.listen_for = {"Practises the conversation with them", "Checks back on the outcome"};
    q5.probes = {"What did you say in your first one-to-one?"};
    KitQuestion q6 = test_question("q6", "Why do you want to lead this support organisation?", "team", 5);
    q6.type = QuestionType::Background;
    s3.questions = {q5, q6};

    kit.sections = {s1, s2, s3};
    return kit;
}

Kit loop_kit() {
    Kit kit = export_sample_kit();
    kit.plan.interviews = {
        Interview{"i1", "Phone screen", 20, {{"Ana Ruiz", "Recruiter"}}, {}, {"q6", "q2"}},
        Interview{"i2", "Panel: customers", 30, {{"Kim Lee", "Support manager"}, {"", "Peer manager"}}, {"s1"}, {"q3"}},
        Interview{"i3", "Panel: team", 30, {{"Kim Lee", ""}, {"Li Wei", "Team lead"}}, {"s3"}, {"q4"}},
    };
    return kit;
}

Kit synthetic_kit(int questions, bool greek) {
    const std::vector<std::string> latin_texts{
        "Describe a time the queue grew faster than your team could answer it, and what you changed first.",
        "How do you decide when a recurring complaint deserves a change to the product rather than a macro?",
        "Tell me about an agent whose quality dropped after a policy change and how you handled it.",
        "Which measures tell you that a new self-service article is actually helping customers?",
        "What would you do in your first month if satisfaction fell for two quarters in a row?"};
    const std::vector<std::string> greek_texts{
        "Περιγράψτε μια φορά που η ουρά μεγάλωσε γρηγορότερα από όσο μπορούσε να απαντήσει η ομάδα σας.",
        "Πώς αποφασίζετε πότε ένα επαναλαμβανόμενο παράπονο χρειάζεται αλλαγή στο προϊόν;",
        "Πείτε μου για έναν συνεργάτη του οποίου η ποιότητα έπεσε μετά από αλλαγή πολιτικής.",
        "Ποιοι δείκτες σας δείχνουν ότι ένα νέο άρθρο αυτοεξυπηρέτησης βοηθά πραγματικά τους πελάτες;",
        "Τι θα κάνατε τον πρώτο μήνα αν η ικανοποίηση έπεφτε για δύο τρίμηνα στη σειρά;"};
    const auto& texts = greek ? greek_texts : latin_texts;
    Kit kit;
    kit.properties.title = greek ? "Υπεύθυνος Εξυπηρέτησης Πελατών" : "Support Team Lead";
    kit.properties.role_name = greek ? "Υπεύθυνος ομάδας" : "Team lead";
    kit.properties.stage = "Panel";
    kit.properties.length_minutes = 60;
    kit.properties.author = greek ? "Ελένη Παπαδοπούλου" : "Sam Taylor";
    kit.properties.instructions = greek ? "Κάντε όλες τις ερωτήσεις με τη σειρά." : "Ask every question in order.";
    Rubric r;
    r.id = "general";
    r.name = greek ? "Γενική κλίμακα" : "General scale";
    const std::vector<std::string> greek_labels{"Ανεπαρκής", "Αδύναμη", "Επαρκής", "Ισχυρή", "Εξαιρετική"};
    for (int level = 1; level <= 5; ++level)
        r.levels.push_back(
            {level,
             greek ? greek_labels[static_cast<std::size_t>(level - 1)]
                   : default_level_labels()[static_cast<std::size_t>(level - 1)],
             greek ? "Η απάντηση δείχνει επίπεδο " + std::to_string(level) + " με συγκεκριμένα παραδείγματα."
                   : "The answer shows level " + std::to_string(level) + " with concrete examples."});
    for (int n = 1; n <= questions; ++n) {
        if ((n - 1) % 10 == 0) {
            const std::string index = std::to_string(kit.sections.size() + 1);
            kit.sections.push_back({"s" + index, (greek ? "Ενότητα " : "Part ") + index, "", {}});
            kit.competencies.push_back({"c" + index, (greek ? "Ικανότητα " : "Competency ") + index, ""});
        }
        KitQuestion q;
        q.id = "q" + std::to_string(n);
        q.text = "Q" + std::to_string(n) + " " + texts[static_cast<std::size_t>(n) % texts.size()];
        q.competency_ids = {kit.competencies.back().id};
        q.minutes = 2;
        q.probes = {greek ? "Τι κάνατε μετά;" : "What did you do next?"};
        q.listen_for = {greek ? "Συγκεκριμένα αποτελέσματα" : "Concrete results"};
        q.red_flags = {greek ? "Γενικόλογες απαντήσεις" : "Vague answers"};
        q.rubric = r;
        kit.sections.back().questions.push_back(q);
    }
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

const char* const kPooledSecond = "Walk me through a customer escalation you turned around.";
const char* const kPooledThird = "Describe the hardest customer conversation you led last year.";

Kit pooled_loop_kit() {
    Kit kit = loop_kit();
    KitQuestion& q = kit.sections[0].questions[0];
    q.pool.present = true;
    KitVariant second, third;
    second.text = kPooledSecond;
    third.text = kPooledThird;
    q.pool.variants = {second, third};
    return kit;
}

std::string candidate_with_variant(const Kit& kit, std::size_t member) {
    for (int i = 0; i < 500; ++i) {
        const std::string name = "Candidate " + std::to_string(i);
        if (choose_variant(kit, kit.sections[0].questions[0], name) == member) return name;
    }
    throw std::runtime_error("no candidate among the first 500 gets member " + std::to_string(member));
}

}  // namespace ikit::test
