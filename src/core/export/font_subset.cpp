#include "export/font_subset.h"

#include <algorithm>
#include <map>
#include <vector>

namespace ikit {

namespace {

// Composite glyph component flags (TrueType 'glyf').
constexpr std::uint16_t kArgsAreWords = 0x0001;
constexpr std::uint16_t kHaveScale = 0x0008;
constexpr std::uint16_t kMoreComponents = 0x0020;
constexpr std::uint16_t kHaveXYScale = 0x0040;
constexpr std::uint16_t kHaveTwoByTwo = 0x0080;

void put16(std::string& out, unsigned value) {
    out += static_cast<char>((value >> 8) & 0xFF);
    out += static_cast<char>(value & 0xFF);
}

void put32(std::string& out, std::uint32_t value) {
    put16(out, value >> 16);
    put16(out, value & 0xFFFF);
}

void set16(std::string& out, std::size_t at, unsigned value) {
    out[at] = static_cast<char>((value >> 8) & 0xFF);
    out[at + 1] = static_cast<char>(value & 0xFF);
}

void set32(std::string& out, std::size_t at, std::uint32_t value) {
    set16(out, at, value >> 16);
    set16(out, at + 2, value & 0xFFFF);
}

// Pads `data` with zero bytes to a multiple of four, as tables and glyphs are aligned.
void pad_to_four(std::string& data) {
    while (data.size() % 4) data += '\0';
}

// The fields that let a reader binary-search `count` entries of `entry_size` bytes (the cmap's segments,
// the font's table directory): the largest power of two entries not above `count`, in bytes; its log2;
// and the bytes of the entries beyond it.
struct BinarySearchFields {
    unsigned search_range = 0;
    unsigned entry_selector = 0;
    unsigned range_shift = 0;
};

BinarySearchFields binary_search_fields(unsigned count, unsigned entry_size) {
    unsigned power = 1, log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    return {power * entry_size, log2, count * entry_size - power * entry_size};
}

std::uint32_t checksum(const std::string& table) {
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < table.size(); i += 4) {
        std::uint32_t word = 0;
        for (std::size_t k = 0; k < 4; ++k)
            word = (word << 8) | (i + k < table.size() ? static_cast<unsigned char>(table[i + k]) : 0u);
        sum += word;
    }
    return sum;
}

// Reads the outlines of the source font.
class Outlines {
public:
    explicit Outlines(const TrueTypeFile& font)
        : head_(font.table("head"), font.file_name(), "table head"),
          loca_(font.table("loca"), font.file_name(), "table loca"),
          glyf_(font.table("glyf"), font.file_name(), "table glyf"),
          long_offsets_(head_.s16(50) != 0),
          count_(font.glyph_count()) {}

    // The bytes of glyph `id` (empty for a glyph without outline).
    std::string_view glyph(std::uint16_t id) const {
        if (id >= count_) glyf_.fail("a glyph id is out of range");
        const std::size_t begin = offset(id);
        const std::size_t end = offset(id + 1);
        if (end < begin) glyf_.fail("glyph offsets go backwards");
        return glyf_.slice(begin, end - begin);
    }

    // The glyphs a composite glyph is built from, with the byte offset of each glyph index in `data`.
    std::vector<std::pair<std::size_t, std::uint16_t>> components(std::string_view data) const {
        std::vector<std::pair<std::size_t, std::uint16_t>> parts;
        if (data.size() < 10) return parts;
        const FontBytes in(data, "", "composite glyph");
        if (in.s16(0) >= 0) return parts;  // a simple glyph
        std::size_t at = 10;
        for (;;) {
            const std::uint16_t flags = in.u16(at);
            parts.emplace_back(at + 2, in.u16(at + 2));
            at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
            if (flags & kHaveScale)
                at += 2;
            else if (flags & kHaveXYScale)
                at += 4;
            else if (flags & kHaveTwoByTwo)
                at += 8;
            if (!(flags & kMoreComponents)) break;
            if (parts.size() > 1000) in.fail("too many components");
        }
        return parts;
    }

private:
    std::size_t offset(std::size_t id) const { return long_offsets_ ? loca_.u32(4 * id) : 2u * loca_.u16(2 * id); }

    FontBytes head_;
    FontBytes loca_;
    FontBytes glyf_;
    bool long_offsets_;
    std::uint16_t count_;
};

// The source font's horizontal metrics (hhea, hmtx).
class HorizontalMetrics {
public:
    explicit HorizontalMetrics(const TrueTypeFile& font)
        : hhea_(font.table("hhea"), font.file_name(), "table hhea"),
          hmtx_(font.table("hmtx"), font.file_name(), "table hmtx"),
          full_(hhea_.u16(34)) {
        if (full_ == 0) hhea_.fail("no horizontal metrics");
    }

