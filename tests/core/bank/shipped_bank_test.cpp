#include "bank/library_loader.h"
#include "serialize/bank_reader.h"
#include "io/data_paths.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace ikit;

namespace {
const QuestionBank& shipped_bank() {
    static const QuestionBank bank = [] {
        QuestionBank b;
        b.add(read_bank_file(std::string(IKIT_SOURCE_ASSETS_DIR) + "/bank/customer_service_leadership.xml"));
        return b;
    }();
    return bank;
}

struct SeedRow {
    std::string guide, number, bank_id, text;
};

std::vector<SeedRow> seed_rows() {
    std::ifstream in(std::string(IKIT_TEST_DATA_DIR) + "/seed_questions.tsv");
    std::vector<SeedRow> rows;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        std::stringstream s(line);
        SeedRow r;
        std::getline(s, r.guide, '\t');
        std::getline(s, r.number, '\t');
        std::getline(s, r.bank_id, '\t');
        std::getline(s, r.text);
        rows.push_back(r);
    }
    return rows;
}
}  // namespace

TEST_CASE("the shipped bank loads with its roles and competencies", "[bank]") {
    const auto& bank = shipped_bank();
    CHECK(bank.roles().size() == 5);
    for (const char* role : {"Head of Customer Service", "Director of Customer Service", "Customer Service Manager",
                             "Customer Service Operations Manager", "Director of Customer Support"})
        CHECK(bank.role(role) != nullptr);
    CHECK(bank.competencies().size() >= 10);
    CHECK(bank.questions().size() >= 60);
}

TEST_CASE("all 111 seed questions are in the bank with their provenance", "[bank]") {
    const auto rows = seed_rows();
    REQUIRE(rows.size() == 111);
    const auto& bank = shipped_bank();
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto& row : rows) {
        INFO(row.guide << " #" << row.number << " " << row.text);
        const Question* q = bank.find(row.bank_id);
        REQUIRE(q != nullptr);
        bool found = false;
        for (const auto& s : q->sources) found |= (s.guide == row.guide && s.number == row.number && s.wording == row.text);
        CHECK(found);
        CHECK(seen.insert({row.guide, row.number}).second);
    }
    std::size_t sources = 0;
    for (const auto& q : bank.questions()) sources += q.sources.size();
    CHECK(sources == 111);
    std::map<std::string, int> per_guide;
    for (const auto& row : rows) ++per_guide[row.guide];
    CHECK(per_guide == std::map<std::string, int>{{"000", 15}, {"001", 25}, {"002", 27}, {"003", 20}, {"004", 24}});
}

TEST_CASE("questions asked by several guides list every role they came from", "[bank]") {
    const std::map<std::string, std::string> guide_role{{"000", "head-cs"}, {"001", "director-cs"}, {"002", "cs-manager"},
                                                        {"003", "cs-ops-manager"}, {"004", "director-support"}};
    int merged = 0;
    for (const auto& q : shipped_bank().questions()) {
        std::set<std::string> guides;
        for (const auto& s : q.sources) guides.insert(s.guide);
        merged += guides.size() > 1 ? 1 : 0;
        for (const auto& g : guides) {
            INFO(q.id << " from guide " << g);
            CHECK(std::find(q.role_ids.begin(), q.role_ids.end(), guide_role.at(g)) != q.role_ids.end());
        }
    }
    CHECK(merged >= 10);
}

TEST_CASE("every question carries what an interviewer needs", "[bank]") {
    for (const auto& q : shipped_bank().questions()) {
        INFO(q.id);
        CHECK_FALSE(q.text.empty());
        CHECK_FALSE(q.competency_ids.empty());
        CHECK_FALSE(q.role_ids.empty());
        CHECK(q.listen_for.size() >= 2);
        CHECK(q.listen_for.size() <= 4);
        CHECK(q.probes.size() >= 1);
        CHECK(q.probes.size() <= 3);
        CHECK(q.minutes > 0);
        // No source = written for Interview Kit Builder (the close, for one); a source names its guide question.
        for (const auto& source : q.sources) {
            CHECK_FALSE(source.guide.empty());
            CHECK_FALSE(source.number.empty());
        }
        // Only the close and the variants written for a group were written for this product.
        const bool close = std::find(q.tags.begin(), q.tags.end(), "close") != q.tags.end();
        if (!close && q.variant_group.empty()) CHECK_FALSE(q.sources.empty());
    }
}

