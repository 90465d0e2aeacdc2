#pragma once
/// \file printable_text.h
/// Turning stored UTF-8 text into the code points that are put on paper.

#include <string>
#include <string_view>
#include <vector>

namespace ikit {

/// True for characters that are never drawn: control characters, zero-width and direction marks,
/// soft hyphens, variation selectors, byte-order marks.
bool is_invisible(char32_t code_point);

/// True for the white space printable_line turns into spaces (spaces, tabs, line breaks).
bool is_printable_space(char32_t code_point);

/// The most characters a PDF property or bookmark holds (libharu refuses strings over 64 KiB).
constexpr std::size_t kMaxPdfPropertyChars = 1000;

/// `text` as a PDF property or bookmark: cut to kMaxPdfPropertyChars, and characters beyond U+FFFF
/// (which libharu's UTF-16 conversion cannot hold) replaced by U+FFFD.
std::string pdf_property_text(std::u32string text);

/// One line of text: line breaks and tabs become spaces, invisible characters are dropped,
/// runs of spaces are collapsed and the ends trimmed.
std::u32string printable_line(std::string_view utf8);

/// The paragraphs of a text (split at line breaks, empty ones dropped), each cleaned like printable_line.
std::vector<std::u32string> printable_paragraphs(std::string_view utf8);

/// The decimal digits of `n`, as code points (e.g. U"12").
std::u32string digits(int n);

/// Encodes code points as UTF-8.
std::string to_utf8(const std::u32string& text);

}  // namespace ikit