    // Appends glyph `id`'s advance and left side bearing; glyphs past the last full metric share its
    // advance and have a bearing of their own.
    void append(std::string& out, std::uint16_t id) const {
        const std::size_t metric = std::min<std::size_t>(id, full_ - 1u);
        put16(out, hmtx_.u16(4 * metric));
        put16(out, static_cast<std::uint16_t>(id < full_ ? hmtx_.s16(4 * id + 2)
                                                          : hmtx_.s16(4u * full_ + 2u * (id - full_))));
    }

private:
    FontBytes hhea_;
    FontBytes hmtx_;
    std::uint16_t full_;  // number of full (advance, bearing) metrics
};

// A format 4 cmap for (3,1) mapping the sorted `chars` to their new glyph ids.
std::string make_cmap(const std::vector<std::pair<char32_t, std::uint16_t>>& chars) {
    struct Segment {
        unsigned start, end;
        int delta;
    };
    std::vector<Segment> segments;
    for (const auto& [cp, glyph] : chars) {
        const int delta = static_cast<int>(glyph) - static_cast<int>(cp);
        if (!segments.empty() && segments.back().end + 1 == cp && segments.back().delta == delta)
            segments.back().end = cp;
        else
            segments.push_back({static_cast<unsigned>(cp), static_cast<unsigned>(cp), delta});
    }
    segments.push_back({0xFFFF, 0xFFFF, 1});
    const unsigned count = static_cast<unsigned>(segments.size());
    const BinarySearchFields search = binary_search_fields(count, 2);
    std::string sub;
    put16(sub, 4);
    put16(sub, 16 + 8 * count);
    put16(sub, 0);
    put16(sub, 2 * count);
    put16(sub, search.search_range);
    put16(sub, search.entry_selector);
    put16(sub, search.range_shift);
    for (const auto& s : segments) put16(sub, s.end);
    put16(sub, 0);
    for (const auto& s : segments) put16(sub, s.start);
    for (const auto& s : segments) put16(sub, static_cast<unsigned>(s.delta) & 0xFFFF);
    for (std::size_t i = 0; i < segments.size(); ++i) put16(sub, 0);
    std::string cmap;
    put16(cmap, 0);
    put16(cmap, 1);
    put16(cmap, 3);
    put16(cmap, 1);
    put32(cmap, 12);
    return cmap + sub;
}

// The name table reduced to the identifying names (copyright, family, style, unique, full, version, PostScript).
std::string make_name(const TrueTypeFile& font) {
    const std::string_view source = font.table("name");
    std::string records;
    std::string storage;
    unsigned kept = 0;
    if (!source.empty()) {
        const FontBytes in(source, font.file_name(), "table name");
        const std::uint16_t count = in.u16(2);
        const std::size_t base = in.u16(4);
        for (std::uint16_t i = 0; i < count; ++i) {
            const std::size_t record = 6 + 12u * i;
            if (in.u16(record + 6) > 6) continue;
            const std::string_view text = in.slice(base + in.u16(record + 10), in.u16(record + 8));
            records += std::string(in.slice(record, 8));
            put16(records, static_cast<unsigned>(text.size()));
            put16(records, static_cast<unsigned>(storage.size()));
            storage += text;
            ++kept;
        }
    }
    std::string name;
    put16(name, 0);
    put16(name, kept);
    put16(name, 6 + 12 * kept);
    return name + records + storage;
}

// The subset's glyphs: .notdef, the characters' glyphs, then the glyphs composites are built from.
struct GlyphSelection {
    std::vector<std::uint16_t> old_ids{0};                      // the source font's id of each new glyph
    std::map<std::uint16_t, std::uint16_t> new_id{{0, 0}};      // source id -> new id
    std::vector<std::pair<char32_t, std::uint16_t>> characters;  // sorted code points and their new ids

