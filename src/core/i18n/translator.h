#pragma once
/// \file translator.h
/// Text in one language: looks messages up in that language's catalog, falling back to the English
/// written in the source. The wx-free core's way to translate (the app's own strings go through wx).

#include "i18n/message_catalog.h"

#include <memory>
#include <string>

namespace ikit {

/// Translates messages into one language. A default Translator is English: every message as written.
/// Cheap to copy (the catalog is shared and never changed after loading).
class Translator {
public:
    /// English: messages as written in the source.
    Translator() = default;
    /// `language` (e.g. "de") with its loaded catalog.
    Translator(std::string language, std::shared_ptr<const MessageCatalog> catalog);

    /// The language code, "en" for the default.
    const std::string& language() const { return language_; }

    /// `msgid` in this language (as written when untranslated).
    std::string tr(const char* msgid) const;
    /// `msgid` in this language, for a message marked elsewhere with N_() (e.g. a label from a table).
    std::string tr(const std::string& msgid) const { return tr(msgid.c_str()); }
    /// The form of singular/plural that fits `n`, in this language.
    std::string trn(const char* singular, const char* plural, unsigned long n) const;
    /// `msgid` in this language, disambiguated by `context` (gettext's msgctxt).
    std::string trc(const char* context, const char* msgid) const;

    /// True when `msgid` has a translation in this language's catalog.
    bool has(const char* msgid) const;

private:
    std::string language_ = "en";
    std::shared_ptr<const MessageCatalog> catalog_;
};

}  // namespace ikit
