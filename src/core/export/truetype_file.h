#pragma once
/// \file truetype_file.h
/// A parsed TrueType font file: its table directory, character map and names (export folder only).

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ikit {

/// Reads big-endian numbers from a byte range, refusing reads past its end.
class FontBytes {
public:
    /// Wraps `bytes`; errors name `file` and say `what` part of it was read (e.g. "table cmap").
    FontBytes(std::string_view bytes, std::string file, std::string what);

    std::uint8_t u8(std::size_t offset) const;    ///< unsigned byte at `offset`; throws Error when out of range
    std::uint16_t u16(std::size_t offset) const;  ///< unsigned 16-bit number at `offset`; throws Error
    std::int16_t s16(std::size_t offset) const;   ///< signed 16-bit number at `offset`; throws Error
    std::uint32_t u32(std::size_t offset) const;  ///< unsigned 32-bit number at `offset`; throws Error
    /// `length` bytes from `offset`; throws Error when out of range.
    std::string_view slice(std::size_t offset, std::size_t length) const;
    std::size_t size() const { return bytes_.size(); }         ///< number of bytes
    [[noreturn]] void fail(const std::string& problem) const;  ///< throws Error "<file>: <problem> (<what>)"

private:
    void need(std::size_t offset, std::size_t length) const;
    std::string_view bytes_;
    std::string file_;
    std::string what_;
};

/// A code point → glyph id map, sorted by code point (glyph 0, "missing", is never stored).
using CharacterMap = std::vector<std::pair<char32_t, std::uint16_t>>;

/// A TrueType font file held in memory (not a collection, not a CFF-based OpenType font).
class TrueTypeFile {
public:
    /// Parses the table directory and the character map; throws Error naming `file_name`
    /// when the bytes are not a usable TrueType font.
    TrueTypeFile(std::string bytes, std::string file_name);
    TrueTypeFile(const TrueTypeFile&) = delete;
    TrueTypeFile& operator=(const TrueTypeFile&) = delete;

    /// The raw bytes of table `tag` (e.g. "cmap"), or an empty view when the font lacks it.
    std::string_view table(const std::string& tag) const;
    /// True when the font has table `tag`.
    bool has_table(const std::string& tag) const { return tables_.count(tag) != 0; }
    /// Every code point the font maps to a glyph, with its glyph id (formats 4 and 12 of cmap).
    const CharacterMap& character_map() const { return cmap_; }
    /// The glyph id of `code_point`, or 0 when the font has no glyph for it.
    std::uint16_t glyph_of(char32_t code_point) const;
    /// The font's full name from its name table (e.g. "DejaVu Sans"), or the file's base name.
    const std::string& display_name() const { return display_name_; }
    /// The file the font was read from.
    const std::string& file_name() const { return file_name_; }
    /// Number of glyphs (maxp).
    std::uint16_t glyph_count() const { return glyph_count_; }

private:
    void read_directory();
    void read_character_map();
    void read_display_name();

    std::string bytes_;
    std::string file_name_;
    std::map<std::string, std::pair<std::size_t, std::size_t>> tables_;  // tag → offset, length
    CharacterMap cmap_;
    std::string display_name_;
    std::uint16_t glyph_count_ = 0;
};

}  // namespace ikit
