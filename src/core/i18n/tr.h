#pragma once
/// \file tr.h
/// Marks text shown to the user for translation (extracted by xgettext, see docs/translation.md) and
/// translates it into the user's language: the desktop's (the app) or the environment's (the command line).
/// Printed forms use the kit's language instead, through a Translator of their own.

#include "i18n/translator.h"

#include <string>

namespace ikit {

/// The translator for messages shown to the user; English until set_ui_translator() is called.
const Translator& ui_translator();

/// Sets the user's language for messages (call once at start, before any thread uses it).
void set_ui_translator(Translator translator);

/// `msgid` in the user's language.
std::string tr(const char* msgid);
/// `msgid` in the user's language, for a message marked elsewhere with N_() (e.g. a label from a table).
std::string tr(const std::string& msgid);
/// The singular or plural form that fits `n`, in the user's language.
std::string trn(const char* singular, const char* plural, unsigned long n);
/// `msgid` in the user's language, disambiguated by `context`.
std::string trc(const char* context, const char* msgid);

#ifndef N_  // GLib (and through it the app) defines the same marker as a macro
/// Marks a string for extraction without translating it here (for tables translated where shown).
constexpr const char* N_(const char* msgid) { return msgid; }
#endif

}  // namespace ikit
