#include "io/storable_text.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
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
        const std::string byte = std::to_string(i + 1);
        if (len == 0) {
            if (const char32_t surrogate = encoded_surrogate_at(text, i))
                return fill(tr("the lone UTF-16 surrogate {1} at byte {2} is not a character"), {code_point_name(surrogate), byte});
            return fill(tr("the byte {1} at byte {2} is not UTF-8"), {hex_byte(static_cast<unsigned char>(text[i])), byte});
        }
        if (xml_forbidden(cp))
            return fill(cp < 0x20 ? tr("the control character {1} at byte {2} cannot be stored")
                                  : tr("the non-character {1} at byte {2} cannot be stored"),
                        {code_point_name(cp), byte});
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
