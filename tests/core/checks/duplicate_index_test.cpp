// The duplicate check looks up candidate pairs in indexes instead of comparing every pair (issue 15: 25 s at
// 5,000 questions). These tests hold it to the pairwise definition: for random kits drawn from a small
// vocabulary (so that many questions share words, texts and bank ids), the findings are exactly those of a
// plain loop over every earlier question.
#include "checks/kit_checks.h"
#include "checks/question_similarity.h"
#include "checks/question_words.h"
#include "test_kits.h"
#include "util/text.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace ikit;

namespace {

// The findings of the duplicate check by its definition: each later question against every earlier one,
// in order, the first it repeats; "question id -> earlier question id or bank id" per finding.
std::vector<std::string> pairwise_duplicates(const Kit& kit) {
    std::vector<const KitQuestion*> all;
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) all.push_back(&q);
    std::vector<std::string> out;
    for (std::size_t j = 1; j < all.size(); ++j) {
        const std::string later = clean_question_text(all[j]->text);
        if (later.empty()) continue;
        for (std::size_t i = 0; i < j; ++i) {
            const bool same_bank = !all[j]->bank_id.empty() && iequals(all[j]->bank_id, all[i]->bank_id);
            if (same_bank || later == clean_question_text(all[i]->text) ||
                comparison_similarity(comparison_words(all[j]->text), comparison_words(all[i]->text)) >= kDuplicateThreshold) {
                out.push_back(all[j]->id + (same_bank ? " bank " : " text ") + all[i]->id);
                break;
            }
        }
    }
    return out;
}

// The same, from check_kit's findings (the earlier question's id is in the message).
std::vector<std::string> checked_duplicates(const Kit& kit) {
    std::vector<std::string> out;
    std::vector<const KitQuestion*> all;
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) all.push_back(&q);
    for (const auto& f : check_kit(kit, QuestionRules{})) {
        if (f.check != "duplicate") continue;
        const bool same_bank = f.message.rfind("The same bank question", 0) == 0;
        const std::string marker = same_bank ? "already in the kit as " : "Asks much the same as ";
        const auto from = f.message.find(marker) + marker.size();
        const auto to = f.message.find_first_of(": ", from);
        out.push_back(f.question_id + (same_bank ? " bank " : " text ") + f.message.substr(from, to - from));
    }
    // check_kit orders by position, which is the kit's order here.
    return out;
}

Kit random_kit(std::mt19937& random, std::size_t questions) {
    static const std::vector<std::string> vocabulary = {
        "customer", "team", "conflict", "escalation", "queue", "backlog", "coach", "feedback", "metric", "goal",
        "handle", "difficult", "angry", "complaint", "priority", "change", "process", "improve", "service", "agent",
        "tell", "me", "about", "a", "time", "you", "how", "did", "what", "the"};
    test::TestKitBuilder builder;
    builder.section("s1", "One");
    for (std::size_t k = 0; k < questions; ++k) {
        KitQuestion q;
        q.id = "q" + std::to_string(k);
        if (random() % 7 == 0) q.bank_id = (random() % 2 ? "B-" : "b-") + std::to_string(random() % 20);
        const std::size_t length = random() % 9;  // 0 words sometimes: an empty question
        for (std::size_t w = 0; w < length; ++w) q.text += (w ? " " : "") + vocabulary[random() % vocabulary.size()];
        if (!q.text.empty()) q.text += random() % 3 ? "?" : ". How did you handle it?";
        builder.question(q);
    }
    return builder.kit();
}

}  // namespace

TEST_CASE("duplicate: the indexed check finds exactly what comparing every pair finds", "[checks]") {
    std::mt19937 random(15);
    std::size_t total = 0;
    for (int round = 0; round < 40; ++round) {
        const Kit kit = random_kit(random, 10 + static_cast<std::size_t>(round) * 5);
        const auto expected = pairwise_duplicates(kit);
        total += expected.size();
        CHECK(checked_duplicates(kit) == expected);
    }
    CHECK(total > 100);  // the kits do repeat themselves, so the comparison means something
}

TEST_CASE("duplicate: a kit large enough to search on two threads finds the same as comparing every pair", "[checks]") {
    std::mt19937 random(27);
    for (const std::size_t size : {450u, 640u}) {
        const Kit kit = random_kit(random, size);
        const auto expected = pairwise_duplicates(kit);
        CHECK(expected.size() > size / 4);
        CHECK(checked_duplicates(kit) == expected);
    }
}
