// The question rules: the shipped rules file against the table of questions that must and must not be
// flagged (tests/data/check_questions.tsv, see assets/checks/README.md), and the reader's errors.

#include "checks/question_rules.h"
#include "serialize/question_rules_reader.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace ikit;

namespace {

const std::string kRulesFile = std::string(IKIT_SOURCE_ASSETS_DIR) + "/checks/question_rules.xml";
const std::string kTableFile = std::string(IKIT_TEST_DATA_DIR) + "/check_questions.tsv";

struct TableRow {
    int line = 0;
    std::string expect, rule_id, text;
};

std::vector<TableRow> read_table() {
    std::ifstream in(kTableFile);
    REQUIRE(in.good());
    std::vector<TableRow> rows;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (number == 1) {
            REQUIRE(line == "expect\ttopic\ttext");
            continue;
        }
        if (line.empty()) continue;
        const auto tab1 = line.find('\t');
        const auto tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
        INFO(kTableFile << ":" << number << ": " << line);
        REQUIRE(tab2 != std::string::npos);
        rows.push_back({number, line.substr(0, tab1), line.substr(tab1 + 1, tab2 - tab1 - 1), line.substr(tab2 + 1)});
    }
    return rows;
}

const QuestionRules& shipped_rules() {
    static const QuestionRules rules = read_question_rules_file(kRulesFile);
    return rules;
}

std::vector<std::string> fired_ids(const std::string& text, bool behavioural) {
    std::vector<std::string> ids;
    for (const QuestionRule* rule : match_question_rules(shipped_rules(), text, behavioural)) ids.push_back(rule->id);
    return ids;
}

bool fires(const std::string& text, const std::string& id, bool behavioural = true) {
    const auto ids = fired_ids(text, behavioural);
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::string rules_xml(const std::string& body, const std::string& format = "1") {
    return "<?xml version=\"1.0\"?>\n<question-rules format=\"" + format + "\" lang=\"en\">\n" + body +
           "</question-rules>\n";
}

}  // namespace

TEST_CASE("the shipped rules file loads with topics and wording rules", "[checks]") {
    const auto& rules = shipped_rules();
    REQUIRE(rules.rules.size() >= 10);
    int topics = 0;
    std::set<std::string> ids;
    for (const auto& rule : rules.rules) {
        INFO(rule.id);
        CHECK((!rule.match.empty() || !rule.words.empty()));
        CHECK(!rule.why.empty());
        CHECK(!rule.instead.empty());
        CHECK(ids.insert(rule.id).second);
        if (rule.is_topic) {
            ++topics;
            CHECK(rule.severity == "error");
        }
    }
    CHECK(topics >= 10);
    CHECK(ids.count("leading") == 1);
    CHECK(ids.count("yes-no") == 1);
}

// Per rule: how many flag rows name it and how many of those it caught; how many pass rows it wrongly calls
// an error.
struct RuleTally {
    int flag_rows = 0, caught = 0, false_errors = 0;
};

TEST_CASE("every flag row of the check table trips its rule and no pass row trips an error", "[checks]") {
    const auto rows = read_table();
    std::set<std::string> known;
    for (const auto& rule : shipped_rules().rules) known.insert(rule.id);

    std::map<std::string, RuleTally> tally;
    for (const auto& id : known) tally[id];
    int flags = 0, passes = 0, caught = 0, passes_with_error = 0;
    for (const auto& row : rows) {
        INFO(kTableFile << ":" << row.line << ": " << row.expect << " " << row.rule_id << " \"" << row.text << "\"");
        if (row.expect == "flag") {
            ++flags;
            REQUIRE(known.count(row.rule_id) == 1);
            // Wording rows are run as if the question were behavioural, so the yes-no rule applies.
            const bool hit = fires(row.text, row.rule_id, true);
            CHECK(hit);
            ++tally[row.rule_id].flag_rows;
            if (hit) ++tally[row.rule_id].caught, ++caught;
        } else {
            REQUIRE(row.expect == "pass");
            REQUIRE(row.rule_id == "-");
            ++passes;
            bool any_error = false;
            for (const QuestionRule* rule : match_question_rules(shipped_rules(), row.text, true)) {
                INFO("fired: " << rule->id);
                CHECK(rule->severity != "error");
                if (rule->severity == "error") {
                    ++tally[rule->id].false_errors;
                    any_error = true;
                }
            }
            if (any_error) ++passes_with_error;
        }
    }
    // The report: recall and false errors per rule, then one summary line (shown by ctest -V, or run the
    // test binary with "[checks]").
    std::cout << "check table " << kTableFile << ": per rule, flag rows caught and pass rows wrongly flagged\n";
    for (const auto& [id, t] : tally)
        std::cout << "  " << id << std::string(id.size() < 22 ? 22 - id.size() : 1, ' ') << "recall " << t.caught
                  << "/" << t.flag_rows << "  false errors " << t.false_errors << "\n";
    std::cout << "check table summary: recall " << caught << "/" << flags << ", pass rows with an error "
              << passes_with_error << "/" << passes << "\n";

    // The table is big enough to say something, and spread over every rule.
    CHECK(flags >= 150);
    CHECK(passes >= 150);
    for (const auto& [id, t] : tally) {
        INFO("rule without a flag row: " << id);
        CHECK(t.flag_rows >= 1);
    }
    int topics = 0, thin = 0;
    for (const auto& rule : shipped_rules().rules)
        if (rule.is_topic) {
            ++topics;
            if (tally[rule.id].flag_rows < 3) ++thin;
        }
    INFO("topics with fewer than 3 flag rows: " << thin << " of " << topics);
    CHECK(thin == 0);
}

