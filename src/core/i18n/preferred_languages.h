#pragma once
/// \file preferred_languages.h
/// The user's languages, most wanted first, as the environment (or Windows) names them.

#include <string>
#include <string_view>
#include <vector>

namespace ikit {

/// The language code of a locale name: "de_DE.UTF-8@euro" → "de_DE", "C" and "POSIX" (with any ".UTF-8")
/// → "en"; "" stays "".
std::string language_of_locale(std::string_view locale);

/// The languages named by gettext's variables, in gettext's order: every entry of `language` (a colon list,
/// the LANGUAGE variable), then the first non-empty of `lc_all`, `lc_messages`, `lang`. Each goes through
/// language_of_locale(); empty entries and repeats are dropped. Unlike gettext, LANGUAGE counts even when the
/// locale is "C" or unset, so `LANGUAGE=de ikit …` speaks German on a machine without locales.
std::vector<std::string> preferred_languages(std::string_view language, std::string_view lc_all,
                                             std::string_view lc_messages, std::string_view lang);

/// preferred_languages() of the variables LANGUAGE, LC_ALL, LC_MESSAGES and LANG. On Windows, when none is set,
/// the user's UI language (GetUserDefaultUILanguage, e.g. "de_DE"). Empty when nothing names a language.
std::vector<std::string> preferred_languages_from_environment();

}  // namespace ikit
