#pragma once
/// \file font_coverage.h
/// Which characters a font can really draw, so that none is silently dropped from a PDF.
/// libharu draws nothing for a character its font lacks; the export asks a FontCoverage first.

#include "export/truetype_file.h"

#include <string>
#include <string_view>

namespace ikit {

/// Parses a TrueType `cmap` table (subtable format 12 when present, else format 4, from the Unicode
/// or Windows platform) into a code point → glyph map; throws Error naming `file_name` when malformed.
CharacterMap read_character_map_table(std::string_view cmap_table, const std::string& file_name);

/// The set of code points a font can draw in a PDF made with libharu.
class FontCoverage {
public:
    /// The base-14 fonts (Helvetica…) in WinAnsiEncoding.
    static FontCoverage win_ansi();
    /// A TrueType font: the code points of its character map that libharu can address
    /// (the Basic Multilingual Plane; libharu's UTF-8 encoding stops at U+FFFF).
    static FontCoverage of(const TrueTypeFile& font);

    /// True when `code_point` can be drawn.
    bool covers(char32_t code_point) const;
    /// The font's name for messages, e.g. "DejaVu Sans" or "Helvetica".
    const std::string& font_name() const { return font_name_; }

private:
    const TrueTypeFile* font_ = nullptr;  // null: WinAnsi
    std::string font_name_;
};

}  // namespace ikit
