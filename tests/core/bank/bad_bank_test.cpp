#include "bank/library_loader.h"
#include "serialize/bank_reader.h"
#include "test_kits.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace ikit;

namespace {
const char* kUserBank = R"(<?xml version="1.0" encoding="UTF-8"?>
<bank format="1" id="mine" name="Mine">
  <questions>
    <question id="my-001" type="situational" minutes="4" roles="cs-manager" competencies="kpis-metrics">
      <text>What would you do if first-contact resolution fell by ten points in a month?</text>
      <listen-for>Checks data quality first</listen-for>
      <listen-for>Segments by queue</listen-for>
      <probe>Who would you tell?</probe>
    </question>
  </questions>
</bank>
)";

void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }
}  // namespace

TEST_CASE("a broken bank file names the file and line and the others still load", "[bank]") {
    const std::string dir = test::fresh_dir("banks");
    write(dir + "/good.xml", kUserBank);
    write(dir + "/broken.xml", "<?xml version=\"1.0\"?>\n<bank format=\"1\">\n  <questions>\n    <question id=\"x\"\n</bank>");
    const auto library = load_library(DataPaths("", IKIT_SOURCE_ASSETS_DIR), {dir + "/broken.xml", dir + "/good.xml"}, false);
    REQUIRE(library.errors.size() == 1);
    CHECK(library.errors[0].find(dir + "/broken.xml:4: broken XML") == 0);
    CHECK(library.bank.find("my-001") != nullptr);
    CHECK(library.bank.find("csl-001") != nullptr);
}

TEST_CASE("bank files with bad content are refused with the reason", "[bank]") {
    const auto error_of = [](const std::string& xml) {
        try {
            QuestionBank bank;
            bank.add(parse_bank(xml, "b.xml"));
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    std::string text = kUserBank;
    CHECK(error_of(std::string(text).replace(text.find("situational"), 11, "essay")).find("unknown type \"essay\"") != std::string::npos);
    CHECK(error_of(std::string(text).replace(text.find("cs-manager"), 10, "astronaut")).find("unknown role \"astronaut\"") != std::string::npos);
    CHECK(error_of("<bank format=\"9\"/>").find("newer version") != std::string::npos);
    CHECK(error_of("<kit format=\"1\"/>").find("not a bank file") != std::string::npos);
    std::string twice = text;
    const auto q = twice.find("    <question");
    const auto end = twice.find("</questions>");
    twice.insert(end, twice.substr(q, end - q));
    CHECK(error_of(twice).find("duplicate question id \"my-001\"") != std::string::npos);
}

TEST_CASE("a bank written by write_bank reads back equal", "[bank][serialize]") {
    const BankContent content = parse_bank(kUserBank, "mine.xml");
    const BankContent again = parse_bank(write_bank(content), "again.xml");
    REQUIRE(again.questions.size() == 1);
    CHECK(again.questions[0] == content.questions[0]);
}