    // Gives glyph `old` the next new id unless it has one.
    void add(std::uint16_t old) {
        if (new_id.count(old)) return;
        new_id[old] = static_cast<std::uint16_t>(old_ids.size());
        old_ids.push_back(old);
    }
};

GlyphSelection select_glyphs(const TrueTypeFile& font, const Outlines& outlines,
                             const std::set<char32_t>& code_points) {
    GlyphSelection s;
    for (char32_t cp : code_points) {
        if (cp > 0xFFFF) continue;
        const std::uint16_t old = font.glyph_of(cp);
        if (old == 0) continue;
        s.add(old);
        s.characters.emplace_back(cp, s.new_id[old]);
    }
    for (std::size_t i = 0; i < s.old_ids.size(); ++i)  // grows while composites add their parts
        for (const auto& part : outlines.components(outlines.glyph(s.old_ids[i]))) s.add(part.second);
    return s;
}

// The subset's outlines and metrics, in the new glyph order.
struct GlyphTables {
    std::string glyf;  // outlines, composites pointing at the new ids
    std::string loca;  // long offsets into glyf
    std::string hmtx;  // a full metric for every glyph
};

GlyphTables copy_glyphs(const Outlines& outlines, const HorizontalMetrics& metrics, const GlyphSelection& glyphs) {
    GlyphTables out;
    for (std::uint16_t old : glyphs.old_ids) {
        put32(out.loca, static_cast<std::uint32_t>(out.glyf.size()));
        std::string data(outlines.glyph(old));
        for (const auto& [at, component] : outlines.components(data)) set16(data, at, glyphs.new_id.at(component));
        out.glyf += data;
        pad_to_four(out.glyf);
        metrics.append(out.hmtx, old);
    }
    put32(out.loca, static_cast<std::uint32_t>(out.glyf.size()));
    return out;
}

// The source's head table with long loca offsets and the checksum adjustment zeroed (set once the font is whole).
std::string make_head(const TrueTypeFile& font) {
    std::string head(font.table("head"));
    if (head.size() < 54) FontBytes(head, font.file_name(), "table head").fail("the table is too short");
    set32(head, 8, 0);
    set16(head, 50, 1);  // long loca offsets
    return head;
}

// A version 3 post table (no glyph names) with the source's other fields.
std::string make_post(const TrueTypeFile& font) {
    std::string post(32, '\0');
    const std::string_view source = font.table("post");
    if (source.size() >= 32) post.replace(4, 28, source.substr(4, 28));
    set32(post, 0, 0x00030000u);
    return post;
}

// Every table of the subset by tag, in tag order.
std::map<std::string, std::string> subset_tables(const TrueTypeFile& font, const GlyphSelection& glyphs,
                                                 GlyphTables outlines) {
    const auto glyph_count = static_cast<unsigned>(glyphs.old_ids.size());
    std::string head = make_head(font);
    std::string hhea(font.table("hhea"));
    set16(hhea, 34, glyph_count);
    std::string maxp(font.table("maxp"));
    set16(maxp, 4, glyph_count);
    std::string post = make_post(font);
    const std::string os2(font.table("OS/2"));
    if (os2.empty()) FontBytes(os2, font.file_name(), "table OS/2").fail("it has no 'OS/2' table");
    return {
        {"OS/2", os2},
        {"cmap", make_cmap(glyphs.characters)},
        {"cvt ", std::string(font.table("cvt "))},
        {"fpgm", std::string(font.table("fpgm"))},
        {"glyf", std::move(outlines.glyf)},
        {"head", std::move(head)},
        {"hhea", hhea},
        {"hmtx", std::move(outlines.hmtx)},
        {"loca", std::move(outlines.loca)},
        {"maxp", maxp},
        {"name", make_name(font)},
        {"post", std::move(post)},
        {"prep", std::string(font.table("prep"))},
    };
}

// A font file of `tables`: the table directory, the tables four-byte aligned, and head's checksum adjustment.
std::string assemble_font(const std::map<std::string, std::string>& tables) {
    const auto count = static_cast<unsigned>(tables.size());
    const BinarySearchFields search = binary_search_fields(count, 16);
    std::string out;
    put32(out, 0x00010000u);
    put16(out, count);
    put16(out, search.search_range);
    put16(out, search.entry_selector);
    put16(out, search.range_shift);
    std::size_t offset = 12 + 16u * count;
    std::size_t head_offset = 0;
    std::string body;
    for (const auto& [tag, data] : tables) {
        out += tag;
        put32(out, checksum(data));
        put32(out, static_cast<std::uint32_t>(offset));
        put32(out, static_cast<std::uint32_t>(data.size()));
        if (tag == "head") head_offset = offset;
        body += data;
        pad_to_four(body);
        offset = 12 + 16u * count + body.size();
    }
    out += body;
    set32(out, head_offset + 8, 0xB1B0AFBAu - checksum(out));
    return out;
}

}  // namespace

std::string subset_truetype(const TrueTypeFile& font, const std::set<char32_t>& code_points) {
    const Outlines outlines(font);
    const HorizontalMetrics metrics(font);
    const GlyphSelection glyphs = select_glyphs(font, outlines, code_points);
    return assemble_font(subset_tables(font, glyphs, copy_glyphs(outlines, metrics, glyphs)));
}

}  // namespace ikit
