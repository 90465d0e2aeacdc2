// The bank's search index (byte-pair pre-check + substring match) finds exactly what a plain
// scan of each question's searchable text finds.
#include "bank/question_bank.h"
#include "util/text.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ikit;

namespace {

Question make_question(const std::string& id, const std::string& text, std::vector<std::string> probes,
                       std::vector<std::string> listen_for, std::vector<std::string> tags) {
    Question q;
    q.id = id;
    q.text = text;
    q.role_ids = {"lead"};
    q.competency_ids = {"talk"};
    q.probes = std::move(probes);
    q.listen_for = std::move(listen_for);
    q.tags = std::move(tags);
    q.red_flags = {"red flags are not searched: zebra"};
    return q;
}

QuestionBank sample_bank() {
    BankContent content;
    content.file = "search.xml";
    content.roles = {{"lead", "Team lead", "manager"}};
    content.competencies = {{"talk", "Communication", ""}};
    content.questions = {
        make_question("srch-001", "How do you handle an ESCALATION from a VIP?", {"Who else knew?"}, {"Owns it"}, {"escalation"}),
        make_question("srch-002", "Tell me about coaching a new agent.", {"What changed?"}, {"Names the SLA breach"}, {"coaching"}),
        make_question("srch-003", u8"Η Ελένη ρωτά: πώς μιλάτε με την ελένη;", {u8"Και μετά;"}, {"Calm\ttone"}, {}),
        make_question("srch-004", "Line one\nline two", {}, {"sla\nbreach split by a line"}, {"24x7"}),
        make_question("srch-005", "Café 😀 naïve — résumé", {"CJK 客户服务"}, {}, {"unicode"}),
    };
    QuestionBank bank;
    bank.add(content);
    return bank;
}

// What the search promises: every word occurs, ignoring ASCII case, in id, text, probes, listen-for or tags.
std::vector<std::size_t> reference(const QuestionBank& bank, const std::string& search) {
    const auto words = split_words(ascii_lower(search));
    std::vector<std::size_t> hits;
    for (std::size_t i = 0; i < bank.questions().size(); ++i) {
        const Question& q = bank.questions()[i];
        std::vector<std::string> fields{q.id, q.text};
        fields.insert(fields.end(), q.probes.begin(), q.probes.end());
        fields.insert(fields.end(), q.listen_for.begin(), q.listen_for.end());
        fields.insert(fields.end(), q.tags.begin(), q.tags.end());
        bool all = true;
        for (const auto& w : words) {
            bool found = false;
            for (const auto& field : fields) found = found || ascii_lower(field).find(w) != std::string::npos;
            all = all && found;
        }
        if (all) hits.push_back(i);
    }
    return hits;
}

}  // namespace

TEST_CASE("search finds what a plain scan finds, prefix by prefix", "[bank][search]") {
    const QuestionBank bank = sample_bank();
    const std::vector<std::string> queries{"escalation", "Coach", u8"ελένη", "sla breach", "zebra", "srch-00",
                                           "line two", u8"😀", u8"客户", "tone", "24x", "vip escalation", "x"};
    for (const auto& query : queries) {
        std::vector<std::size_t> previous;
        for (std::size_t n = 1; n <= query.size(); ++n) {
            BankFilter f;
            f.search = query.substr(0, n);  // may cut a UTF-8 character: still a byte-wise substring search
            const auto expected = reference(bank, f.search);
            INFO("search \"" << f.search << "\"");
            CHECK(bank.filter(f) == expected);
            if (n > 1) CHECK(bank.filter_within(f, previous) == expected);
            previous = expected;
        }
    }
}

TEST_CASE("search matches within one field or across fields, never across questions", "[bank][search]") {
    const QuestionBank bank = sample_bank();
    BankFilter f;
    f.search = "sla breach";  // srch-002 has the phrase; srch-004 has both words in one listen-for item
    CHECK(bank.filter(f) == std::vector<std::size_t>{1, 3});
    f.search = "vip? tell";   // end of srch-001 and start of srch-002: not one question
    CHECK(bank.filter(f).empty());
    f.search = "zebra";       // red flags are not searched
    CHECK(bank.filter(f).empty());
    f.search = "ESCALATION vip";
    CHECK(bank.filter(f) == std::vector<std::size_t>{0});
}

