#include "export/truetype_file.h"

#include "export/font_coverage.h"
#include "io/native_path.h"

#include "util/error.h"

#include <algorithm>
#include <filesystem>

namespace ikit {

FontBytes::FontBytes(std::string_view bytes, std::string file, std::string what)
    : bytes_(bytes), file_(std::move(file)), what_(std::move(what)) {}

void FontBytes::fail(const std::string& problem) const {
    throw Error(file_, 0, "not a usable TrueType font: " + problem + " (" + what_ + ")");
}

void FontBytes::need(std::size_t offset, std::size_t length) const {
    if (offset > bytes_.size() || length > bytes_.size() - offset) fail("data ends too early");
}

std::uint8_t FontBytes::u8(std::size_t offset) const {
    need(offset, 1);
    return static_cast<std::uint8_t>(bytes_[offset]);
}

std::uint16_t FontBytes::u16(std::size_t offset) const {
    need(offset, 2);
    return static_cast<std::uint16_t>((static_cast<unsigned char>(bytes_[offset]) << 8) |
                                      static_cast<unsigned char>(bytes_[offset + 1]));
}

std::int16_t FontBytes::s16(std::size_t offset) const { return static_cast<std::int16_t>(u16(offset)); }

std::uint32_t FontBytes::u32(std::size_t offset) const {
    return (static_cast<std::uint32_t>(u16(offset)) << 16) | u16(offset + 2);
}

std::string_view FontBytes::slice(std::size_t offset, std::size_t length) const {
    need(offset, length);
    return bytes_.substr(offset, length);
}

TrueTypeFile::TrueTypeFile(std::string bytes, std::string file_name)
    : bytes_(std::move(bytes)), file_name_(std::move(file_name)) {
    read_directory();
    read_character_map();
    read_display_name();
}

std::string_view TrueTypeFile::table(const std::string& tag) const {
    auto it = tables_.find(tag);
    if (it == tables_.end()) return {};
    return std::string_view(bytes_).substr(it->second.first, it->second.second);
}

std::uint16_t TrueTypeFile::glyph_of(char32_t code_point) const {
    auto it = std::lower_bound(cmap_.begin(), cmap_.end(), code_point,
                               [](const auto& entry, char32_t cp) { return entry.first < cp; });
    return (it != cmap_.end() && it->first == code_point) ? it->second : 0;
}

void TrueTypeFile::read_directory() {
    const FontBytes in(bytes_, file_name_, "table directory");
    if (in.size() < 12) in.fail("the file is too short");
    const std::uint32_t version = in.u32(0);
    if (version == 0x74746366u) in.fail("font collections (.ttc) are not supported; give a single .ttf file");
    if (version == 0x4F54544Fu) in.fail("it is a CFF-based OpenType font; give a TrueType (.ttf) font");
    if (version != 0x00010000u && version != 0x74727565u) in.fail("unknown font format");
    const std::uint16_t count = in.u16(4);
    for (std::uint16_t i = 0; i < count; ++i) {
        const std::size_t record = 12 + 16u * i;
        const std::string tag(in.slice(record, 4));
        const std::uint32_t offset = in.u32(record + 8);
        const std::uint32_t length = in.u32(record + 12);
        in.slice(offset, length);  // checks the range
        tables_[tag] = {offset, length};
    }
    for (const char* required : {"cmap", "head", "hhea", "hmtx", "maxp"})
        if (!has_table(required)) in.fail(std::string("it has no '") + required + "' table");
    if (!has_table("glyf") || !has_table("loca")) in.fail("it has no TrueType outlines (glyf/loca tables)");
    glyph_count_ = FontBytes(table("maxp"), file_name_, "table maxp").u16(4);
}

void TrueTypeFile::read_character_map() {
    cmap_ = read_character_map_table(table("cmap"), file_name_);
    const FontBytes in(table("cmap"), file_name_, "table cmap");
    for (const auto& entry : cmap_)
        if (entry.second >= glyph_count_) in.fail("a character points past the last glyph");
}

void TrueTypeFile::read_display_name() {
    display_name_ = path_to_utf8(path_from_utf8(file_name_).stem());
    const std::string_view names = table("name");
    if (names.empty()) return;
    const FontBytes in(names, file_name_, "table name");
    const std::uint16_t count = in.u16(2);
    const std::size_t storage = in.u16(4);
    std::string family;
    std::string full;
    for (std::uint16_t i = 0; i < count; ++i) {
        const std::size_t record = 6 + 12u * i;
        const std::uint16_t platform = in.u16(record);
        const std::uint16_t name_id = in.u16(record + 6);
        if (name_id != 1 && name_id != 4) continue;
        const std::string_view raw = in.slice(storage + in.u16(record + 10), in.u16(record + 8));
        std::string text;
        if (platform == 3 || platform == 0) {  // UTF-16BE: keep the ASCII part of each unit
            for (std::size_t k = 0; k + 1 < raw.size(); k += 2)
                if (raw[k] == 0 && static_cast<unsigned char>(raw[k + 1]) >= 0x20 &&
                    static_cast<unsigned char>(raw[k + 1]) < 0x7F)
                    text += raw[k + 1];
        } else if (platform == 1) {
            for (char c : raw)
                if (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F) text += c;
        }
        if (text.empty()) continue;
        if (name_id == 4 && full.empty()) full = text;
        if (name_id == 1 && family.empty()) family = text;
    }
    if (!full.empty())
        display_name_ = full;
    else if (!family.empty())
        display_name_ = family;
}

}  // namespace ikit
