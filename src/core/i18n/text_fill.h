#pragma once
/// \file text_fill.h
/// Fills the numbered places of a translated message: "{1} has {2} questions". Numbered places let a
/// translation put the values in its own order; a message is never built by joining fragments.

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace ikit {

/// `pattern` with every "{N}" (N = 1…9) replaced by the N-th value; a place without a value, and any
/// other brace, is kept as written. For any character type: UTF-8 messages and the PDF forms' UTF-32 text.
template <typename Char>
std::basic_string<Char> fill_places(std::basic_string_view<Char> pattern, const std::basic_string_view<Char>* args,
                                    std::size_t count) {
    std::basic_string<Char> out;
    out.reserve(pattern.size() + 16 * count);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == Char('{') && i + 2 < pattern.size() && pattern[i + 1] >= Char('1') &&
            pattern[i + 1] <= Char('9') && pattern[i + 2] == Char('}')) {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - Char('1'));
            if (index < count) {
                out += args[index];
                i += 2;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

/// fill_places for UTF-8 text.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values);

}  // namespace ikit
