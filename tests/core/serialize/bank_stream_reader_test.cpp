// The streaming bank reader (the fast path of parse_bank) must read every file it accepts exactly as the
// tree reader does, and decline every file the tree reader refuses or that it does not fully handle.

#include "serialize/bank_reader.h"
#include "serialize/bank_rules.h"
#include "serialize/bank_stream_reader.h"
#include "serialize/xml_input.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <random>
#include <variant>
#include <sstream>

using namespace ikit;

namespace {

const std::string kHeader = R"(<?xml version="1.0" encoding="UTF-8"?>
<bank format="1" id="t" name="Test">
  <roles>
    <role id="cs-manager" level="manager">  Customer Service Manager </role>
    <role id="head-cs" level="head"/>
  </roles>
  <competencies>
    <competency id="kpis-metrics" name="KPIs &amp; metrics">Reads measures.</competency>
    <competency id="operations"/>
  </competencies>
  <questions>
)";

const std::string kQuestion = R"(    <question id="q-001" type="situational" minutes="4" roles="cs-manager" competencies="kpis-metrics operations" level="manager director">
      <text>What would you do if first-contact resolution fell by ten points?</text>
      <listen-for>Checks the data first</listen-for>
      <listen-for>Segments by queue</listen-for>
      <probe>Who would you tell?</probe>
      <red-flag>Blames the team</red-flag>
      <tag>fcr</tag>
      <source guide="001" number="4">What would you do?</source>
    </question>
)";

const std::string kFooter = "  </questions>\n</bank>\n";

std::string bank_with(const std::string& questions) { return kHeader + questions + kFooter; }

// Replaces the first `from` in `text` by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

bool same_content(const BankContent& a, const BankContent& b) {
    return a.file == b.file && a.roles == b.roles && a.competencies == b.competencies && a.questions == b.questions &&
           std::equal(a.questions.begin(), a.questions.end(), b.questions.begin(), b.questions.end(),
                      [](const Question& x, const Question& y) { return x.bank_file == y.bank_file; });
}

// The tree reader's result, or its error message.
std::variant<BankContent, std::string> tree_result(const std::string& xml) {
    try {
        return parse_bank_with_tree(xml, "b.xml");
    } catch (const Error& e) {
        return std::string(e.what());
    }
}

// For a file that passes the safety checks: when the streaming reader accepts it, the tree reader must
// read the same. Returns whether the streaming reader accepted it.
bool stream_agrees_with_tree(const std::string& xml) {
    const auto streamed = read_bank_streaming(xml, "b.xml");
    if (!streamed) return false;
    const auto tree = tree_result(xml);
    INFO(xml);
    REQUIRE(std::holds_alternative<BankContent>(tree));
    CHECK(same_content(*streamed, std::get<BankContent>(tree)));
    return true;
}

}  // namespace

