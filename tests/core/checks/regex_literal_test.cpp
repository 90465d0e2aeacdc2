// The plain-text pre-check of the question rules: what it extracts, and that it never hides a match.
#include "checks/question_rules.h"
#include "checks/regex_literal.h"
#include "serialize/question_rules_reader.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace ikit;

TEST_CASE("required_literal reads the plain text a match must contain", "[rules][literal]") {
    CHECK(required_literal("\\bhow old are you\\b") == "how old are you");
    CHECK(required_literal("\\b(are|is) you married\\b") == " you married");
    CHECK(required_literal("\\bchildren?\\b") == "childre");
    CHECK(required_literal("\\bwhat year were you (born|bor)") == "what year were you ");
    CHECK(required_literal("^do you\\s+have kids") == "have kids");
    CHECK(required_literal("maiden name|birth name") == "");
    CHECK(required_literal("a.b") == "");
    CHECK(required_literal("[a-z]+ church") == " church");
    CHECK(required_literal("pregnan(t|cy)") == "pregnan");
    CHECK(required_literal("you're\\b") == "you're");
    CHECK(required_literal("\\d{4} born") == " born");
    CHECK(required_literal("colou?r blind") == "r blind");
    CHECK(required_literal("ab") == "");
    CHECK(required_literal("x(?!y)zzz") == "zzz");
}

TEST_CASE("required_texts also reads the groups every match must go through", "[rules][literal]") {
    using R = RequiredTexts;
    CHECK(required_texts("\\byour (husband|wife|spouse)\\b") == R{{"your "}, {"husband", "wife", "spouse"}});
    CHECK(required_texts("maiden name|birth name") == R{{"maiden name", "birth name"}});
    CHECK(required_texts("(are|is) (you|he)?married") == R{{"are", "is"}, {"married"}});
    CHECK(required_texts("(?:church|mosque)s? nearby") == R{{"church", "mosque"}, {" nearby"}});
    CHECK(required_texts("(a|[xy])bcd") == R{{"bcd"}});
    CHECK(required_texts("(?=abc)def") == R{{"def"}});
    CHECK(required_texts("(kids)+ at home") == R{{"kids"}, {" at home"}});
    CHECK(required_texts("x(kids)* at home") == R{{" at home"}});
    CHECK(holds_required_texts("is your wife well", R{{"your "}, {"husband", "wife"}}));
    CHECK_FALSE(holds_required_texts("is your team well", R{{"your "}, {"husband", "wife"}}));
    CHECK(holds_required_texts("anything", R{}));
}

TEST_CASE("the pre-check never hides a match of a shipped rule", "[rules][literal]") {
    const QuestionRules rules = read_question_rules_file(std::string(IKIT_SOURCE_ASSETS_DIR) + "/checks/question_rules.xml");
    std::vector<std::string> texts;
    std::ifstream table(std::string(IKIT_TEST_DATA_DIR) + "/check_questions.tsv");
    std::string line;
    std::getline(table, line);  // header
    while (std::getline(table, line)) texts.push_back(normalise_for_rules(line.substr(line.rfind('\t') + 1)));
    REQUIRE(texts.size() > 100);
    std::size_t with_literal = 0, patterns = 0, matches = 0;
    for (const auto& rule : rules.rules)
        for (const auto* list : {&rule.match, &rule.unless})
            for (const RulePattern& p : *list) {
                ++patterns;
                with_literal += p.required.empty() ? 0 : 1;
                for (const auto& entry : p.required) CHECK_FALSE(entry.empty());
                for (const auto& text : texts) {
                    const bool engine = std::regex_search(text, p.regex);
                    matches += engine ? 1 : 0;
                    INFO(rule.id << " in \"" << text << "\"");
                    CHECK(p.found_in(text) == engine);
                }
            }
    CHECK(matches > 100);
    CHECK(with_literal * 2 > patterns);  // most patterns get a pre-check
}
