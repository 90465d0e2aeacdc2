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
    unsigned search_range = 1, selector = 0;
    while (search_range * 2 <= count) {
        search_range *= 2;
        ++selector;
    }
    search_range *= 2;
    std::string sub;
    put16(sub, 4);
    put16(sub, 16 + 8 * count);
    put16(sub, 0);
    put16(sub, 2 * count);
    put16(sub, search_range);
    put16(sub, selector);
    put16(sub, 2 * count - search_range);
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

}  // namespace

std::string subset_truetype(const TrueTypeFile& font, const std::set<char32_t>& code_points) {
    const Outlines outlines(font);
    const FontBytes hhea(font.table("hhea"), font.file_name(), "table hhea");
    const FontBytes hmtx(font.table("hmtx"), font.file_name(), "table hmtx");
    const std::uint16_t metrics = hhea.u16(34);
    if (metrics == 0) hhea.fail("no horizontal metrics");

    // New glyph order: .notdef, the characters' glyphs, then the glyphs composites are built from.
    std::vector<std::uint16_t> old_ids{0};
    std::map<std::uint16_t, std::uint16_t> new_id{{0, 0}};
    const auto add = [&](std::uint16_t old) {
        if (new_id.count(old)) return;
        new_id[old] = static_cast<std::uint16_t>(old_ids.size());
        old_ids.push_back(old);
    };
    std::vector<std::pair<char32_t, std::uint16_t>> chars;
    for (char32_t cp : code_points) {
        if (cp > 0xFFFF) continue;
        const std::uint16_t old = font.glyph_of(cp);
        if (old == 0) continue;
        add(old);
        chars.emplace_back(cp, new_id[old]);
    }
    for (std::size_t i = 0; i < old_ids.size(); ++i)
        for (const auto& part : outlines.components(outlines.glyph(old_ids[i]))) add(part.second);

    std::string glyf, loca, hmtx_out;
    for (std::uint16_t old : old_ids) {
        put32(loca, static_cast<std::uint32_t>(glyf.size()));
        std::string data(outlines.glyph(old));
        for (const auto& [at, component] : outlines.components(data)) set16(data, at, new_id.at(component));
        glyf += data;
        while (glyf.size() % 4) glyf += '\0';
        const std::size_t metric = std::min<std::size_t>(old, metrics - 1u);
        put16(hmtx_out, hmtx.u16(4 * metric));
        put16(hmtx_out, static_cast<std::uint16_t>(old < metrics ? hmtx.s16(4 * old + 2)
                                                                 : hmtx.s16(4u * metrics + 2u * (old - metrics))));
    }
    put32(loca, static_cast<std::uint32_t>(glyf.size()));
    const auto glyph_count = static_cast<unsigned>(old_ids.size());

    std::string head(font.table("head"));
    if (head.size() < 54) FontBytes(head, font.file_name(), "table head").fail("the table is too short");
    set32(head, 8, 0);
    set16(head, 50, 1);  // long loca offsets
    std::string hhea_out(font.table("hhea"));
    set16(hhea_out, 34, glyph_count);
    std::string maxp(font.table("maxp"));
    set16(maxp, 4, glyph_count);
    std::string post(32, '\0');
    const std::string_view post_source = font.table("post");
    if (post_source.size() >= 32) post.replace(4, 28, post_source.substr(4, 28));
    set32(post, 0, 0x00030000u);
    const std::string os2(font.table("OS/2"));
    if (os2.empty()) FontBytes(os2, font.file_name(), "table OS/2").fail("it has no 'OS/2' table");

    std::map<std::string, std::string> tables{
        {"OS/2", os2},
        {"cmap", make_cmap(chars)},
        {"cvt ", std::string(font.table("cvt "))},
        {"fpgm", std::string(font.table("fpgm"))},
        {"glyf", glyf},
        {"head", head},
        {"hhea", hhea_out},
        {"hmtx", hmtx_out},
        {"loca", loca},
        {"maxp", maxp},
        {"name", make_name(font)},
        {"post", post},
        {"prep", std::string(font.table("prep"))},
    };

    const auto count = static_cast<unsigned>(tables.size());
    unsigned search_range = 1, selector = 0;
    while (search_range * 2 <= count) {
        search_range *= 2;
        ++selector;
    }
    search_range *= 16;
    std::string out;
    put32(out, 0x00010000u);
    put16(out, count);
    put16(out, search_range);
    put16(out, selector);
    put16(out, count * 16 - search_range);
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
        while (body.size() % 4) body += '\0';
        offset = 12 + 16u * count + body.size();
    }
    out += body;
    set32(out, head_offset + 8, 0xB1B0AFBAu - checksum(out));
    return out;
}

}  // namespace ikit
