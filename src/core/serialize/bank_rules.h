#pragma once
/// \file bank_rules.h
/// What the two bank readers agree on (the tree reader in bank_reader.cpp and the streaming reader in
/// bank_stream_reader.cpp): the format number, the limit on repeated items, what counts as blank, the
/// known levels and case-insensitive sets of question ids.

#include "util/text.h"

#include <cstddef>
#include <string_view>
#include <unordered_set>

namespace ikit::bank_rules {

/// The bank format these readers read and the writer writes.
constexpr int kFormat = 1;

/// Most <listen-for>, <probe>, <red-flag> or <tag> elements accepted in one question.
constexpr std::size_t kMaxItems = 50;

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