TEST_CASE("search finds a word at any offset of a long text, and no near miss", "[bank][search]") {
    BankContent content;
    content.file = "offsets.xml";
    content.roles = {{"lead", "Team lead", "manager"}};
    content.competencies = {{"talk", "Communication", ""}};
    const std::string filler(120, 'q');
    for (std::size_t offset = 0; offset <= 80; ++offset) {
        std::string text = filler;
        text.replace(offset, 9, "breaching");
        content.questions.push_back(make_question("off-" + std::to_string(offset), text, {}, {}, {}));
    }
    QuestionBank bank;
    bank.add(content);
    BankFilter f;
    for (const char* word : {"br", "breaching", "qbreachingq", "eachi"}) {
        f.search = word;
        INFO(word);
        CHECK(bank.filter(f) == reference(bank, f.search));
        CHECK(bank.filter(f).size() >= 79);
    }
    for (const char* word : {"breachinh", "breaxhing", "qq breachingz", "bq"}) {
        f.search = word;
        INFO(word);
        CHECK(bank.filter(f).empty());
    }
}

TEST_CASE("a large bank is searched in two halves with the same result, in bank order", "[bank][search]") {
    BankContent content;
    content.file = "large.xml";
    content.roles = {{"lead", "Team lead", "manager"}};
    content.competencies = {{"talk", "Communication", ""}};
    const std::vector<std::string> words{"escalation", "coach", "queue", "refund", "outage", "rota", "ελένη"};
    for (std::size_t i = 0; i < 40000; ++i) {
        std::string text = "Question " + std::to_string(i) + " about " + words[i % words.size()] + " and " +
                           words[(i / 7) % words.size()];
        content.questions.push_back(make_question("big-" + std::to_string(i), text, {}, {}, {}));
    }
    QuestionBank bank;
    bank.add(content);
    for (const char* query : {"escalation", "coach queue", "question 3999", "e", u8"ελένη rota", "nowhere"}) {
        INFO(query);
        BankFilter f;
        f.search = query;
        const auto expected = reference(bank, query);
        const auto found = bank.filter(f);
        CHECK(found == expected);
        std::vector<std::size_t> all(bank.questions().size());
        for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
        CHECK(bank.filter_within(f, all) == expected);
    }
}

TEST_CASE("banks added one after another are indexed as one, on two threads when large", "[bank][search]") {
    // The first file ends inside a group of 64 questions, the second is large enough to be indexed on two
    // threads: every question must still be found exactly where a plain scan finds it.
    const std::vector<std::string> words{"escalation", "coach", "queue", "refund", "outage", "rota", "ελένη"};
    const auto file = [&](const std::string& name, std::size_t from, std::size_t count) {
        BankContent content;
        content.file = name;
        content.roles = {{"lead", "Team lead", "manager"}};
        content.competencies = {{"talk", "Communication", ""}};
        for (std::size_t i = from; i < from + count; ++i)
            content.questions.push_back(make_question("q-" + std::to_string(i),
                                                      "Case " + std::to_string(i) + " on " + words[i % words.size()],
                                                      {words[(i / 3) % words.size()]}, {}, {"t" + std::to_string(i % 97)}));
        return content;
    };
    QuestionBank bank;
    bank.add(file("small.xml", 0, 100));
    bank.add(file("large.xml", 100, 9000));
    bank.add(file("last.xml", 9100, 5));
    REQUIRE(bank.questions().size() == 9105);
    for (const char* query : {"escalation", "coach queue", "case 9104", "case 99 ", "t96", "q-100 ", "ελένη rota", "nowhere"}) {
        INFO(query);
        BankFilter f;
        f.search = query;
        CHECK(bank.filter(f) == reference(bank, query));
    }
    CHECK(bank.find("Q-9104") == &bank.questions().back());
}
