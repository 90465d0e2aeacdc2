#include "export/font_coverage.h"

#include "export/win_ansi.h"

#include <algorithm>

namespace ikit {

namespace {

// More entries than Unicode has code points means overlapping (hostile) ranges.
constexpr std::size_t kMaxMapEntries = 0x110000;

// Reads a format 4 subtable (16-bit code points) at `base` into `out`.
void read_format4(const FontBytes& in, std::size_t base, CharacterMap& out) {
    const std::size_t segments = in.u16(base + 6) / 2u;
    const std::size_t ends = base + 14;
    const std::size_t starts = ends + 2 * segments + 2;
    const std::size_t deltas = starts + 2 * segments;
    const std::size_t range_offsets = deltas + 2 * segments;
    for (std::size_t s = 0; s < segments; ++s) {
        const std::uint32_t end = in.u16(ends + 2 * s);
        const std::uint32_t start = in.u16(starts + 2 * s);
        const std::uint16_t delta = in.u16(deltas + 2 * s);
        const std::uint16_t range_offset = in.u16(range_offsets + 2 * s);
        for (std::uint32_t c = start; c <= end && c != 0xFFFF; ++c) {
            std::uint16_t glyph;
            if (range_offset == 0) {
                glyph = static_cast<std::uint16_t>(c + delta);
            } else {
                glyph = in.u16(range_offsets + 2 * s + range_offset + 2 * (c - start));
                if (glyph != 0) glyph = static_cast<std::uint16_t>(glyph + delta);
            }
            if (glyph != 0) out.emplace_back(static_cast<char32_t>(c), glyph);
            if (out.size() > kMaxMapEntries) in.fail("the character map has overlapping ranges");
        }
    }
}

// Reads a format 12 subtable (any code point) at `base` into `out`.
void read_format12(const FontBytes& in, std::size_t base, CharacterMap& out) {
    const std::uint32_t groups = in.u32(base + 12);
    in.slice(base + 16, static_cast<std::size_t>(groups) * 12);  // checks the range before looping
    for (std::uint32_t g = 0; g < groups; ++g) {
        const std::size_t at = base + 16 + 12u * g;
        const std::uint32_t start = in.u32(at);
        const std::uint32_t end = in.u32(at + 4);
        const std::uint32_t first_glyph = in.u32(at + 8);
        if (start > end || end > 0x10FFFF) in.fail("a character group is out of range");
        for (std::uint32_t c = start; c <= end; ++c) {
            const std::uint32_t glyph = first_glyph + (c - start);
            if (glyph != 0 && glyph <= 0xFFFF)
                out.emplace_back(static_cast<char32_t>(c), static_cast<std::uint16_t>(glyph));
            if (out.size() > kMaxMapEntries) in.fail("the character map has overlapping ranges");
        }
    }
}

}  // namespace

CharacterMap read_character_map_table(std::string_view cmap_table, const std::string& file_name) {
    const FontBytes in(cmap_table, file_name, "table cmap");
    const std::uint16_t count = in.u16(2);
    std::size_t best = 0;
    int best_rank = 0;  // 2: format 12, 1: format 4
    for (std::uint16_t i = 0; i < count; ++i) {
        const std::size_t record = 4 + 8u * i;
        const std::uint16_t platform = in.u16(record);
        const std::uint16_t encoding = in.u16(record + 2);
        const std::uint32_t offset = in.u32(record + 4);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode) continue;
        const std::uint16_t format = in.u16(offset);
        const int rank = format == 12 ? 2 : format == 4 ? 1 : 0;
        if (rank > best_rank) {
            best_rank = rank;
            best = offset;
        }
    }
    if (best_rank == 0) in.fail("it has no Unicode character map (cmap format 4 or 12)");
    CharacterMap map;
    if (best_rank == 2)
        read_format12(in, best, map);
    else
        read_format4(in, best, map);
    std::sort(map.begin(), map.end());
    map.erase(std::unique(map.begin(), map.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
              map.end());
    return map;
}

FontCoverage FontCoverage::win_ansi() {
    FontCoverage coverage;
    coverage.font_name_ = "Helvetica";
    return coverage;
}

FontCoverage FontCoverage::of(const TrueTypeFile& font) {
    FontCoverage coverage;
    coverage.font_ = &font;
    coverage.font_name_ = font.display_name();
    return coverage;
}

bool FontCoverage::covers(char32_t cp) const {
    if (!font_) return is_win_ansi(cp);
    return cp <= 0xFFFF && font_->glyph_of(cp) != 0;
}

}  // namespace ikit
