#pragma once
/// \file language_code.h
/// What a language code looks like where a user may write one (a kit's language, `--language`).

#include <string_view>

namespace ikit {

/// True for a language code such as "de", "fr", "es", "en", "de_DE" or "pt_BR": two or three lower-case ASCII
/// letters, optionally "_" and two upper-case letters (a region).
bool is_language_code(std::string_view code);

}  // namespace ikit
