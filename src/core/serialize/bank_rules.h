#pragma once
/// \file bank_rules.h
/// What the two bank readers agree on (the tree reader in bank_reader.cpp and the streaming reader in
/// bank_stream_reader.cpp): the format number, the limits on minutes, repeated items and the file's markup, what counts as blank, the
/// known levels and case-insensitive sets of question ids.

#include "serialize/xml_input.h"
#include "util/text.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_set>

namespace ikit::bank_rules {

/// The bank format these readers read and the writer writes.
constexpr int kFormat = 1;

/// Most <listen-for>, <probe>, <red-flag> or <tag> elements accepted in one question.
constexpr std::size_t kMaxItems = 50;

/// Most minutes a bank question may plan.
constexpr int kMaxMinutes = 240;

/// Minutes of a bank question that names none.
constexpr int kDefaultMinutes = 5;

/// What check_untrusted_xml accepts in a bank file. The format sets no limit on the number of questions, so
/// the element limit comes from the 256 MiB file limit and the shape of a real bank: 4,000,000 elements is
/// 250,000 questions of 16 elements (the shipped bank has 78 questions of about 12); no element has more
/// than 8 attributes (<question id type minutes roles competencies level rubric scored>), 16 leaves room.
constexpr XmlLimits kXmlLimits{16, 4000000};

/// True when `value` holds nothing but ASCII white space (a required attribute or a text that is blank).
inline bool blank(std::string_view value) {
    for (const char c : value)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
    return true;
}

/// True for the levels a question may name.
inline bool known_level(std::string_view level) {
    return level == "manager" || level == "director" || level == "head";
}

/// The value of a question's scored="…" attribute: "true" or "false", else nullopt.
inline std::optional<bool> scored_value(std::string_view value) {
    if (value == "true") return true;
    if (value == "false") return false;
    return std::nullopt;
}

/// ASCII-case-insensitive hash, for question ids.
struct CaselessHash {
    std::size_t operator()(std::string_view s) const {
        std::size_t h = 1469598103934665603ull;
        for (const char c : s) h = (h ^ static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c)) * 1099511628211ull;
        return h;
    }
};

/// ASCII-case-insensitive equality, for question ids.
struct CaselessEqual {
    bool operator()(std::string_view a, std::string_view b) const { return iequals(a, b); }
};

/// Question ids seen so far (views of ids stored elsewhere), ignoring case.
using CaselessIdSet = std::unordered_set<std::string_view, CaselessHash, CaselessEqual>;

}  // namespace ikit::bank_rules
