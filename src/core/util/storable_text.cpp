#include "util/storable_text.h"

#include "util/text.h"

#include <cstdio>

namespace ikit {

namespace {

std::string hex_byte(unsigned char b) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(b));
    return buffer;
}

/// The code point of an encoded UTF-16 surrogate (ED A0..BF 80..BF) at text[i], or 0.
char32_t encoded_surrogate_at(std::string_view text, std::size_t i) {
    if (i + 3 > text.size()) return 0;
    const auto b0 = static_cast<unsigned char>(text[i]), b1 = static_cast<unsigned char>(text[i + 1]),
               b2 = static_cast<unsigned char>(text[i + 2]);
    if (b0 != 0xED || b1 < 0xA0 || b1 > 0xBF || (b2 & 0xC0) != 0x80) return 0;
    return 0xD000 | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
}

bool xml_forbidden(char32_t cp) {
    if (cp < 0x20) return cp != '\t' && cp != '\n' && cp != '\r';
    return cp == 0xFFFE || cp == 0xFFFF;
}

}  // namespace

std::string unstorable_text_reason(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t len = utf8_sequence_length(text, i, &cp);
        const std::string where = "at byte " + std::to_string(i + 1);
        if (len == 0) {
            if (const char32_t surrogate = encoded_surrogate_at(text, i))
                return "the lone UTF-16 surrogate " + code_point_name(surrogate) + " " + where + " is not a character";
            return "the byte " + hex_byte(static_cast<unsigned char>(text[i])) + " " + where + " is not UTF-8";
        }
        if (xml_forbidden(cp))
            return (cp < 0x20 ? "the control character " : "the non-character ") + code_point_name(cp) + " " + where +
                   " cannot be stored";
        i += len;
    }
    return "";
}

std::size_t utf8_character_count(std::string_view text) {
    std::size_t count = 0;
    for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

}  // namespace ikit
