#pragma once
/// \file locale_catalogs.h
/// Finds and loads the compiled message catalogs (<locale>/<lang>/LC_MESSAGES/ikit.mo) shipped with the
/// program, so the command line, the app and the printed forms can speak a language.

#include "i18n/translator.h"

#include <string>
#include <vector>

namespace ikit {

/// A Translator for `language` ("de", "de_DE", "de_DE.UTF-8", …): its catalog when one is shipped (the
/// region-less code is tried after the full one), else English. "" and "en" are English. Catalogs are read
/// once and shared; safe to call from several threads.
Translator load_translator(const std::string& language);

/// The first of `preferred` (e.g. preferred_languages_from_environment()) that has a catalog, else English.
Translator translator_for(const std::vector<std::string>& preferred);

/// The languages the program can speak: "en" and every shipped catalog's code, sorted after "en".
std::vector<std::string> available_languages();

}  // namespace ikit
