// The topic model of the question rules (format 2): term lists, who a question is about, lawful phrases,
// the with= words, the reader's errors for the new elements, and the finding that names the laws.

#include "checks/kit_checks.h"
#include "checks/question_rules.h"
#include "serialize/question_rules_reader.h"
#include "util/error.h"

#include "test_kits.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ikit;

namespace {

const char kSignals[] = R"(  <signals>
    <you>you, your, yourself, you're</you>
    <others>agent*, customer*, they, their, she, team, member*</others>
    <acts>plan, planned, handle*, manag*, set</acts>
    <objects>cover, policy, negotiation*, bands</objects>
  </signals>
)";

std::string topic_file(const std::string& topic_body, const std::string& signals = kSignals,
                       const std::string& format = "2") {
    return "<?xml version=\"1.0\"?>\n<question-rules format=\"" + format + "\" lang=\"en\">\n" + signals +
           "  <topic id=\"t\" name=\"Topic\" severity=\"error\">\n" + topic_body + "  </topic>\n</question-rules>\n";
}

bool fires(const QuestionRules& rules, const std::string& text) {
    return !match_question_rules(rules, text, false).empty();
}

std::string terms_text(const std::vector<Term>& terms) {
    std::string out;
    for (const auto& term : terms) {
        if (!out.empty()) out += " | ";
        for (std::size_t i = 0; i < term.size(); ++i)
            out += (i ? " " : "") + term[i].text + (term[i].prefix ? "*" : "");
    }
    return out;
}

}  // namespace

TEST_CASE("term lists: words, phrases, prefixes, hyphens", "[checks]") {
    std::vector<Term> terms;
    CHECK(parse_term_list("Relig*, place of worship,\n  able-bodied, you're,", terms).empty());
    CHECK(terms_text(terms) == "relig* | place of worship | able bodied | you're");

    const auto problem = [](const std::string& text) {
        std::vector<Term> t;
        return parse_term_list(text, t);
    };
    CHECK_THAT(problem("pray, , faith"), Catch::Contains("empty term"));
    CHECK_THAT(problem(""), Catch::Contains("empty term"));
    CHECK_THAT(problem("r*"), Catch::Contains("fewer than 3"));
    CHECK_THAT(problem("pr(a|e)y"), Catch::Contains("'('"));
    CHECK_THAT(problem("a b c d e f g h i"), Catch::Contains("more than 8 words"));
    CHECK_THAT(problem(std::string(61, 'x')), Catch::Contains("longer than 60"));
}

TEST_CASE("question words: possessives dropped, hyphens split, sentences counted", "[checks]") {
    const auto tokens = rule_tokens(normalise_for_rules("An agent's able-bodied? You're fine; customers' view."));
    std::vector<std::string> words;
    std::vector<std::size_t> sentences;
    for (const auto& t : tokens) {
        words.push_back(t.text);
        sentences.push_back(t.sentence);
    }
    CHECK(words == std::vector<std::string>{"an", "agent", "able", "bodied", "you're", "fine", "customers", "view"});
    CHECK(sentences == std::vector<std::size_t>{0, 0, 0, 0, 1, 1, 2, 2});
}

