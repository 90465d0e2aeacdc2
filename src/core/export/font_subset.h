#pragma once
/// \file font_subset.h
/// Cuts a TrueType font down to the characters a document uses, so the embedded font stays small.

#include "export/truetype_file.h"

#include <set>
#include <string>

namespace ikit {

/// A TrueType font file holding only the glyphs for `code_points` (those of the Basic Multilingual
/// Plane that `font` has; others are ignored) plus the glyphs they are built from. It keeps the
/// metrics, hinting programs and naming of the original, maps characters with a Windows Unicode
/// cmap (format 4), and has every table libharu requires. Throws Error when the font is malformed.
std::string subset_truetype(const TrueTypeFile& font, const std::set<char32_t>& code_points);

}  // namespace ikit
