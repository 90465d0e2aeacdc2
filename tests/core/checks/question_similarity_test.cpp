// The duplicate measure: unit cases, and the threshold against the shipped bank's cross-guide wordings
// (every <source> of a bank question is one guide's wording of it).

#include "checks/question_similarity.h"
#include "serialize/bank_reader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace ikit;

TEST_CASE("comparison words drop filler, fold synonyms and stem", "[checks]") {
    CHECK(comparison_words("Can you please tell me about the strategies you've used?") ==
          std::vector<std::string>{"strategy", "use"});
    CHECK(comparison_words("Give an example of a time you dealt with an irate customer.") ==
          std::vector<std::string>{"handl", "difficult", "customer"});
    CHECK(comparison_words("Describe your team\xE2\x80\x99s KPIs (e.g., CSAT).") ==
          std::vector<std::string>{"team", "metric", "csat"});
    // A later sentence that only follows up ("How did you handle it?") adds nothing.
    CHECK(comparison_words("Tell me about a missed SLA. How did you handle it? What was the outcome?") ==
          comparison_words("Tell me about a missed SLA."));
    CHECK(comparison_words("").empty());
    CHECK(comparison_words("Can you tell me?").empty());
}

TEST_CASE("similarity is 1 for the same ask however it is phrased and low for different asks", "[checks]") {
    CHECK(question_similarity("How do you handle conflicts within your team?",
                              "Can you tell me how you handle conflict within your team?") == Approx(1.0));
    CHECK(question_similarity("Describe how you forecast contact volume.",
                              "Please walk me through how you forecast contact volumes.") == Approx(1.0));
    CHECK(question_similarity("How do you forecast contact volume?", "How do you coach a new team lead?") <
          kDuplicateThreshold);
    CHECK(question_similarity("How do you handle customer complaints?", "How do you handle customer escalations?") <
          kDuplicateThreshold);
    CHECK(question_similarity("", "How do you forecast contact volume?") == 0.0);
    const double ab = question_similarity("How do you measure customer service success?",
                                          "How do you measure customer satisfaction and what metrics do you use?");
    const double ba = question_similarity("How do you measure customer satisfaction and what metrics do you use?",
                                          "How do you measure customer service success?");
    CHECK(ab == Approx(ba));
    CHECK(ab > 0.0);
    CHECK(ab < 1.0);
}

TEST_CASE("the duplicate threshold flags cross-guide wordings and never two different bank questions",
          "[checks]") {
    const auto bank = read_bank_file(std::string(IKIT_SOURCE_ASSETS_DIR) + "/bank/customer_service_leadership.xml");
    struct Wordings {
        std::string id;
        std::vector<std::string> texts;
    };
    std::vector<Wordings> questions;
    for (const auto& q : bank.questions) {
        Wordings w{q.id, {q.text}};
        for (const auto& source : q.sources)
            if (std::find(w.texts.begin(), w.texts.end(), source.wording) == w.texts.end())
                w.texts.push_back(source.wording);
        questions.push_back(std::move(w));
    }

    // Positives: two wordings of one bank question.
    int positives = 0, found = 0;
    for (const auto& q : questions)
        for (std::size_t i = 0; i < q.texts.size(); ++i)
            for (std::size_t j = i + 1; j < q.texts.size(); ++j) {
                ++positives;
                found += question_similarity(q.texts[i], q.texts[j]) >= kDuplicateThreshold ? 1 : 0;
            }
    // Negatives: a wording of one bank question against a wording of another.
    int negatives = 0, false_positives = 0;
    for (std::size_t x = 0; x < questions.size(); ++x)
        for (std::size_t y = x + 1; y < questions.size(); ++y)
            for (const auto& a : questions[x].texts)
                for (const auto& b : questions[y].texts) {
                    ++negatives;
                    if (question_similarity(a, b) >= kDuplicateThreshold) {
                        ++false_positives;
                        UNSCOPED_INFO(questions[x].id << " \"" << a << "\" ~ " << questions[y].id << " \"" << b << "\"");
                    }
                }
    INFO("positives " << found << "/" << positives << ", false positives " << false_positives << "/" << negatives);
    REQUIRE(positives >= 50);
    REQUIRE(negatives >= 1000);
    CHECK(false_positives == 0);
    // Word overlap cannot see paraphrases, but it must catch a good share of the cross-guide duplicates.
    CHECK(found * 10 >= positives * 3);
}
