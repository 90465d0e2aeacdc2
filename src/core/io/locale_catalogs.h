#pragma once
/// \file locale_catalogs.h
/// Finds and loads the compiled message catalogs (<locale>/<lang>/LC_MESSAGES/ikit.mo) shipped with the
/// program, so the command line, the app and the printed forms can speak a language.
///
/// Where: the folders given to set_locale_dirs() (the programs pass $IKIT_LOCALE_DIR: like DataPaths, the core
/// reads no environment variable to find files), then <exe dir>/../share/locale (an installed or unpacked tree,
/// Windows too), then the build tree's <build>/locale (IKIT_BUILD_LOCALE_DIR, set by the build).

#include "i18n/message_catalog.h"
#include "i18n/translator.h"

#include <string>
#include <vector>

namespace ikit {

/// A Translator for `language` ("de", "de_DE", "de_DE.UTF-8", …): its catalog when one is shipped (the
/// region-less code is tried after the full one), else English. "" and "en" are English. Catalogs are read
/// once and shared; safe to call from several threads. A shipped catalog that cannot be read gives English
/// and its error is kept for take_catalog_errors().
Translator load_translator(const std::string& language);

/// The first of `preferred` (e.g. preferred_languages_from_environment()) that has a catalog, else English.
/// An English entry ("en", "en_GB", "C") before any shipped language means English.
Translator translator_for(const std::vector<std::string>& preferred);

/// The languages the program can speak: "en" and every shipped catalog's code, sorted after "en". The
/// pseudo-language "qps" (built for layout tests, never installed) only when `include_pseudo`.
std::vector<std::string> available_languages(bool include_pseudo = false);

/// Folders searched before the standard ones (a program passes $IKIT_LOCALE_DIR); forgets loaded catalogs.
void set_locale_dirs(std::vector<std::string> dirs);

/// Every folder searched for catalogs, in order (existing or not).
std::vector<std::string> locale_dirs();

/// Reads one compiled catalog (.mo, at most 16 MiB); throws Error naming the file and what is wrong.
MessageCatalog load_catalog_file(const std::string& path);

/// The errors of shipped catalogs that could not be read since the last call (each once), for a program to
/// print as a warning; empty when all was well.
std::vector<std::string> take_catalog_errors();

}  // namespace ikit
