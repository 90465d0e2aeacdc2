#pragma once
// Helpers for the PDF export tests: the poppler/qpdf command-line tools (pdftotext, pdfinfo, qpdf)
// run on rendered files. The kits they print come from the shared test kits.

#include "test_kits.h"

#include <string>
#include <vector>

namespace ikit::test {

/// The output and exit status of a shell command.
struct CommandResult {
    int status = -1;     ///< exit status (-1 when it could not run)
    std::string output;  ///< standard output (standard error is discarded)
};

/// Runs `command` with /bin/sh.
CommandResult run_command(const std::string& command);

/// Writes `bytes` to a fresh folder under the test output folder; returns the file's path.
std::string save_pdf(const std::string& bytes, const std::string& name);

/// Text of a PDF via `pdftotext` (UTF-8), with every run of white space turned into one space.
std::string pdf_text(const std::string& path);

/// The "Pages" and "Page size" lines of `pdfinfo` (e.g. 3, "595.28 x 841.89 pts (A4)").
struct PdfInfo {
    int pages = 0;          ///< page count
    std::string page_size;  ///< the "Page size" value
    std::string title;      ///< document title
    std::string author;     ///< document author
    std::string subject;    ///< document subject
    std::string creator;    ///< creating program
};

/// Runs `pdfinfo` on `path`.
PdfInfo pdf_info(const std::string& path);

/// A word's box from `pdftotext -bbox`, in points from the top left of its page.
struct WordBox {
    int page = 0;                                       ///< 1-based
    double page_width = 0;                              ///< points
    double page_height = 0;                             ///< points
    double x_min = 0, y_min = 0, x_max = 0, y_max = 0;  ///< box
    std::string word;                                   ///< the word
};

/// Every word of the PDF with its box.
std::vector<WordBox> pdf_words(const std::string& path);

/// True when `qpdf --check` finds no problem.
bool qpdf_check(const std::string& path);

/// Quotes `text` for /bin/sh.
std::string shell_quote(const std::string& text);

}  // namespace ikit::test
