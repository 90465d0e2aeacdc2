#include "io/csv_table.h"

#include "util/error.h"

#include <catch2/catch.hpp>

using namespace ikit;

namespace {
std::string error_of(const std::string& text, const CsvLimits& limits = {}) {
    try {
        parse_csv(text, "people.csv", limits);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}
}  // namespace

TEST_CASE("CSV as LibreOffice writes it: comma, LF, quotes only where needed", "[csv]") {
    const auto t = parse_csv("candidate,date\nZoë Łukasiewicz,2026-12-03\n\"Smith, Jo\",\n", "x.csv");
    REQUIRE(t.separator == ',');
    REQUIRE(t.header == std::vector<std::string>{"candidate", "date"});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cells == std::vector<std::string>{"Zoë Łukasiewicz", "2026-12-03"});
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[1].cell(0) == "Smith, Jo");
    CHECK(t.rows[1].cell(1) == "");
    CHECK(t.rows[1].cell(7) == "");
}

TEST_CASE("CSV as Excel writes it in a semicolon locale: BOM, semicolons, CRLF, quoted line breaks", "[csv]") {
    const std::string text =
        "\xEF\xBB\xBF" "Candidate;Interviewer:Phone screen\r\n"
        "\"Ana \"\"Nena\"\" Ruiz\";\"Line one\r\nline two\"\r\n"
        "\r\n"
        "Bo;Kim\r\n";
    const auto t = parse_csv(text, "x.csv");
    REQUIRE(t.separator == ';');
    CHECK(t.header[0] == "Candidate");
    CHECK(t.column("candidate") == 0);
    CHECK(t.column(" interviewer:phone screen ") == 1);
    CHECK(t.column("date") == std::string::npos);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cell(0) == "Ana \"Nena\" Ruiz");
    CHECK(t.rows[0].cell(1) == "Line one\nline two");
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[1].line == 5);  // the quoted line break and the blank line both count
    CHECK(t.rows[1].cell(1) == "Kim");
}

TEST_CASE("broken CSV is refused with the file and the line", "[csv]") {
    CHECK(error_of("") == "people.csv:1: the file is empty: a header row naming the columns is needed");
    CHECK(error_of("\n\n") == "people.csv:1: the file is empty: a header row naming the columns is needed");
    CHECK(error_of("a,b\n1,\"open\n2,3\n") == "people.csv:2: a quoted field opened on this line is never closed");
    CHECK(error_of("a,b\n1,\"x\"y\n").find("people.csv:2: text after a closing quote in column B") == 0);
    CHECK(error_of("a,,c\n").find("people.csv:1: the header has no name in column B") == 0);
    CHECK(error_of("a,A\n").find("people.csv:1: the header names the column \"A\" twice") == 0);
    CHECK(error_of("a\n\xFF\xFE\n").find("people.csv:2: the file is not UTF-8") == 0);
    CHECK(error_of(std::string("\xFF\xFE" "a\0,\0", 6)).find("UTF-16") != std::string::npos);
    CHECK(error_of(std::string("a\nb\0c\n", 6)).find("people.csv:2: the file holds a NUL byte") == 0);
}

TEST_CASE("CSV limits refuse floods before they cost memory", "[csv]") {
    CsvLimits small;
    small.max_rows = 2;
    small.max_columns = 3;
    small.max_cell_bytes = 8;
    small.max_bytes = 64;
    CHECK(error_of("a\n1\n2\n3\n", small).find("people.csv:4: the file has more than 2 rows") == 0);
    CHECK(error_of("a\n1,2,3,4\n", small).find("people.csv:2: a row has more than 3 columns") == 0);
    CHECK(error_of("a\n123456789\n", small).find("people.csv:2: a field is longer than 8 bytes") == 0);
    CHECK(error_of("a\n\"123456789\"\n", small).find("people.csv:2: a field is longer than 8 bytes") == 0);
    CHECK(error_of(std::string(65, 'a'), small).find("people.csv: the file is larger") == 0);
}

TEST_CASE("csv_record quotes only what needs it and reads back the same", "[csv]") {
    const std::vector<std::string> cells{"plain", "a,b", "say \"hi\"", "two\nlines", " padded", ""};
    const std::string record = csv_record(cells);
    CHECK(record == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",");
    const auto t = parse_csv("h1,h2,h3,h4,h5,h6\n" + record + "\n", "x.csv");
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].cells == cells);
    CHECK(csv_record({"a;b", "c"}, ';') == "\"a;b\";c");
    CHECK(CsvTable::column_letter(0) == "A");
    CHECK(CsvTable::column_letter(25) == "Z");
    CHECK(CsvTable::column_letter(26) == "AA");
}