TEST_CASE("the streaming reader reads the shipped bank as the tree reader does", "[serialize][bank]") {
    std::ifstream in(std::string(IKIT_SOURCE_ASSETS_DIR) + "/bank/customer_service_leadership.xml", std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    const std::string xml = bytes.str();
    check_untrusted_xml(xml, "b.xml", bank_rules::kXmlLimits);
    const auto streamed = read_bank_streaming(xml, "b.xml");
    REQUIRE(streamed);  // the shipped bank takes the fast path
    CHECK(streamed->questions.size() == 124);  // 79 from the guides and the close, 45 variants (issue 19)
    CHECK(same_content(*streamed, parse_bank_with_tree(xml, "b.xml")));
    CHECK(same_content(*streamed, parse_bank(xml, "b.xml")));
}

TEST_CASE("the streaming reader decodes text as tinyxml2 does", "[serialize][bank]") {
    const std::vector<std::pair<std::string, std::string>> texts = {
        {"Tom &amp; Jerry &lt;b&gt; &quot;q&quot; &apos;a&apos;", "Tom & Jerry <b> \"q\" 'a'"},
        {"caf&#233; &#x1F600; &#65;&#x00042;", "caf\xC3\xA9 \xF0\x9F\x98\x80 AB"},
        {"&#X41;", ""},  // not a reference ('X'): the safety check refuses the file
        {"line one\r\nline two\rline three\n\rline four\n\nend", "line one\nline two\nline three\nline four\n\nend"},
        {"kept&#13;return", "kept\rreturn"},
        {"  leading and trailing  ", "  leading and trailing  "},
        {"\xCE\xB5\xCE\xBB\xCE\xAD\xCE\xBD\xCE\xB7 \xE6\xBA\x80\xE8\xB6\xB3 \xF0\x9F\x98\x80", "\xCE\xB5\xCE\xBB\xCE\xAD\xCE\xBD\xCE\xB7 \xE6\xBA\x80\xE8\xB6\xB3 \xF0\x9F\x98\x80"},
        {"a > b ]]> c", "a > b ]]> c"},
    };
    for (const auto& [written, read] : texts) {
        const std::string xml = bank_with(replaced(kQuestion, "Segments by queue", written));
        INFO(written);
        if (read.empty()) {
            CHECK_THROWS_AS(check_untrusted_xml(xml, "b.xml", bank_rules::kXmlLimits), Error);
            continue;
        }
        REQUIRE(stream_agrees_with_tree(xml));
        CHECK(read_bank_streaming(xml, "b.xml")->questions[0].listen_for[1] == read);
    }
    // Attribute values too, with either quote and space around '='.
    const std::string attributes = bank_with(replaced(kQuestion, "guide=\"001\"", "guide = 'G&amp;1\r\n2'"));
    REQUIRE(stream_agrees_with_tree(attributes));
    CHECK(read_bank_streaming(attributes, "b.xml")->questions[0].sources[0].guide == "G&1\n2");
}

TEST_CASE("the streaming reader takes the usual variations of a bank file", "[serialize][bank]") {
    const std::string two = kQuestion + replaced(kQuestion, "q-001", "q-002");
    const std::vector<std::string> files = {
        bank_with(two),
        "\xEF\xBB\xBF" + bank_with(two),                                        // byte order mark
        replaced(bank_with(two), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", ""),  // no declaration
        replaced(bank_with(two), "  <questions>", "  <!-- a comment -->\n  <questions><!--x-->"),
        replaced(bank_with(two), "<probe>Who would you tell?</probe>", "<probe/><probe></probe><probe>   </probe>"),
        replaced(bank_with(two), "minutes=\"4\"", "minutes=\"0010\""),
        replaced(bank_with(two), "minutes=\"4\" ", ""),
        replaced(bank_with(two), "format=\"1\"", "format=\"01\""),
        replaced(bank_with(two), "</text>", "</text  >"),
        replaced(bank_with(two), "<tag>fcr</tag>", "<tag>fcr</tag>\t\r\n<tag>sla</tag>"),
        "<bank format=\"1\"/>",
        "<bank format=\"1\"><questions/></bank>",
        bank_with("") + "<!-- after the root -->\n\n",
    };
    for (const auto& xml : files) {
        INFO(xml);
        CHECK(stream_agrees_with_tree(xml));
    }
}

TEST_CASE("the streaming reader declines what it does not handle, and parse_bank still reads it", "[serialize][bank]") {
    const std::string base = bank_with(kQuestion);
    const std::vector<std::string> unusual = {
        replaced(base, " minutes=\"4\"", " minutes=\"4\" minutes=\"6\""),
        replaced(base, "Segments by queue", "<![CDATA[Segments <by> queue]]>"),
        replaced(base, "Segments by queue", "Segments <!-- by --> queue"),
        replaced(base, "<tag>fcr</tag>", "<note>ignored by the tree reader</note>"),
        replaced(base, "<tag>fcr</tag>", "stray text"),
        replaced(base, "  </questions>", "  </questions>\n  <questions/>"),
        replaced(base, "  <roles>", "  <extra/>\n  <roles>"),
        replaced(base, "minutes=\"4\" roles", "minutes=\"4\"roles"),
        replaced(base, "format=\"1\"", "format=\" 1\""),
        replaced(base, "type=\"situational\"", "type=\"situational\" extra=\"a<b\""),
    };
    for (const auto& xml : unusual) {
        INFO(xml);
        check_untrusted_xml(xml, "b.xml", bank_rules::kXmlLimits);
        CHECK_FALSE(read_bank_streaming(xml, "b.xml"));
        const auto tree = tree_result(xml);
        if (const auto* content = std::get_if<BankContent>(&tree)) CHECK(same_content(parse_bank(xml, "b.xml"), *content));
        else CHECK_THROWS_WITH(parse_bank(xml, "b.xml"), std::get<std::string>(tree));
    }
}

TEST_CASE("the streaming reader declines every bank the tree reader refuses, which names the line", "[serialize][bank]") {
    const std::string base = bank_with(kQuestion);
    std::string many_probes;
    for (int i = 0; i < 51; ++i) many_probes += "<probe>p</probe>";
    const std::vector<std::pair<std::string, std::string>> bad = {
        {replaced(base, "id=\"q-001\"", "id=\" \""), "b.xml:12: <question> has no id attribute"},
        {replaced(base, "situational", "essay"), "unknown type \"essay\""},
        {replaced(base, "minutes=\"4\"", "minutes=\"241\""), "attribute minutes=\"241\" of <question> must be a whole number from 0 to 240"},
        {replaced(base, "minutes=\"4\"", "minutes=\"four\""), "attribute minutes=\"four\" of <question> must be a whole number from 0 to 240"},
        {replaced(base, " competencies=\"kpis-metrics operations\"", ""), "has no competencies attribute"},
        {replaced(base, "manager director", "manager chief"), "unknown level \"chief\""},
        {replaced(base, "What would you do if first-contact resolution fell by ten points?", " \n "), "has an empty <text>"},
        {replaced(base, "<text>", "<text>Twice?</text><text>"), "has more than one <text>"},
        {replaced(base, "<probe>Who would you tell?</probe>", many_probes), "more than 50 <probe>"},
        {replaced(base, "number=\"4\"", ""), "<source> has no number attribute"},
        {replaced(base, "<role id=\"head-cs\"", "<role id=\"cs-manager\""), "duplicate role id"},
        {replaced(base, "<competency id=\"operations\"", "<competency id=\"kpis-metrics\""), "duplicate competency id"},
        {bank_with(kQuestion + replaced(kQuestion, "q-001", "Q-001")), "b.xml:21: duplicate question id \"Q-001\""},
        {replaced(base, "format=\"1\"", "format=\"2\""), "made by a newer version"},
        {replaced(replaced(base, "<bank", "<kit"), "</bank>", "</kit>"), "not a bank file"},
        {replaced(base, "</probe>", "</prob>"), "closed by the wrong end tag"},
        {base.substr(0, base.size() - 20), "is the file truncated?"},
        {replaced(base, "Segments by queue", "Segments <b>by</b> queue"), "may hold only text, not <b>"},
    };
    for (const auto& [xml, message] : bad) {
        INFO(message);
        check_untrusted_xml(xml, "b.xml", bank_rules::kXmlLimits);
        CHECK_FALSE(read_bank_streaming(xml, "b.xml"));
        CHECK_THROWS_WITH(parse_bank(xml, "b.xml"), Catch::Contains(message));
    }
}

TEST_CASE("random edits of a bank never make the two readers disagree", "[serialize][bank]") {
    // A small deterministic fuzzer: thousands of banks, each the sample with a few pieces of XML syntax
    // inserted, deleted or replaced. Whenever the streaming reader accepts one, the tree reader must read
    // the same content; most edits make a file it declines or one the safety checks refuse.
    const std::string base = bank_with(kQuestion + replaced(kQuestion, "q-001", "q-002"));
    const std::vector<std::string> pieces = {"<", ">", "/", "</", "/>", "&", "&amp;", "&#13;", "&#x41;", "&lt;", "\r", "\n",
                                             "\r\n", " ", "\t", "'", "\"", "=", "<!--c-->", "<![CDATA[x]]>", "<?pi?>",
                                             "\xC3\xA9", "\xEF\xBB\xBF", "text", "probe", "question", "id", "x", ""};
    std::mt19937 random(20261123);
    int accepted = 0, declined = 0;
    for (int round = 0; round < 4000; ++round) {
        std::string xml = base;
        const int edits = 1 + static_cast<int>(random() % 3);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = random() % (xml.size() + 1);
            const std::size_t remove = random() % 3 == 0 ? random() % 4 : 0;
            xml.replace(at, std::min(remove, xml.size() - at), pieces[random() % pieces.size()]);
        }
        try {
            check_untrusted_xml(xml, "b.xml", bank_rules::kXmlLimits);
        } catch (const Error&) {
            continue;
        }
        (stream_agrees_with_tree(xml) ? accepted : declined)++;
    }
    // Both outcomes occur often enough for the comparison to mean something.
    CHECK(accepted > 400);
    CHECK(declined > 400);
}

TEST_CASE("a large bank is checked beside the streaming reader, and a fault in the checks still wins", "[serialize][bank]") {
    std::string questions;
    for (int i = 0; i < 1500; ++i) questions += replaced(kQuestion, "q-001", "q-" + std::to_string(i));
    const std::string xml = bank_with(questions);
    REQUIRE(xml.size() > 700 * 1024);  // past the size from which the checks run on a second thread
    const BankContent content = parse_bank(xml, "b.xml");
    CHECK(content.questions.size() == 1500);
    CHECK(same_content(content, parse_bank_with_tree(xml, "b.xml")));

    // Faults only the checks see: the streaming reader would read these files, the checks refuse them.
    const std::size_t last_line = static_cast<std::size_t>(std::count(xml.begin(), xml.end(), '\n')) - 4;
    const std::string bad_utf8 = replaced(xml, "Segments by queue", "Segments \xC3 queue");
    CHECK(read_bank_streaming(bad_utf8, "b.xml"));
    CHECK_THROWS_WITH(parse_bank(bad_utf8, "b.xml"), Catch::StartsWith("b.xml:15: the file is not valid UTF-8"));
    std::string late_control = xml;
    late_control.insert(late_control.rfind("cr</tag>"), "\x01");
    CHECK(read_bank_streaming(late_control, "b.xml"));
    CHECK_THROWS_WITH(parse_bank(late_control, "b.xml"),
                      Catch::StartsWith("b.xml:" + std::to_string(last_line) + ": not an XML text file"));
}
