// Regression tests for what the libFuzzer targets (tests/fuzz, docs/fuzzing.md) found in the readers.
// Each case names the finding; the input is the smallest one that showed it.
#include "serialize/bank_reader.h"
#include "serialize/kit_file.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ikit;

namespace {

const char* const kKit =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<kit format=\"1\">\n"
    "  <properties><title>T</title></properties>\n"
    "  <sections>\n"
    "    <section id=\"s1\">\n"
    "      <question id=\"q1\"><text>TEXT</text></question>\n"
    "    </section>\n"
    "  </sections>\n"
    "</kit>\n";

std::string kit_with_text(const std::string& text) {
    std::string xml = kKit;
    xml.replace(xml.find("TEXT"), 4, text);
    return xml;
}

const char* const kBank =
    "<bank format=\"1\">\n"
    "  <roles><role id=\"lead\">Lead</role></roles>\n"
    "  <competencies><competency id=\"talk\" name=\"Talk\">Talks.</competency></competencies>\n"
    "  <questions>\n"
    "    <question id=\"b-1\" type=\"behavioural\" roles=\"lead\" competencies=\"talk\">\n"
    "      <text>TEXT</text>\n"
    "    </question>\n"
    "  </questions>\n"
    "</bank>\n";

std::string bank_with_text(const std::string& text) {
    std::string xml = kBank;
    xml.replace(xml.find("TEXT"), 4, text);
    return xml;
}

std::string kit_error(const std::string& xml) {
    try {
        parse_kit(xml, "fuzz.ikit");
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

std::string bank_error(const std::string& xml) {
    try {
        parse_bank(xml, "fuzz.xml");
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

// Finding 1 (fuzz_kit_reader, round-trip check): a kit holding a raw control character such as U+0001
// was read, but saving drops such characters (XML cannot hold them), so the saved kit silently differed
// from the one opened. Such a file is now refused, naming the line and the character.
TEST_CASE("fuzz: a raw control character is refused with its line", "[serialize][hostile][fuzz]") {
    CHECK(kit_error(kit_with_text(std::string("a\x01") + "b")) ==
          "fuzz.ikit:6: not an XML text file (it holds the control character U+0001, which XML does not allow)");
    CHECK(bank_error(bank_with_text("bell \x07")).find("fuzz.xml:6: not an XML text file (it holds the control character U+0007") == 0);
    // Tab, line feed and carriage return are text; a NUL byte is still reported as binary data.
    CHECK(parse_kit(kit_with_text("a\tb\nc"), "ok.ikit").sections[0].questions[0].text == "a\tb\nc");
    CHECK(kit_error(kit_with_text(std::string("a\0b", 3))).find("binary data") != std::string::npos);
    // Everywhere in the file, not only in text: a comment or a tag is no hiding place.
    std::string in_comment = kKit;
    in_comment.insert(in_comment.find("<sections>"), "<!-- \x1f -->");
    CHECK(kit_error(in_comment).find("fuzz.ikit:4: not an XML text file") == 0);
}

// Finding 2 (same check, reached through the decoder): tinyxml2 decodes any numeric character
// reference, so "&#1;" produced the characters of finding 1, and "&#xD800;" / "&#x110000;" produced
// bytes that are not UTF-8 — a kit the app then wrote but could not read back. References to
// characters XML does not allow are refused.
TEST_CASE("fuzz: character references to characters XML does not allow are refused", "[serialize][hostile][fuzz]") {
    for (const char* reference : {"&#1;", "&#x1;", "&#0;", "&#x0;", "&#xD800;", "&#xdfff;", "&#x110000;",
                                  "&#99999999999999999999;", "&#x1B;"}) {
        INFO(reference);
        CHECK(kit_error(kit_with_text(std::string("a") + reference + "b")).find("fuzz.ikit:6: refused: the character reference") == 0);
        CHECK(bank_error(bank_with_text(reference)).find("fuzz.xml:6: refused: the character reference") == 0);
    }
    // Allowed references still decode.
    CHECK(parse_kit(kit_with_text("&#65;&#x42;&#9;&#13;&#x1F600;"), "ok.ikit").sections[0].questions[0].text ==
          "AB\t\r\xF0\x9F\x98\x80");
    // In attribute values too, and a reference in a comment or CDATA section is not a reference.
    std::string in_attribute = kKit;
    in_attribute.replace(in_attribute.find("id=\"q1\""), 7, "id=\"q&#2;\"");
    CHECK(kit_error(in_attribute).find("fuzz.ikit:6: refused: the character reference &#2;") == 0);
    CHECK(parse_kit(kit_with_text("<![CDATA[&#1; & x]]><!-- &#1; & -->"), "ok.ikit").sections[0].questions[0].text == "&#1; & x");
}

// Finding 3 (fuzz_bank_reader, round-trip check): a bare "&" that starts no reference is not XML, but
// tinyxml2 accepted it — and, once an earlier reference in the same text had been decoded, copied a
// stale byte in its place: "κλι&μάκωση" after "&lt;" came out as invalid UTF-8, which the app then
// wrote into a file it could not read back. Every "&" must now start a reference; "&#;", "&#X41;" and
// undefined entities such as "&nbsp;" are refused the same way.
TEST_CASE("fuzz: an & that starts no reference is refused", "[serialize][hostile][fuzz]") {
    for (const char* text : {"x &lt; y & z", "\xce\xba&lt;\xce\xbb\xce\xb9&\xce\xbc", "a &nbsp; b", "&#;", "&#x;", "&#X41;", "&#12a;",
                             "at the end &"}) {
        INFO(text);
        CHECK(kit_error(kit_with_text(text)) ==
              "fuzz.ikit:6: broken XML: an \"&\" that starts no entity or character reference (write it as &amp;)");
        CHECK(bank_error(bank_with_text(text)).find("fuzz.xml:6: broken XML: an \"&\"") == 0);
    }
    std::string in_attribute = kKit;
    in_attribute.replace(in_attribute.find("id=\"q1\""), 7, "id=\"q&amp;1 & 2\"");
    CHECK(kit_error(in_attribute).find("fuzz.ikit:6: broken XML: an \"&\"") == 0);
    // The five predefined entities are references.
    CHECK(parse_kit(kit_with_text("&lt;&gt;&amp;&quot;&apos;"), "ok.ikit").sections[0].questions[0].text == "<>&\"'");
}

// Finding 4 (fuzz_kit_reader, round-trip check): an unknown element of a newer version is kept and
// written back as it was read, but one holding "&#13;" was written with a raw carriage return, which
// the next read turns into a line feed — the kept element changed on every save. It now survives.
TEST_CASE("fuzz: a kept unknown element holding a carriage return survives saving", "[serialize][fuzz]") {
    std::string xml = kKit;
    xml.insert(xml.rfind("</kit>"), "  <later-part note=\"one&#13;two\"><item>three&#13;four</item></later-part>\n");
    const Kit kit = parse_kit(xml, "later.ikit");
    REQUIRE(kit.extensions.size() == 1);
    const Kit again = parse_kit(write_kit(kit), "saved.ikit");
    CHECK(again.extensions == kit.extensions);
    CHECK(again == kit);
    CHECK(kit.extensions[0].find("three&#13;four") != std::string::npos);
}

// The pre-read checks are one pass now; they must still tell a tag's '>' from one inside a quoted
// attribute value, and count nesting only for real elements.
TEST_CASE("fuzz: nesting is counted by tags, not by '>' inside attribute values", "[serialize][hostile][fuzz]") {
    std::string deep = "<kit format=\"1\"><properties/><sections/>";
    for (int i = 0; i < 70; ++i) deep += "<x a='>' b=\"/>\">";
    CHECK(kit_error(deep).find("nested deeper than 64") != std::string::npos);
    std::string flat = "<kit format=\"1\"><properties/><sections/>";
    for (int i = 0; i < 70; ++i) flat += "<x a='<!-- >' b=\"/>\"/>";
    flat += "</kit>";
    CHECK(kit_error(flat).find("nested") == std::string::npos);
}

// Finding 5 (fuzz_bank_reader, round-trip check): a role without a name is named after its id, and the
// id was taken with its white space while names read from the file are trimmed, so a role whose id held
// a line break got a different name after write_bank and parse_bank. The fallback name is trimmed too.
TEST_CASE("fuzz: a role named after its id keeps that name through a save", "[serialize][fuzz]") {
    std::string xml = kBank;
    xml.replace(xml.find("<role id=\"lead\">Lead</role>"), 27, "<role id=\"&#10;lead \"></role><role id=\"x\">X</role>");
    xml.replace(xml.find("roles=\"lead\""), 12, "roles=\"x\"");
    const BankContent content = parse_bank(xml, "roles.xml");
    REQUIRE(content.roles.size() == 2);
    CHECK(content.roles[0].name == "lead");
    const BankContent again = parse_bank(write_bank(content), "saved.xml");
    CHECK(again.roles == content.roles);
}