TEST_CASE("the yes/no rule applies only to behavioural questions", "[checks]") {
    const std::string closed = "Did you hit your CSAT targets last year?";
    CHECK(fires(closed, "yes-no", true));
    CHECK_FALSE(fires(closed, "yes-no", false));
    // Other wording rules and topics do not depend on the question type.
    CHECK(fires("Don't you agree that CSAT matters most?", "leading", false));
    CHECK(fires("How old are you?", "age", false));
}

TEST_CASE("questions are matched lower-cased with typographic apostrophes made plain", "[checks]") {
    CHECK(normalise_for_rules("Don\xE2\x80\x99t  You\n AGREE?") == "don't you agree?");
    CHECK(normalise_for_rules("  \xE2\x80\x98Quoted\xE2\x80\x99  ") == "'quoted'");
    CHECK(fires("DON\xE2\x80\x99T YOU AGREE that speed matters most?", "leading"));
    CHECK(fires("Wouldn\xE2\x80\x99t you say that empathy beats speed?", "leading"));
}

TEST_CASE("a rule fires on any match unless an unless pattern is found", "[checks]") {
    const auto rules = parse_question_rules(rules_xml(R"(  <topic id="age" name="Age" severity="error">
    <match>\bhow old\b</match>
    <match>\byour age\b</match>
    <unless>\bage of (the|your) (ticket|backlog)s?\b</unless>
    <why>Protected.</why>
    <instead>Are you over the minimum age?</instead>
  </topic>
  <wording id="yes-no" name="Yes/no" severity="advice"><match>^(do|did) you\b</match></wording>
)"),
                                            "fixture.xml");
    REQUIRE(rules.rules.size() == 2);
    const auto& age = rules.rules[0];
    CHECK(age.is_topic);
    CHECK(age.name == "Age");
    CHECK(age.why == "Protected.");
    CHECK(age.instead == "Are you over the minimum age?");
    CHECK_FALSE(rules.rules[1].is_topic);
    CHECK(rules.rules[1].severity == "advice");

    const auto ids = [&](const std::string& text, bool behavioural) {
        std::vector<std::string> out;
        for (const auto* r : match_question_rules(rules, text, behavioural)) out.push_back(r->id);
        return out;
    };
    CHECK(ids("How OLD are you?", false) == std::vector<std::string>{"age"});
    CHECK(ids("What is your age, and the age of the backlog?", false).empty());
    CHECK(ids("Did you lead a team?", true) == std::vector<std::string>{"yes-no"});
    CHECK(ids("Did you lead a team?", false).empty());
    CHECK(ids("Tell me about your team.", true).empty());
}

