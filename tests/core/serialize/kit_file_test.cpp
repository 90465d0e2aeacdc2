#include "serialize/kit_file.h"
#include "test_kits.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace ikit;

TEST_CASE("a kit survives write and read unchanged", "[serialize]") {
    const Kit kit = test::sample_kit();
    const std::string xml = write_kit(kit);
    const Kit back = parse_kit(xml, "mem.ikit");
    CHECK(back == kit);
    SECTION("and serializes to the same bytes again") { CHECK(write_kit(back) == xml); }
}

TEST_CASE("any Unicode, spaces, newlines and XML-special characters survive", "[serialize]") {
    Kit kit = test::sample_kit();
    const std::vector<std::string> texts{
        u8"Zoë Łukasiewicz, José Núñez, Ørjan Æsir",
        u8"Ελένη Παπαδοπούλου / Дмитрий Иванов",
        u8"日本語の質問 😀👍🏽",
        "  leading and trailing spaces  ",
        "line one\nline two\n\nline four",
        "windows\r\nline ends\r\n",
        "tabs\tinside",
        "special < > & \" ' ]]> <!-- not a comment --> &amp; &#38;",
        "   ",
    };
    auto& q = kit.sections[0].questions[0];
    q.listen_for = texts;
    q.text = texts[3];
    q.rubric.levels[2].label = "label with \"quotes\"\nand a newline\tand tab";
    kit.properties.title = texts[0] + "\r\n" + texts[2];
    kit.competencies[0].name = "KPIs & <metrics> \"quoted\"";
    const Kit back = parse_kit(write_kit(kit), "mem.ikit");
    CHECK(back.sections[0].questions[0].listen_for == texts);
    CHECK(back.sections[0].questions[0].text == texts[3]);
    CHECK(back.sections[0].questions[0].rubric.levels[2].label == kit.sections[0].questions[0].rubric.levels[2].label);
    CHECK(back.properties.title == kit.properties.title);
    CHECK(back == kit);
}

TEST_CASE("the output is ordered, indented UTF-8", "[serialize]") {
    const std::string xml = write_kit(test::sample_kit());
    CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kit format=\"1\">\n  <properties>\n", 0) == 0);
    CHECK(xml.find("\n      <question id=\"q1\" bank-id=\"csl-004\" type=\"technical\" minutes=\"6\"") != std::string::npos);
}

TEST_CASE("a kit from a newer version is refused with a clear message", "[serialize]") {
    std::string xml = write_kit(test::sample_kit());
    xml.replace(xml.find("format=\"1\""), 10, "format=\"7\"");
    try {
        parse_kit(xml, "new.ikit");
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("new.ikit:2: made by a newer version") == 0);
    }
}

TEST_CASE("unknown elements of a later minor version are kept, not dropped", "[serialize]") {
    std::string xml = write_kit(test::sample_kit());
    xml.insert(xml.rfind("</kit>"), "  <scoring-notes mode=\"x\"><note>keep me</note></scoring-notes>\n");
    xml.insert(xml.find("<text>"), "<future-field>hmm</future-field>");
    std::vector<std::string> warnings;
    const Kit kit = parse_kit(xml, "later.ikit", &warnings);
    REQUIRE(kit.extensions.size() == 1);
    CHECK(kit.extensions[0].find("keep me") != std::string::npos);
    CHECK(write_kit(kit).find("<scoring-notes mode=\"x\"><note>keep me</note></scoring-notes>") != std::string::npos);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].find("<future-field>") != std::string::npos);
    CHECK(warnings[1].find("kept unknown element <scoring-notes>") != std::string::npos);
}

namespace {
std::string error_of(const std::string& xml) {
    try {
        parse_kit(xml, "bad.ikit");
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}
}  // namespace

TEST_CASE("files from strangers get a one-line error naming the file and line", "[serialize][hostile]") {
    const std::string good = write_kit(test::sample_kit());
    CHECK(error_of("") == "bad.ikit: the file is empty");
    CHECK(error_of("   \n ") == "bad.ikit: it holds only white space, no XML");
    CHECK(error_of(std::string("\x89PNG\r\n\x1a\n\0\0\0", 11)).find("binary") != std::string::npos);
    CHECK(error_of(good.substr(0, good.size() / 2)).find("bad.ikit:") == 0);
    CHECK(error_of("<?xml version=\"1.0\"?>\n<html><body/></html>") ==
          "bad.ikit:2: not a kit file: the root element is <html>, expected <kit>");
    CHECK(error_of("<kit format=\"1\"><sections/></kit>") == "bad.ikit:1: the kit has no <properties>");
    CHECK(error_of("<kit format=\"1\"><properties/></kit>") == "bad.ikit:1: the kit has no <sections>");
    CHECK(error_of("<kit><properties/><sections/></kit>") == "bad.ikit:1: <kit> has no format attribute");
    CHECK(error_of("<kit format=\"one\"><properties/><sections/></kit>") ==
          "bad.ikit:1: attribute format=\"one\" of <kit> must be a whole number from 1 to 1000000");

    std::string dup = good;
    dup.replace(dup.find("id=\"q2\""), 7, "id=\"q1\"");
    CHECK(error_of(dup).find("duplicate question id \"q1\"") != std::string::npos);

    std::string bad_utf8 = good;
    bad_utf8.insert(bad_utf8.find("Panel"), "\xC3\x28");
    CHECK(error_of(bad_utf8) .find("bad.ikit:4: the file is not valid UTF-8") == 0);

    const std::string doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE kit [<!ENTITY lol \"lol\">]>\n<kit format=\"1\"/>";
    CHECK(error_of(doctype).find("bad.ikit:2: refused: DOCTYPE") == 0);
    CHECK(error_of("<kit format=\"1\">\n<!ENTITY x SYSTEM \"file:///etc/passwd\">").find("entity") != std::string::npos);

    std::string deep = "<kit format=\"1\"><properties/><sections/>";
    for (int i = 0; i < 5000; ++i) deep += "<x>";
    CHECK(error_of(deep).find("nested deeper than") != std::string::npos);

    std::string unknown_rubric = good;
    const auto start = unknown_rubric.find("<rubric id=\"kpis-metrics\"");
    const auto end = unknown_rubric.find("</rubric>", start) + 9;
    unknown_rubric.replace(start, end - start, "<rubric id=\"nowhere\"/>");
    CHECK(error_of(unknown_rubric).find("refers to rubric \"nowhere\" but the kit holds no copy") != std::string::npos);
}

TEST_CASE("absurd counts are refused", "[serialize][hostile]") {
    std::string many = "<kit format=\"1\"><properties/><sections><section id=\"s\">";
    for (int i = 0; i < 1001; ++i) many += "<question id=\"q" + std::to_string(i) + "\"><text>t</text></question>";
    many += "</section></sections></kit>";
    CHECK(error_of(many).find("refused: too many questions") != std::string::npos);
}

TEST_CASE("files over the size limit are refused before they are read", "[serialize][hostile]") {
    const std::string dir = test::fresh_dir("oversize");
    const std::string path = dir + "/huge-kit.bin";
    std::filesystem::resize_file((std::ofstream(path), path), kMaxKitFileBytes + 1);
    try {
        read_kit_file(path);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("larger than the limit of 16 MiB") != std::string::npos);
    }
}
