// The double-barrelled detector: two unrelated asks in one question are found; follow-ups about the
// same story or subject, and the shipped bank's own questions, are not.

#include "checks/double_barrel.h"
#include "serialize/bank_reader.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ikit;

TEST_CASE("two unrelated asks in one question are double-barrelled", "[checks]") {
    CHECK(double_barrelled_part("How do you motivate your team and what metrics do you track?") ==
          "what metrics do you track");
    CHECK(double_barrelled_part("What CRM have you used? How do you handle attrition?") ==
          "how do you handle attrition");
    CHECK(double_barrelled_part("How do you coach your team leads, and why do you prefer remote teams?") ==
          "why do you prefer remote teams");
    CHECK(double_barrelled_part("What is your management style or how would you cut costs by 10%?") ==
          "how would you cut costs by 10");
    CHECK(double_barrelled_part("Tell me about your last role. Why are you leaving?") == "why are you leaving");
}

TEST_CASE("follow-ups on the same story or subject are not double-barrelled", "[checks]") {
    for (const char* text : {
             "Tell me about a time you missed an SLA. What did you do next?",
             "Tell me about a time you dealt with an irate customer. How did you handle it? What was the outcome?",
             "How do you handle underperforming team members? Can you give an example?",
             "Describe a change you led. How did you measure success?",
             "How did you address their concerns and what was the outcome?",
             "What was the issue and how did you handle the escalation of the complaint?",
             "How do you measure customer service success, and which metrics do you use?",
             "How would you rate our customer service today? What improvements would you make?",
             "Describe what happened and how you fixed it.",
             "How do you identify trends in customer issues and develop solutions to address them?",
             "A customer has been transferred five times. How do you handle this situation?",
             "How do you set targets for chat and email, e.g. first response time?",
             "",
         }) {
        INFO(text);
        CHECK(double_barrelled_part(text).empty());
    }
}

TEST_CASE("the shipped bank's questions are rarely taken for double-barrelled ones", "[checks]") {
    const auto bank = read_bank_file(std::string(IKIT_SOURCE_ASSETS_DIR) + "/bank/customer_service_leadership.xml");
    int wordings = 0, flagged = 0;
    const auto check = [&](const std::string& id, const std::string& text) {
        ++wordings;
        if (const auto part = double_barrelled_part(text); !part.empty()) {
            ++flagged;
            UNSCOPED_INFO(id << ": \"" << text << "\" -> \"" << part << "\"");
        }
    };
    for (const auto& q : bank.questions) {
        check(q.id, q.text);
        for (const auto& source : q.sources) check(q.id + " source", source.wording);
    }
    INFO(flagged << " of " << wordings << " bank wordings flagged");
    REQUIRE(wordings >= 100);
    CHECK(flagged * 50 <= wordings);  // at most 2%
}
