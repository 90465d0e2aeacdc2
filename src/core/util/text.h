#pragma once
/// \file text.h
/// Small text helpers shared by the core: case folding, trimming, UTF-8 checks.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ikit {

/// Lower-cases ASCII letters; other bytes (UTF-8 sequences) are kept.
std::string ascii_lower(std::string_view text);

/// True when `a` and `b` are equal ignoring ASCII case.
bool iequals(std::string_view a, std::string_view b);

/// Removes leading and trailing ASCII white space.
std::string trim(std::string_view text);

/// Splits on ASCII white space, dropping empty pieces.
std::vector<std::string> split_words(std::string_view text);

/// Joins `parts` with `separator`.
std::string join(const std::vector<std::string>& parts, std::string_view separator);

/// At most `max_chars` characters of `text` (code points, never a split UTF-8 sequence), with "…" when cut.
std::string shorten(std::string_view text, std::size_t max_chars);

/// True for the ASCII white-space bytes: space, tab, line feed, carriage return, form feed, vertical tab.
inline bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// Length of the valid UTF-8 sequence that starts at text[i], or 0 when it is invalid (bad lead or
/// continuation byte, truncated, overlong, surrogate, above U+10FFFF); stores its code point in
/// `*code_point` when that is not null.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i, char32_t* code_point = nullptr);

/// The longest prefix of valid UTF-8 `text` that fits in `max_bytes` without splitting a character.
std::string utf8_prefix(std::string_view text, std::size_t max_bytes);

/// Byte offset of the first invalid UTF-8 sequence in `text`, or npos when all of it is valid.
std::size_t find_invalid_utf8(std::string_view text);

/// Decodes valid UTF-8 into code points (call find_invalid_utf8 first; invalid bytes become U+FFFD).
std::vector<char32_t> decode_utf8(std::string_view text);

/// Encodes one code point as UTF-8.
std::string encode_utf8(char32_t code_point);

/// "U+1F600" for a code point.
std::string code_point_name(char32_t code_point);

/// A count with its thousands grouped by commas, as the app's English interface writes it: "100,078".
std::string grouped_count(std::size_t count);

/// Today's date as YYYY-MM-DD (local time).
std::string today_iso_date();

}  // namespace ikit