TEST_CASE("every required competency has at least six questions", "[bank]") {
    const auto& bank = shipped_bank();
    for (const char* name : {"KPIs & metrics", "Team management & coaching", "Conflict resolution", "Technology & tools",
                             "Communication", "Problem solving", "Customer satisfaction & experience",
                             "Strategy & continuous improvement", "Crisis & pressure",
                             "Operations (SLAs, staffing, budget, channels)"}) {
        INFO(name);
        const Competency* c = bank.competency(name);
        REQUIRE(c != nullptr);
        BankFilter f;
        f.competency_ids = {c->id};
        CHECK(bank.filter(f).size() >= 6);
    }
}

TEST_CASE("filters combine and match ids or names case-insensitively", "[bank]") {
    const auto& bank = shipped_bank();
    BankFilter all;
    CHECK(bank.filter(all).size() == bank.questions().size());

    BankFilter by_role;
    by_role.role_id = "director-support";
    const auto role_hits = bank.filter(by_role);
    CHECK_FALSE(role_hits.empty());
    CHECK(role_hits.size() < bank.questions().size());
    for (auto i : role_hits) {
        const auto& r = bank.questions()[i].role_ids;
        CHECK(std::find(r.begin(), r.end(), "director-support") != r.end());
    }

    BankFilter combined = by_role;
    combined.competency_ids = {"kpis-metrics", "conflict-resolution"};
    combined.type = QuestionType::Behavioural;
    const auto hits = bank.filter(combined);
    CHECK(hits.size() < role_hits.size());
    for (auto i : hits) {
        const auto& q = bank.questions()[i];
        CHECK(q.type == QuestionType::Behavioural);
        const bool has = std::count(q.competency_ids.begin(), q.competency_ids.end(), "kpis-metrics") +
                             std::count(q.competency_ids.begin(), q.competency_ids.end(), "conflict-resolution") > 0;
        CHECK(has);
    }

    BankFilter search;
    search.search = "CONFLICT team";
    const auto found = bank.filter(search);
    REQUIRE_FALSE(found.empty());
    for (auto i : found) {
        const auto& q = bank.questions()[i];
        std::string all_text = q.text;
        for (const auto& s : q.probes) all_text += " " + s;
        for (const auto& s : q.listen_for) all_text += " " + s;
        for (const auto& s : q.tags) all_text += " " + s;
        std::transform(all_text.begin(), all_text.end(), all_text.begin(), [](unsigned char c) { return std::tolower(c); });
        CHECK(all_text.find("conflict") != std::string::npos);
        CHECK(all_text.find("team") != std::string::npos);
    }
    BankFilter narrower = search;
    narrower.search = "conflict team escalat";
    const auto narrower_hits = bank.filter(narrower);
    CHECK(bank.filter_within(narrower, found) == narrower_hits);

    BankFilter nothing;
    nothing.search = "zzzz-no-such-word";
    CHECK(bank.filter(nothing).empty());
    CHECK(bank.role("DIRECTOR OF CUSTOMER SUPPORT") == bank.role("director-support"));
    CHECK(bank.competency("kpis & METRICS") == bank.competency("kpis-metrics"));
}

TEST_CASE("the shipped library loads through the data paths with no errors", "[bank]") {
    const auto library = load_library(DataPaths("", IKIT_SOURCE_ASSETS_DIR), {}, false);
    CHECK(library.errors.empty());
    CHECK(library.bank.questions().size() == shipped_bank().questions().size());
    CHECK(library.rubrics.rubrics().size() >= 11);
}
