#include "export/win_ansi.h"

namespace ikit {

namespace {
// Code points of bytes 0x80–0x9F in code page 1252 (0 = unassigned).
constexpr char16_t kHighControls[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                        0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
}  // namespace

std::optional<unsigned char> win_ansi_byte(char32_t cp) {
    if (cp >= 0x20 && cp < 0x7F) return static_cast<unsigned char>(cp);
    if (cp >= 0xA0 && cp <= 0xFF) return static_cast<unsigned char>(cp);
    for (unsigned i = 0; i < 32; ++i)
        if (kHighControls[i] != 0 && kHighControls[i] == cp) return static_cast<unsigned char>(0x80 + i);
    return std::nullopt;
}

bool is_win_ansi(char32_t cp) { return win_ansi_byte(cp).has_value(); }

std::string to_win_ansi(const std::u32string& text) {
    std::string out;
    out.reserve(text.size());
    for (char32_t cp : text) {
        const auto byte = win_ansi_byte(cp);
        out += static_cast<char>(byte ? *byte : '?');
    }
    return out;
}

}  // namespace ikit
