#include "io/file_kind.h"

#include <catch2/catch.hpp>

using namespace ikit;

TEST_CASE("file kind: PDFs, the product's XML files and everything else", "[util]") {
    CHECK(sniff_file_kind("") == FileKind::Empty);
    CHECK(sniff_file_kind("%PDF-1.7\n%\xe2\xe3") == FileKind::Pdf);
    CHECK(sniff_file_kind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kit format=\"1\">") == FileKind::Kit);
    CHECK(sniff_file_kind("\xEF\xBB\xBF<!-- saved -->\n<kit>") == FileKind::Kit);
    CHECK(sniff_file_kind("<!DOCTYPE bank>\n<bank format=\"1\"/>") == FileKind::Bank);
    CHECK(sniff_file_kind("<rubric id=\"x\">") == FileKind::Rubric);
    CHECK(sniff_file_kind("<question-rules>") == FileKind::QuestionRules);
    CHECK(sniff_file_kind("<kitchen/>") == FileKind::OtherXml);
    CHECK(sniff_file_kind("<html><body>") == FileKind::OtherXml);
    CHECK(sniff_file_kind("hello, world") == FileKind::Other);
    CHECK(sniff_file_kind("<?xml version=\"1.0\"") == FileKind::Other);  // cut before the root
    CHECK(sniff_file_kind("   \n") == FileKind::Other);
}

TEST_CASE("file kind phrases read in a sentence", "[util]") {
    CHECK(file_kind_phrase(FileKind::Kit) == "a kit");
    CHECK(file_kind_phrase(FileKind::Pdf) == "a PDF");
    CHECK(file_kind_phrase(FileKind::Bank) == "a question bank");
    CHECK(file_kind_phrase(FileKind::Other) == "a file of another kind");
}