TEST_CASE("topic words flag questions about the candidate, not about agents, customers or work objects",
          "[checks]") {
    const auto rules = parse_question_rules(topic_file("    <law>Some Act</law>\n"
                                                       "    <words>pray*, place of worship, maternity leave</words>\n"
                                                       "    <why>w</why><instead>i</instead>\n"),
                                            "fixture.xml");
    REQUIRE(rules.rules.size() == 1);
    CHECK(rules.rules[0].laws == std::vector<std::string>{"Some Act"});

    // About the candidate: second person before or after the word, or no person at all.
    CHECK(fires(rules, "Would you need breaks for prayer?"));
    CHECK(fires(rules, "Which place of worship do you attend?"));
    CHECK(fires(rules, "Tell me about your prayer routine."));
    CHECK(fires(rules, "Any prayer needs during the day?"));
    CHECK(fires(rules, "Do you plan to take maternity leave?"));  // "plan to": an intention, not an act
    // About someone else: the nearest person is an agent, a customer, "she".
    CHECK_FALSE(fires(rules, "How did you support an agent returning from maternity leave?"));
    CHECK_FALSE(fires(rules, "How would you handle a customer who prays on a call?"));
    CHECK_FALSE(fires(rules, "What would you do if she asked to pray during a shift?"));
    // A manager's act between the candidate and the word, or a work object right after it.
    CHECK_FALSE(fires(rules, "How do you plan maternity leave around peak season?"));
    CHECK_FALSE(fires(rules, "Tell me about your maternity leave policy."));
    // A possessive owns what follows: "your ... prayer" stays about the candidate even after an act word.
    CHECK(fires(rules, "How do you handle your own prayer times at work?"));
    // The person is looked for in the word's own sentence only.
    CHECK_FALSE(fires(rules, "Tell me about you. How would a customer's prayer request be handled?"));
}

TEST_CASE("lawful phrases and with= words limit where topic words count", "[checks]") {
    const auto rules = parse_question_rules(
        topic_file("    <words with=\"current, last, previous\">salary, pay*, paid</words>\n"
                   "    <words>payslip*</words>\n"
                   "    <lawful>\\bpay(ing)? attention\\b</lawful>\n"
                   "    <why>w</why><instead>i</instead>\n"),
        "fixture.xml");
    CHECK(fires(rules, "What is your current salary?"));
    CHECK(fires(rules, "What were you paid in your last job?"));
    CHECK(fires(rules, "Could you send your payslip?"));
    CHECK_FALSE(fires(rules, "What salary are you looking for?"));          // no with= word
    CHECK_FALSE(fires(rules, "Did you pay attention to the last survey?"));  // inside a lawful phrase
    CHECK_FALSE(fires(rules, "What salary bands did you set last year?"));   // work object; act after "you"
    // A with= word must be in the same sentence.
    CHECK_FALSE(fires(rules, "Tell me about your last role. What salary are you after?"));
    // A match still fires on its own, and an unless still cancels the whole rule.
    const auto both = parse_question_rules(topic_file("    <match>\\bhow old are you\\b</match>\n"
                                                      "    <unless>\\bticket\\b</unless>\n"
                                                      "    <words>birthday</words>\n"
                                                      "    <why>w</why><instead>i</instead>\n"),
                                           "fixture.xml");
    CHECK(fires(both, "How old are you?"));
    CHECK(fires(both, "When is your birthday?"));
    CHECK_FALSE(fires(both, "When is your birthday, and how old is that ticket?"));
}

TEST_CASE("copies of a rule set keep the signals", "[checks]") {
    const auto rules = parse_question_rules(topic_file("    <words>pray*</words><why>w</why><instead>i</instead>\n"),
                                            "fixture.xml");
    const QuestionRules copy = rules;  // NOLINT(performance-unnecessary-copy-initialization): the copy is the test
    CHECK(copy.signals.you.size() == rules.signals.you.size());
    CHECK(fires(copy, "Do you pray?"));
    CHECK_FALSE(fires(copy, "How do you handle agents who pray?"));
}

