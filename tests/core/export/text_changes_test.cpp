// Every change printing makes to what a user typed is reported, and long texts still print.
#include "export/pdf_export.h"
#include "pdf_test_tools.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ikit;

namespace {
bool has_warning(const PdfResult& r, const std::string& part) {
    return std::any_of(r.warnings.begin(), r.warnings.end(),
                       [&](const std::string& w) { return w.find(part) != std::string::npos; });
}
PdfOptions scorecard_for(const std::string& candidate, std::vector<std::string> interviewers = {"Ana"}) {
    PdfOptions o;
    o.candidate = candidate;
    o.interviewers = std::move(interviewers);
    return o;
}
}  // namespace

TEST_CASE("a title longer than a PDF string prints, and the cut property is reported", "[export][text-changes]") {
    Kit kit = test::export_sample_kit();
    kit.properties.title.clear();
    for (int i = 0; i < 7000; ++i) kit.properties.title += "Long title ";  // 77,000 bytes
    const PdfResult r = render_pdf(kit, scorecard_for("Zoë"));
    CHECK(r.pages >= 1);
    CHECK(has_warning(r, "the kit title: the PDF's document properties and bookmarks hold its first 1,000 characters"));
    CHECK(test::run_command("pdfinfo " + test::shell_quote(test::save_pdf(r.bytes, "long_title"))).status == 0);
}

TEST_CASE("invisible characters in a name are reported by code point", "[export][text-changes]") {
    const PdfResult r = render_pdf(test::export_sample_kit(), scorecard_for("Zo\u200D\u00EB", {"Ana\u202Emaria"}));
    CHECK(has_warning(r, "the candidate's name: invisible characters are not printed (U+200D)"));
    CHECK(has_warning(r, "invisible characters are not printed (U+202E)"));
}

TEST_CASE("a name too long for its field is reported when it is shortened", "[export][text-changes]") {
    const PdfResult r = render_pdf(test::export_sample_kit(), scorecard_for(std::string(10000, 'x')));
    CHECK(has_warning(r, "(10,000 characters) is too long for its field and is shortened on the page"));
    const PdfResult fits = render_pdf(test::export_sample_kit(), scorecard_for("Zoë Łukasiewicz"));
    CHECK_FALSE(has_warning(fits, "too long for its field"));
}

TEST_CASE("invalid UTF-8 and emoji in the metadata are reported", "[export][text-changes]") {
    Kit kit = test::export_sample_kit();
    kit.properties.title = "Panel \xF0\x9F\x98\x80";  // U+1F600
    const PdfResult r = render_pdf(kit, scorecard_for(std::string("A\xff" "B")));
    CHECK(has_warning(r, "the candidate's name: bytes that are not valid UTF-8 print as U+FFFD"));
    CHECK(has_warning(r, "the kit title: the PDF's document properties and bookmarks show characters beyond U+FFFF"));
}

TEST_CASE("a kit typed plainly prints with no text-change warnings", "[export][text-changes]") {
    const PdfResult r = render_pdf(test::export_sample_kit(), scorecard_for("Zoë Łukasiewicz", {"José Núñez"}));
    CHECK(r.warnings.empty());
}
