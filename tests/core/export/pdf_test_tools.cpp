#include "pdf_test_tools.h"

#include "test_kits.h"

#include <array>
#include <cstdio>
#include <fstream>
#include <sys/wait.h>

namespace ikit::test {

namespace {

Rubric rubric(const std::string& id, const std::string& name, const std::vector<std::string>& anchors) {
    Rubric r;
    r.id = id;
    r.name = name;
    r.competency_id = id;
    for (std::size_t i = 0; i < anchors.size(); ++i)
        r.levels.push_back({static_cast<int>(i + 1), default_level_labels()[i], anchors[i]});
    return r;
}

KitQuestion question(const std::string& id, const std::string& text, const std::string& competency, int minutes) {
    KitQuestion q;
    q.id = id;
    q.text = text;
    q.competency_ids = {competency};
    q.minutes = minutes;
    return q;
}

std::string attribute(const std::string& tag, const std::string& name) {
    const std::string key = name + "=\"";
    const std::size_t at = tag.find(key);
    if (at == std::string::npos) return {};
    const std::size_t begin = at + key.size();
    return tag.substr(begin, tag.find('"', begin) - begin);
}

std::string field(const std::string& report, const std::string& name) {
    const std::size_t at = report.find("\n" + name + ":");
    const std::size_t start =
        at == std::string::npos ? (report.rfind(name + ":", 0) == 0 ? 0 : std::string::npos) : at + 1;
    if (start == std::string::npos) return {};
    std::size_t value = start + name.size() + 1;
    while (value < report.size() && report[value] == ' ') ++value;
    return report.substr(value, report.find('\n', value) - value);
}

}  // namespace

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
        rubric("cx", "Customer experience",
               {"Talks about customers only as ticket volume.", "Fixes single complaints but sees no pattern.",
                "Finds a recurring pain point and removes it with one team.",
                "Changes a journey across teams and shows the effect on satisfaction.",
                "Builds a habit of listening to customers that keeps paying off."});
    const Rubric kpi =
        rubric("kpi", "KPIs & metrics",
               {"Cannot name the measures the team is run by.", "Quotes targets without knowing what drives them.",
                "Uses two or three measures to make a decision.",
                "Balances speed and quality measures and explains trade-offs.",
                "Designs measures that changed how the whole department works."});

    KitSection s1{"s1", "Customer experience", "cx", {}};
    KitQuestion q1 = question("q1", "Tell me about a complaint that made you change how your team works.", "cx", 8);
    q1.type = QuestionType::Behavioural;
    q1.listen_for = {"Finds the cause, not only the case", "Follows up with the customer"};
    q1.probes = {"What did you change first?", "How did you know it worked?"};
    q1.red_flags = {"Blames the customer or another team"};
    q1.rubric = cx;
    KitQuestion q2 = question("q2", "How would you decide which customer journey to improve first?", "cx", 6);
    q2.type = QuestionType::Situational;
    q2.listen_for = {"Weighs volume against customer effort"};
    q2.probes = {"Which data would you ask for on day one?"};
    q2.rubric = cx;
    s1.questions = {q1, q2};

    KitSection s2{"s2", "KPIs & metrics", "kpi", {}};
    KitQuestion q3 = question("q3", "Which three measures would you look at every Monday morning, and why?", "kpi", 7);
    q3.type = QuestionType::Technical;
    q3.listen_for = {"Mixes speed, quality and effort measures"};
    q3.probes = {"Which measure misled you once?"};
    q3.red_flags = {"Only average handle time"};
    q3.rubric = kpi;
    KitQuestion q4 = question("q4", "Describe a time a target pushed your team towards the wrong behaviour.", "kpi", 7);
    q4.type = QuestionType::Behavioural;
    q4.probes = {"What did you replace it with?"};
    q4.rubric = kpi;
    s2.questions = {q3, q4};

    KitSection s3{"s3", "Leading the team", "team", {}};
    KitQuestion q5 =
        question("q5", "Walk me through how you coach a team lead who avoids hard conversations.", "team", 8);
    q5.type = QuestionType::Behavioural;
    q5.listen_for = {"Practises the conversation with them", "Checks back on the outcome"};
    q5.probes = {"What did you say in your first one-to-one?"};
    KitQuestion q6 = question("q6", "Why do you want to lead this support organisation?", "team", 5);
    q6.type = QuestionType::Background;
    s3.questions = {q5, q6};

    kit.sections = {s1, s2, s3};
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

CommandResult run_command(const std::string& command) {
    CommandResult result;
    FILE* pipe = ::popen((command + " 2>/dev/null").c_str(), "r");
    if (!pipe) return result;
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string shell_quote(const std::string& text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

std::string save_pdf(const std::string& bytes, const std::string& name) {
    const std::string path = fresh_dir("pdf_export_" + name) + "/" + name + ".pdf";
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    return path;
}

std::string pdf_text(const std::string& path) {
    const std::string raw = run_command("pdftotext -enc UTF-8 " + shell_quote(path) + " -").output;
    std::string out;
    bool space = false;
    for (char c : raw) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

PdfInfo pdf_info(const std::string& path) {
    const std::string report = "\n" + run_command("pdfinfo -enc UTF-8 " + shell_quote(path)).output;
    PdfInfo info;
    const std::string pages = field(report, "Pages");
    info.pages = pages.empty() ? 0 : std::stoi(pages);
    info.page_size = field(report, "Page size");
    info.title = field(report, "Title");
    info.author = field(report, "Author");
    info.subject = field(report, "Subject");
    info.creator = field(report, "Creator");
    return info;
}

std::vector<WordBox> pdf_words(const std::string& path) {
    const std::string html = run_command("pdftotext -enc UTF-8 -bbox " + shell_quote(path) + " -").output;
    std::vector<WordBox> words;
    int page = 0;
    double width = 0, height = 0;
    std::size_t at = 0;
    while ((at = html.find('<', at)) != std::string::npos) {
        const std::size_t end = html.find('>', at);
        if (end == std::string::npos) break;
        const std::string tag = html.substr(at, end - at + 1);
        if (tag.rfind("<page ", 0) == 0) {
            ++page;
            width = std::stod(attribute(tag, "width"));
            height = std::stod(attribute(tag, "height"));
        } else if (tag.rfind("<word ", 0) == 0) {
            WordBox w;
            w.page = page;
            w.page_width = width;
            w.page_height = height;
            w.x_min = std::stod(attribute(tag, "xMin"));
            w.y_min = std::stod(attribute(tag, "yMin"));
            w.x_max = std::stod(attribute(tag, "xMax"));
            w.y_max = std::stod(attribute(tag, "yMax"));
            const std::size_t close = html.find("</word>", end);
            w.word = html.substr(end + 1, close - end - 1);
            words.push_back(std::move(w));
        }
        at = end + 1;
    }
    return words;
}

bool qpdf_check(const std::string& path) { return run_command("qpdf --check " + shell_quote(path)).status == 0; }

}  // namespace ikit::test
