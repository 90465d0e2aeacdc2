// Filtering by role, competency and type through the bank's facet index matches exactly what comparing
// each question's id strings (ignoring ASCII case) matches.
#include "bank/question_bank.h"
#include "util/text.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace ikit;

namespace {

// The rule the index must keep, written the plain way.
bool passes(const Question& q, const BankFilter& f) {
    if (f.type && q.type != *f.type) return false;
    if (!f.role_id.empty() &&
        std::none_of(q.role_ids.begin(), q.role_ids.end(), [&](const std::string& r) { return iequals(r, f.role_id); }))
        return false;
    if (!f.competency_ids.empty() &&
        std::none_of(q.competency_ids.begin(), q.competency_ids.end(), [&](const std::string& c) {
            return std::any_of(f.competency_ids.begin(), f.competency_ids.end(),
                               [&](const std::string& wanted) { return iequals(c, wanted); });
        }))
        return false;
    return true;
}

}  // namespace

TEST_CASE("facet filters match what comparing the ids ignoring case matches", "[bank][filter]") {
    const std::vector<std::string> roles{"lead", "Head-CS", "agent", "ops"};
    const std::vector<std::string> competencies{"talk", "KPIs", "plan", "coach", "tools"};
    std::mt19937 random(7);
    BankContent content;
    content.file = "facets.xml";
    for (const auto& r : roles) content.roles.push_back({r, "Role " + r, "manager"});
    for (const auto& c : competencies) content.competencies.push_back({c, "Competency " + c, ""});
    for (int i = 0; i < 3000; ++i) {
        Question q;
        q.id = "f-" + std::to_string(i);
        q.text = "Question " + std::to_string(i);
        q.type = static_cast<QuestionType>(random() % 4);
        // Ids written in any case, some questions naming the same one twice.
        for (std::size_t k = 0, n = 1 + random() % 3; k < n; ++k) {
            std::string r = roles[random() % roles.size()];
            if (random() % 2) r = ascii_lower(r);
            q.role_ids.push_back(r);
        }
        for (std::size_t k = 0, n = 1 + random() % 3; k < n; ++k) {
            std::string c = competencies[random() % competencies.size()];
            if (random() % 3 == 0) std::transform(c.begin(), c.end(), c.begin(), [](char ch) { return static_cast<char>(std::toupper(ch)); });
            q.competency_ids.push_back(c);
        }
        content.questions.push_back(q);
    }
    QuestionBank bank;
    bank.add(content);

    std::vector<BankFilter> filters;
    for (const char* role : {"", "lead", "LEAD", "head-cs", "Ops", "nobody"})
        for (const std::vector<std::string>& comps : std::vector<std::vector<std::string>>{
                 {}, {"kpis"}, {"PLAN", "coach"}, {"missing"}, {"missing", "TOOLS"}})
            for (const std::optional<QuestionType> type : {std::optional<QuestionType>(), std::optional(QuestionType::Situational)}) {
                BankFilter f;
                f.role_id = role;
                f.competency_ids = comps;
                f.type = type;
                filters.push_back(f);
            }
    std::vector<std::size_t> every(bank.questions().size());
    for (std::size_t i = 0; i < every.size(); ++i) every[i] = i;
    for (const auto& f : filters) {
        std::vector<std::size_t> expected;
        for (std::size_t i = 0; i < bank.questions().size(); ++i)
            if (passes(bank.questions()[i], f)) expected.push_back(i);
        INFO("role " << f.role_id << ", " << f.competency_ids.size() << " competencies, type " << f.type.has_value());
        CHECK(bank.filter(f) == expected);
        CHECK(bank.filter_within(f, every) == expected);
        // With words as well: "question" is in every text, "7" in those whose number holds a 7.
        BankFilter searched = f;
        searched.search = "question 7";
        std::vector<std::size_t> expected_searched;
        for (const auto i : expected)
            if (std::to_string(i).find('7') != std::string::npos) expected_searched.push_back(i);
        CHECK(bank.filter(searched) == expected_searched);
    }
}

TEST_CASE("a second bank file adds to the facet index in order", "[bank][filter]") {
    const auto file = [](const std::string& name, const std::string& prefix, const std::string& role) {
        BankContent content;
        content.file = name;
        content.roles = {{role, role, "manager"}};
        content.competencies = {{"talk", "Communication", ""}};
        for (int i = 0; i < 70; ++i) {
            Question q;
            q.id = prefix + std::to_string(i);
            q.text = "Text";
            q.role_ids = {role};
            q.competency_ids = {"talk"};
            content.questions.push_back(q);
        }
        return content;
    };
    QuestionBank bank;
    bank.add(file("a.xml", "a-", "lead"));
    bank.add(file("b.xml", "b-", "agent"));
    BankFilter f;
    f.role_id = "AGENT";
    const auto hits = bank.filter(f);
    REQUIRE(hits.size() == 70);
    CHECK(hits.front() == 70);
    CHECK(bank.questions()[hits.back()].id == "b-69");
}
