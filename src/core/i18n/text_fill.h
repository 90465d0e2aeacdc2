#pragma once
/// \file text_fill.h
/// Fills the numbered places of a translated message: "{1} has {2} questions". Numbered places let a
/// translation put the values in its own order; a message is never built by joining fragments.

#include <initializer_list>
#include <string>
#include <string_view>

namespace ikit {

/// `pattern` with every "{N}" (N = 1…9) replaced by the N-th value; a place without a value, and any
/// other brace, is kept as written.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values);

}  // namespace ikit
