#pragma once
/// \file text_wrap.h
/// Line breaking by measured width, independent of any PDF library.

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace ikit {

/// The advance width of one character, in points, at the size being laid out.
using AdvanceFn = std::function<float(char32_t)>;

/// The advance width of the character at an index of the text being wrapped (for mixed styles).
using AdvanceAtFn = std::function<float(std::size_t)>;

/// A line as a range [first, second) of indexes into the wrapped text (spaces at breaks excluded).
using LineRange = std::pair<std::size_t, std::size_t>;

/// The width of `text` in points.
float text_width(const std::u32string& text, const AdvanceFn& advance);

/// Breaks one paragraph into lines no wider than `width`: at spaces, and between characters only
/// when a word alone is wider than a line. Returns at least one range (empty for an empty text).
std::vector<LineRange> wrap_ranges(const std::u32string& text, float width, const AdvanceAtFn& advance_at);

/// wrap_ranges for text in one style, returning the lines themselves.
std::vector<std::u32string> wrap_text(const std::u32string& text, float width, const AdvanceFn& advance);

/// `text` shortened with a trailing "…" so that it is no wider than `width`.
std::u32string fit_text(const std::u32string& text, float width, const AdvanceFn& advance);

}  // namespace ikit
