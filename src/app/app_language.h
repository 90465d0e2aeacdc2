#pragma once
/// \file app_language.h
/// The language the app speaks: the one chosen in Preferences, else the desktop's. Sets up wxWidgets'
/// translations (the "ikit" catalog and wx's own, for stock buttons) and the core's messages in that
/// one language, so the menus, the dialogs and the checks' findings agree.

#include <wx/string.h>

#include <string>
#include <vector>

namespace ikit {

/// The language chosen in Preferences ("" = the desktop's), read from wxConfig (/Preferences/language).
std::string chosen_language();
/// Keeps `code` ("" = the desktop's) as the language of the next start, in wxConfig.
void set_chosen_language(const std::string& code);

/// The desktop's languages, most wanted first: $LANGUAGE (a colon list, as gettext reads it), then the
/// first of $LC_ALL, $LC_MESSAGES, $LANG, then the system's (for desktops without these variables);
/// encodings and modifiers dropped ("de_DE.UTF-8@euro" → "de_DE"); "C" and "POSIX" read as "en".
std::vector<std::string> desktop_languages();

/// The language to speak among `available` (codes such as "de"; "en" is always spoken): `chosen` when it
/// is available, else the first of `preferred` that is (its region dropped if need be: "de_AT" → "de");
/// "en" when a preferred language is English or none is available.
std::string pick_language(const std::string& chosen, const std::vector<std::string>& preferred,
                          const std::vector<std::string>& available);

/// The languages the app can speak: "en" and each language with an "ikit" catalog in the catalog folders
/// (the pseudo-language "qps" too, when built, for layout tests).
std::vector<std::string> app_languages();

/// Folders searched for <lang>/LC_MESSAGES/ikit.mo, the core's (locale_dirs()): $IKIT_LOCALE_DIR when the
/// app was given it, the installed one (<exe>/../share/locale) and the build tree's (<build>/locale).
std::vector<std::string> catalog_folders();

/// Speaks `chosen` ("" = the desktop's language) from now on: wxTranslations with the "ikit" and wx's own
/// catalogs, and the core's translator (set_ui_translator) in the same language. Returns the language
/// used ("en" when there is no catalog for the one wanted). Call before any window is made.
std::string start_translations(const std::string& chosen);

/// The name of a language in that language ("de" → "Deutsch"), for the language choices.
wxString language_name(const std::string& code);

}  // namespace ikit
