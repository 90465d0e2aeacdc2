// The scoring check's notion of an anchor that only judges (bank/rubric_library's is_evaluative_only).

#include "checks/rubric_rules.h"

#include <catch2/catch.hpp>

using namespace ikit;

TEST_CASE("anchors made only of judgement and filler are evaluative", "[checks]") {
    for (const char* anchor : {"An excellent answer that exceeds the bar.", "Meets expectations.",
                               "Outstanding candidate who would be a great fit for the role.", "Strong hire",
                               "Below average; lacks depth.", "Thorough, well-structured answer.",
                               "Very good, clear and thorough response with a high level of knowledge."}) {
        INFO(anchor);
        CHECK(is_evaluative_only(anchor));
    }
}

TEST_CASE("anchors that name something observable are not evaluative", "[checks]") {
    for (const char* anchor : {"Gives a detailed example with numbers.", "Has no example of their own.",
                               "Cannot describe what they did.", "Good understanding of metrics",
                               "Names CSAT, FCR and AHT and explains a decision each drove.", ""}) {
        INFO(anchor);
        CHECK_FALSE(is_evaluative_only(anchor));
    }
}
