#pragma once
/// \file storable_text.h
/// Whether a text typed by someone (a command-line option, a field) can be stored in a kit file as it is.

#include <string>
#include <string_view>

namespace ikit {

/// Why `text` cannot be stored in an XML 1.0 file unchanged, or "" when it can. Names the first
/// offender and where it is: invalid UTF-8 ("the byte 0xFF at byte 3 is not UTF-8"), a lone UTF-16
/// surrogate, a control character other than tab, line feed and carriage return, U+FFFE or U+FFFF.
std::string unstorable_text_reason(std::string_view text);

/// The number of characters (code points) in valid UTF-8 `text`.
std::size_t utf8_character_count(std::string_view text);

}  // namespace ikit