TEST_CASE("the rules reader refuses broken topic words with the file and line", "[checks]") {
    const auto refused = [](const std::string& xml) {
        try {
            parse_question_rules(xml, "f.xml");
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    CHECK_THAT(refused(topic_file("    <words>pray, (x)</words><why>w</why><instead>i</instead>\n")),
               Catch::Contains("f.xml:10:") && Catch::Contains("<words>") && Catch::Contains("'('"));
    CHECK_THAT(refused(topic_file("    <words with=\"a*\">pray</words><why>w</why><instead>i</instead>\n")),
               Catch::Contains("with= list") && Catch::Contains("fewer than 3"));
    CHECK_THAT(refused(topic_file("    <words>pray</words><why>w</why><instead>i</instead>\n", "")),
               Catch::Contains("no <signals>"));
    CHECK_THAT(refused(topic_file("    <words>pray</words><why>w</why><instead>i</instead>\n", kSignals, "1")),
               Catch::Contains("format=\"2\""));
    CHECK_THAT(refused(topic_file("    <law>  </law><words>pray</words><why>w</why><instead>i</instead>\n")),
               Catch::Contains("<law> is empty"));
    CHECK_THAT(refused(topic_file("    <lawful>(open</lawful><words>pray</words><why>w</why><instead>i</instead>\n")),
               Catch::Contains("bad regular expression in <lawful>"));
    CHECK_THAT(refused(topic_file("    <why>w</why><instead>i</instead>\n")), Catch::Contains("no <match> and no <words>"));
    CHECK_THAT(refused(topic_file("    <words>pray</words>\n",
                                  "  <signals><others>agent*</others></signals>\n")),
               Catch::Contains("no <you> list"));
    CHECK_THAT(refused(topic_file("    <words>pray</words>\n",
                                  "  <signals><you>you</you><you>your</you></signals>\n")),
               Catch::Contains("<you> appears twice"));
    CHECK_THAT(refused(topic_file("    <words>pray</words>\n", "  <signals><you>you</you><me>i</me></signals>\n")),
               Catch::Contains("unknown element <me>"));
    CHECK_THAT(refused(topic_file("    <words>pray</words>\n", "  <signals><you>you, your own</you></signals>\n")),
               Catch::Contains("single words only"));
    CHECK_THAT(refused("<question-rules format=\"2\" lang=\"en\">\n"
                       "<wording id=\"w\" severity=\"advice\"><match>x</match><law>Act</law></wording>\n"
                       "</question-rules>\n"),
               Catch::Contains("f.xml:2:") && Catch::Contains("<law> belongs in a <topic>"));
    CHECK_THAT(refused("<question-rules format=\"2\" lang=\"en\">\n"
                       "<topic id=\"a\" severity=\"error\"><match>x</match></topic>\n" +
                       std::string(kSignals) + "</question-rules>\n"),
               Catch::Contains("<signals> must come first"));
}

TEST_CASE("shipped topics name their laws, and a finding names the topic and where it is protected", "[checks]") {
    const auto rules = read_question_rules_file(std::string(IKIT_SOURCE_ASSETS_DIR) + "/checks/question_rules.xml");
    CHECK_FALSE(rules.signals.empty());
    for (const auto& rule : rules.rules) {
        INFO(rule.id);
        if (rule.is_topic) {
            CHECK_FALSE(rule.laws.empty());
            CHECK_FALSE(rule.words.empty());
        }
    }
    Kit kit = ikit::test::sample_kit();
    REQUIRE_FALSE(kit.sections.empty());
    REQUIRE_FALSE(kit.sections[0].questions.empty());
    kit.sections[0].questions[0].text = "Which party did you vote for at the last election?";
    const auto findings = check_kit(kit, rules);
    const QuestionRule* political = nullptr;
    for (const auto& rule : rules.rules)
        if (rule.id == "political-opinion") political = &rule;
    REQUIRE(political != nullptr);
    int topic_findings = 0;
    for (const auto& f : findings)
        if (f.check == "protected-topic") {
            ++topic_findings;
            CHECK(f.severity == Severity::Error);
            CHECK_THAT(f.message, Catch::Contains(political->name) && Catch::Contains("EU GDPR Art. 9"));
            CHECK(f.suggestion == political->instead);
        }
    CHECK(topic_findings == 1);
    CHECK(protected_topic_label(*political) == political->name + "; protected under " + political->laws[0] + ", " +
                                                   political->laws[1] + ", " + political->laws[2]);
}
