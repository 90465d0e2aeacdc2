#pragma once
/// \file print_language.h
/// Which language a kit's printed forms speak: the one asked for (`ikit export --language`), else the kit's
/// own (KitProperties::language), else the user's.

#include "i18n/translator.h"
#include "model/kit.h"

#include <string>

namespace ikit {

/// The language code the forms of `kit` are printed in: `override_language` when not empty, else the kit's
/// language when set, else the user's (ui_translator()).
std::string print_language(const Kit& kit, const std::string& override_language);

/// The labels of `kit`'s printed forms: a Translator for print_language(), loaded from the shipped catalogs
/// (English when there is none for it).
Translator print_translator(const Kit& kit, const std::string& override_language);

}  // namespace ikit