TEST_CASE("the rules reader refuses broken files with the file and line", "[checks]") {
    SECTION("a regex that does not compile") {
        const std::string xml = rules_xml("  <topic id=\"age\" name=\"Age\" severity=\"error\">\n"
                                          "    <match>\\bhow old\\b</match>\n"
                                          "    <match>(unclosed</match>\n"
                                          "  </topic>\n");
        try {
            parse_question_rules(xml, "bad_regex.xml");
            FAIL("a bad regex was accepted");
        } catch (const Error& e) {
            CHECK(e.file() == "bad_regex.xml");
            CHECK(e.line() == 5);
            CHECK_THAT(e.what(), Catch::Contains("(unclosed") && Catch::Contains("regular expression"));
        }
    }
    SECTION("a bad unless regex") {
        CHECK_THROWS_WITH(parse_question_rules(rules_xml("<topic id=\"a\" severity=\"error\"><match>x</match>"
                                                         "<unless>[z-a]</unless></topic>\n"),
                                               "f.xml"),
                          Catch::Contains("f.xml:3:") && Catch::Contains("<unless>"));
    }
    SECTION("the wrong root element") {
        CHECK_THROWS_WITH(parse_question_rules("<rubric format=\"1\"/>", "wrong.xml"),
                          Catch::Contains("wrong.xml:1:") && Catch::Contains("<question-rules>"));
    }
    SECTION("a newer format") {
        CHECK_THROWS_WITH(parse_question_rules(rules_xml("", "3"), "newer.xml"),
                          Catch::Contains("newer.xml:2:") && Catch::Contains("newer version") &&
                              Catch::Contains("format 3"));
    }
    SECTION("no format") {
        CHECK_THROWS_WITH(parse_question_rules("<question-rules/>", "nofmt.xml"), Catch::Contains("format"));
    }
    SECTION("a rule that can never fire") {
        CHECK_THROWS_WITH(parse_question_rules(rules_xml("<topic id=\"a\" severity=\"error\"><why>x</why></topic>\n"),
                                               "f.xml"),
                          Catch::Contains("f.xml:3:") && Catch::Contains("no <match>"));
    }
    SECTION("an unknown severity") {
        CHECK_THROWS_WITH(
            parse_question_rules(rules_xml("<wording id=\"a\" severity=\"fatal\"><match>x</match></wording>\n"), "f.xml"),
            Catch::Contains("severity=\"fatal\""));
    }
    SECTION("a duplicate id") {
        CHECK_THROWS_WITH(parse_question_rules(rules_xml("<topic id=\"a\" severity=\"error\"><match>x</match></topic>\n"
                                                         "<wording id=\"a\" severity=\"advice\"><match>y</match></wording>\n"),
                                               "f.xml"),
                          Catch::Contains("f.xml:4:") && Catch::Contains("twice"));
    }
    SECTION("an unknown element") {
        CHECK_THROWS_WITH(parse_question_rules(rules_xml("<rule id=\"a\"/>\n"), "f.xml"),
                          Catch::Contains("unknown element <rule>"));
    }
    SECTION("an empty pattern") {
        CHECK_THROWS_WITH(
            parse_question_rules(rules_xml("<topic id=\"a\" severity=\"error\"><match>  </match></topic>\n"), "f.xml"),
            Catch::Contains("empty"));
    }
    SECTION("a missing file") {
        CHECK_THROWS_AS(read_question_rules_file(std::string(IKIT_TEST_DATA_DIR) + "/no_such_rules.xml"), Error);
    }
}

TEST_CASE("huge questions are cut before matching, so std::regex stays shallow", "[checks]") {
    // One 100,000-letter word would overflow std::regex's recursion on patterns such as "[a-z]+".
    const std::string word(100000, 'x');
    const std::string normalised = normalise_for_rules("How did you learn to speak " + word + " so well?");
    CHECK(normalised == "how did you learn to speak " + std::string(kMaxRuleWordChars, 'x') + " so well?");
    CHECK(fires("How did you learn to speak " + word + " so well?", "native-language"));

    std::string padded;
    while (padded.size() < 3 * kMaxRuleTextChars) padded += "Tell me about the queue. ";
    const std::string cut = normalise_for_rules(padded + "How old are you?");
    CHECK(cut.size() <= kMaxRuleTextChars);
    const std::string last_word = cut.substr(cut.rfind(' ') + 1);
    CHECK((last_word == "queue." || last_word == "tell" || last_word == "me" || last_word == "about" ||
           last_word == "the"));  // cut between words
    CHECK_FALSE(fires(padded + "How old are you?", "age"));
    CHECK(fires("How old are you? " + padded, "age"));
}

TEST_CASE("rule results are remembered per text and copies start afresh", "[checks]") {
    ikit::QuestionRules rules = ikit::parse_question_rules(R"(<question-rules format="1" lang="en">
  <topic id="age" name="Age" severity="error"><match>\bhow old are you\b</match><why>w</why><instead>i</instead></topic>
</question-rules>)", "memo.xml");
    const auto first = ikit::match_question_rules(rules, "How old are you?", true);
    REQUIRE(first.size() == 1);
    CHECK(rules.memo->results.size() == 1);
    const auto again = ikit::match_question_rules(rules, "How  OLD are you?", true);  // same normalised text
    REQUIRE(again.size() == 1);
    CHECK(again[0] == &rules.rules[0]);
    CHECK(rules.memo->results.size() == 1);
    CHECK(ikit::match_question_rules(rules, "How old are you?", false).size() == 1);  // other key: not behavioural
    CHECK(rules.memo->results.size() == 2);

    ikit::QuestionRules copy = rules;
    CHECK(copy.memo->results.empty());
    copy.rules[0].match = {RulePattern("\\bnever matches this\\b")};
    CHECK(ikit::match_question_rules(copy, "How old are you?", true).empty());
    CHECK(ikit::match_question_rules(rules, "How old are you?", true).size() == 1);
}
