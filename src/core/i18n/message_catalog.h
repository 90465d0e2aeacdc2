#pragma once
/// \file message_catalog.h
/// One language's translated messages, as read from a compiled gettext catalog (.mo).

#include "i18n/plural_rule.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ikit {

/// The translations of one catalog: a key (the msgid, or "context\x04msgid") to its translated forms
/// (one form, or one per plural form), and which plural form a count takes.
class MessageCatalog {
public:
    /// An empty catalog: nothing is translated, plurals follow English (one / other).
    MessageCatalog() = default;

    /// The translated forms of `key`; nullptr when the catalog does not translate it.
    const std::vector<std::string>* find(std::string_view key) const;

    /// The plural form index for `n` (English rule until a Plural-Forms header is read), below nplurals().
    std::size_t plural_index(unsigned long n) const;

    /// The catalog's plural rule (English's by default).
    const PluralRule& plural_rule() const { return plural_rule_; }
    /// Sets the plural rule (read from the catalog's Plural-Forms header).
    void set_plural_rule(PluralRule rule) { plural_rule_ = std::move(rule); }

    /// Adds (or replaces) the translation of `key`.
    void add(std::string key, std::vector<std::string> forms);

    /// Number of translated messages.
    std::size_t size() const { return messages_.size(); }

private:
    std::unordered_map<std::string, std::vector<std::string>> messages_;
    PluralRule plural_rule_;
};

}  // namespace ikit
