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
