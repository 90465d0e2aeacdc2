// What issue 16 asks of the shipped bank and rubrics, checked on the files themselves: every rubric has
// calibration examples at levels 1, 3 and 5; every scored question has at least two probes and two red
// flags; "how do you…" questions carry a probe for a real example and are not typed behavioural;
// situational questions are scored on a rubric written for them (the competency rubrics ask for past
// results); question rubrics score the question's main competency; openers and the close are unscored.
#include "bank/library_loader.h"
#include "bank/shipped_text_tools.h"
#include "io/data_paths.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>

using namespace ikit::test;

namespace {
const std::string kAssets = IKIT_SOURCE_ASSETS_DIR;

std::string attribute(const std::string& attrs, const std::string& name) {
    const auto at = attrs.find(" " + name + "=\"");
    if (at == std::string::npos) return {};
    const auto start = at + name.size() + 3;
    return attrs.substr(start, attrs.find('"', start) - start);
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// The texts of one child element inside a question's inner XML.
std::vector<std::string> children(const std::string& inner, const std::string& name) {
    std::vector<std::string> out;
    const std::string open = "<" + name + ">", close = "</" + name + ">";
    for (auto at = inner.find(open); at != std::string::npos; at = inner.find(open, at + 1))
        out.push_back(inner.substr(at + open.size(), inner.find(close, at) - at - open.size()));
    return out;
}

struct BankQuestion {
    std::string where, id, type, competency, rubric, text, variant_group;
    bool scored = true;
    std::vector<std::string> probes, red_flags, tags;
    std::size_t sources = 0;
};

std::vector<BankQuestion> shipped_questions() {
    std::vector<BankQuestion> out;
    for (const auto& q : element_texts(kAssets + "/bank/customer_service_leadership.xml", "bank", {"question"})) {
        BankQuestion b;
        b.where = q.where;
        b.id = attribute(q.attrs, "id");
        b.type = attribute(q.attrs, "type");
        const auto competencies = attribute(q.attrs, "competencies");
        b.competency = competencies.substr(0, competencies.find(' '));
        b.rubric = attribute(q.attrs, "rubric");
        b.variant_group = attribute(q.attrs, "variant-group");
        b.scored = attribute(q.attrs, "scored") != "false";
        b.text = children(q.text, "text").at(0);
        b.probes = children(q.text, "probe");
        b.red_flags = children(q.text, "red-flag");
        b.tags = children(q.text, "tag");
        b.sources = count_of(q.text, "<source ");
        out.push_back(b);
    }
    return out;
}

bool has_tag(const BankQuestion& q, const std::string& tag) {
    return std::find(q.tags.begin(), q.tags.end(), tag) != q.tags.end();
}

std::vector<std::string> shipped_rubric_files() {
    auto files = files_in(kAssets + "/rubrics", ".xml");
    const auto questions = files_in(kAssets + "/rubrics/questions", ".xml");
    files.insert(files.end(), questions.begin(), questions.end());
    return files;
}

// The competency a rubric file scores (its competency= attribute), or "" when there is none.
std::string rubric_competency(const std::string& path) {
    const auto root = element_texts(path, path, {"rubric"});
    return root.empty() ? std::string("?") : attribute(root[0].attrs, "competency");
}
}  // namespace

TEST_CASE("every shipped rubric has a calibration example at levels 1, 3 and 5", "[bank][content]") {
    const auto files = shipped_rubric_files();
    CHECK(files.size() >= 14 + 20);  // 13 competencies, generic, and the question rubrics
    for (const auto& file : files) {
        INFO(file);
        std::map<std::string, std::string> examples;
        for (const auto& e : element_texts(file, file, {"example"})) {
            INFO(e.where << ": " << e.text);
            CHECK(examples.emplace(attribute(e.attrs, "level"), e.text).second);  // one per level
            // A short answer of one to three sentences, in the first person.
            const auto words = " " + lower(e.text) + " ";
            CHECK(e.text.size() >= 30);
            CHECK(e.text.size() <= 450);
            CHECK(count_of(e.text, ". ") + count_of(e.text, "? ") + count_of(e.text, "! ") <= 2);
            const bool first_person = words.find(" i ") != std::string::npos || words.find(" i'") != std::string::npos ||
                                      words.find(" my ") != std::string::npos || words.find(" we ") != std::string::npos ||
                                      words.find(" we'") != std::string::npos || words.find(" our ") != std::string::npos || words.find(" us ") != std::string::npos ||
                                      words.find(" me ") != std::string::npos;
            CHECK(first_person);
        }
        for (const char* level : {"1", "3", "5"}) {
            INFO("level " << level);
            CHECK(examples.count(level) == 1);
        }
    }
}

TEST_CASE("every scored bank question has two probes and two red flags", "[bank][content]") {
    const auto questions = shipped_questions();
    REQUIRE(questions.size() >= 79);
    std::size_t scored = 0;
    for (const auto& q : questions) {
        INFO(q.where << " " << q.id);
        CHECK(q.probes.size() <= 3);
        CHECK(q.red_flags.size() <= 3);
        if (!q.scored) continue;
        ++scored;
        CHECK(q.probes.size() >= 2);
        CHECK(q.red_flags.size() >= 2);
    }
    CHECK(scored >= 60);
}

TEST_CASE("'how do you' questions are not behavioural and carry a probe for a real example", "[bank][content]") {
    std::size_t how = 0;
    for (const auto& q : shipped_questions()) {
        if (lower(q.text).rfind("how do you", 0) != 0 || !q.scored) continue;
        ++how;
        INFO(q.id << ": " << q.text);
        // "How do you X? Can you give an example?" asks for a past example and may be behavioural.
        if (lower(q.text).find("example") == std::string::npos) CHECK(q.type != "behavioural");
        bool asks_for_a_case = false;
        for (const auto& p : q.probes) {
            const auto l = lower(p);
            for (const char* cue : {"tell me about", "last ", "recent", "example", "walk me through", "give me"})
                asks_for_a_case |= l.find(cue) != std::string::npos;
        }
        CHECK(asks_for_a_case);
    }
    CHECK(how >= 20);
}

TEST_CASE("each question is scored on a rubric that exists and fits its kind", "[bank][content]") {
    std::size_t own = 0;
    for (const auto& q : shipped_questions()) {
        INFO(q.id << " (" << q.type << ", rubric \"" << q.rubric << "\")");
        if (!q.scored) {
            CHECK(q.rubric.empty());  // an unscored question is rated on nothing
            continue;
        }
        if (q.rubric.empty()) {
            CHECK(std::filesystem::exists(kAssets + "/rubrics/" + q.competency + ".xml"));
            // Competency rubrics ask what happened; a hypothetical answer needs a rubric for its plan.
            CHECK(q.type != "situational");
            continue;
        }
        ++own;
        // A variant is scored on the rubric of its group's seed question (or of the group's first member).
        static const auto questions_now = shipped_questions();
        const bool group_rubric = !q.variant_group.empty() &&
            std::any_of(questions_now.begin(), questions_now.end(), [&](const BankQuestion& o) {
                return o.id == q.rubric && o.variant_group == q.variant_group;
            });
        const std::string file = kAssets + "/rubrics/questions/" + q.rubric + ".xml";
        REQUIRE(std::filesystem::exists(file));
        CHECK((q.rubric == q.id || group_rubric));
        CHECK(rubric_competency(file) == q.competency);
    }
    CHECK(own >= 20);
    // Every question rubric belongs to a bank question that uses it.
    for (const auto& file : files_in(kAssets + "/rubrics/questions", ".xml")) {
        const auto id = std::filesystem::path(file).stem().string();
        INFO(file);
        const auto questions = shipped_questions();
        CHECK(std::any_of(questions.begin(), questions.end(), [&](const BankQuestion& q) { return q.rubric == id; }));
    }
}

TEST_CASE("openers and the one close are unscored; the close was written for this product", "[bank][content]") {
    std::size_t openers = 0, closes = 0;
    for (const auto& q : shipped_questions()) {
        INFO(q.id);
        if (has_tag(q, "opener")) {
            ++openers;
            CHECK_FALSE(q.scored);
        }
        if (has_tag(q, "close")) {
            ++closes;
            CHECK_FALSE(q.scored);
            CHECK(q.type == "background");
            CHECK(q.sources == 0);
        } else if (q.variant_group.empty()) {
            CHECK(q.sources >= 1);  // only the close and variants written for a group have no source
        }
        if (q.type == "background") CHECK_FALSE(q.scored);  // motivation and background are asked, not rated
    }
    CHECK(openers >= 2);
    CHECK(closes == 1);
}

TEST_CASE("as the app loads them, every scored question gets a rubric with examples, and its own when it names one",
          "[bank][content]") {
    const auto library = ikit::load_library(ikit::DataPaths("", IKIT_SOURCE_ASSETS_DIR), {}, false);
    REQUIRE(library.errors.empty());
    std::size_t unscored = 0;
    for (const auto& q : library.bank.questions()) {
        INFO(q.id);
        if (!q.scored) {
            ++unscored;
            continue;
        }
        const ikit::Rubric* rubric = library.rubrics.for_question(q);
        REQUIRE(rubric != nullptr);
        CHECK(rubric->id == (q.rubric_id.empty() ? q.competency_ids.at(0) : q.rubric_id));
        for (int level : {1, 3, 5}) CHECK(rubric->example(level) != nullptr);
    }
    CHECK(unscored >= 9);  // openers, background questions and the close
}
