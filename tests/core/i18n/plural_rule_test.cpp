#include "i18n/plural_rule.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ikit;

TEST_CASE("the default plural rule is English's: one for 1, other for the rest", "[i18n]") {
    PluralRule english;
    CHECK(english.nplurals() == 2);
    CHECK(english.index(0) == 1);
    CHECK(english.index(1) == 0);
    CHECK(english.index(2) == 1);
}

TEST_CASE("French's rule (n > 1) puts 0 and 1 in the singular", "[i18n]") {
    PluralRule french = PluralRule::parse("nplurals=2; plural=(n > 1);");
    CHECK(french.nplurals() == 2);
    CHECK(french.index(0) == 0);
    CHECK(french.index(1) == 0);
    CHECK(french.index(2) == 1);
    CHECK(french.index(1000000) == 1);
}

TEST_CASE("Polish's three forms come from the full C expression", "[i18n]") {
    PluralRule polish = PluralRule::parse(
        "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);");
    CHECK(polish.nplurals() == 3);
    const std::pair<unsigned long, std::size_t> expected[] = {{0, 2},  {1, 0},  {2, 1},  {4, 1},   {5, 2},  {11, 2},
                                                              {12, 2}, {14, 2}, {21, 2}, {22, 1},  {25, 2}, {102, 1},
                                                              {112, 2}, {1000, 2}};
    for (const auto& [n, index] : expected) {
        INFO("n = " << n);
        CHECK(polish.index(n) == index);
    }
}

TEST_CASE("Russian's rule and the other operators evaluate as in C", "[i18n]") {
    PluralRule russian = PluralRule::parse(
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);");
    CHECK(russian.index(1) == 0);
    CHECK(russian.index(11) == 2);
    CHECK(russian.index(21) == 0);
    CHECK(russian.index(3) == 1);
    CHECK(russian.index(13) == 2);
    // + - * / ! and unsigned wrap-around, as gettext evaluates them.
    CHECK(PluralRule::parse("nplurals=9; plural=n*2+1-3/3;").index(3) == 6);
    CHECK(PluralRule::parse("nplurals=2; plural=!n;").index(0) == 1);
    CHECK(PluralRule::parse("nplurals=2; plural=!n;").index(7) == 0);
    CHECK(PluralRule::parse("nplurals=2; plural=n/0;").index(7) == 0);  // no crash on a division by zero
    CHECK(PluralRule::parse("nplurals=2; plural=n%0;").index(7) == 0);
    CHECK(PluralRule::parse("nplurals=3;plural=n<=1?0:n>=5?2:1;").index(3) == 1);
    CHECK(PluralRule::parse("nplurals=1; plural=0;").index(5) == 0);
}

TEST_CASE("a plural index past the last form is clamped to nplurals-1", "[i18n]") {
    PluralRule rule = PluralRule::parse("nplurals=2; plural=n;");
    CHECK(rule.index(0) == 0);
    CHECK(rule.index(1) == 1);
    CHECK(rule.index(99) == 1);
}

TEST_CASE("bad plural headers are refused with what is wrong", "[i18n]") {
    auto refusal = [](const char* header) {
        try {
            PluralRule::parse(header);
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    CHECK_THAT(refusal("plural=(n != 1);"), Catch::Contains("no nplurals"));
    CHECK_THAT(refusal("nplurals=0; plural=0;"), Catch::Contains("nplurals"));
    CHECK_THAT(refusal("nplurals=1000; plural=0;"), Catch::Contains("nplurals"));
    CHECK_THAT(refusal("nplurals=2;"), Catch::Contains("no plural expression"));
    CHECK_THAT(refusal("nplurals=2; plural=(n != 1;"), Catch::Contains("without \")\""));
    CHECK_THAT(refusal("nplurals=2; plural=n ? 1;"), Catch::Contains("without \":\""));
    CHECK_THAT(refusal("nplurals=2; plural=n = 1;"), Catch::Contains("unexpected"));
    CHECK_THAT(refusal("nplurals=2; plural=x;"), Catch::Contains("unexpected \"x\""));
    CHECK_THAT(refusal("nplurals=2; plural=n >;"), Catch::Contains("bad plural expression"));
    CHECK_THAT(refusal("nplurals=2; plural=99999999999999999999;"), Catch::Contains("too large"));
}

TEST_CASE("a deeply nested or endless plural expression is refused, not followed", "[i18n][hostile]") {
    std::string nested = "nplurals=2; plural=" + std::string(10000, '(') + "n" + std::string(10000, ')') + ";";
    CHECK_THROWS_WITH(PluralRule::parse(nested), Catch::Contains("nested too deeply"));
    std::string nots = "nplurals=2; plural=" + std::string(10000, '!') + "n;";
    CHECK_THROWS_WITH(PluralRule::parse(nots), Catch::Contains("nested too deeply"));
    std::string chain = "nplurals=2; plural=n";
    for (int i = 0; i < 5000; ++i) chain += "+1";
    CHECK_THROWS_AS(PluralRule::parse(chain + ";"), Error);
    std::string ternaries = "nplurals=2; plural=";
    for (int i = 0; i < 5000; ++i) ternaries += "n?1:";
    CHECK_THROWS_WITH(PluralRule::parse(ternaries + "0;"), Catch::Contains("nested too deeply"));
}
