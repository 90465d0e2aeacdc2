#include "export/printable_text.h"

#include "util/text.h"

namespace ikit {

namespace {
bool is_line_break(char32_t cp) { return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85; }
}  // namespace

bool is_printable_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == 0x3000 || is_line_break(cp); }

std::string pdf_property_text(std::u32string text) {
    if (text.size() > kMaxPdfPropertyChars) text.resize(kMaxPdfPropertyChars);
    for (char32_t& cp : text)
        if (cp > 0xFFFF) cp = 0xFFFD;
    return to_utf8(text);
}

bool is_invisible(char32_t cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return true;     // C0, DEL, C1
    if (cp == 0xAD || cp == 0x34F || cp == 0x180E) return true;  // soft hyphen, grapheme joiner, Mongolian separator
    if (cp >= 0x200B && cp <= 0x200F) return true;               // zero-width space/joiners, direction marks
    if (cp >= 0x202A && cp <= 0x202E) return true;               // direction embeddings
    if (cp >= 0x2060 && cp <= 0x206F) return true;               // word joiner, invisible operators
    if (cp >= 0xFE00 && cp <= 0xFE0F) return true;               // variation selectors
    if (cp >= 0xE0100 && cp <= 0xE01EF) return true;             // variation selectors supplement
    if (cp >= 0xE0000 && cp <= 0xE007F) return true;             // tags
    return cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
}

std::u32string printable_line(std::string_view utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    bool pending_space = false;
    for (char32_t cp : decode_utf8(utf8)) {
        if (is_printable_space(cp)) {
            pending_space = !out.empty();
            continue;
        }
        if (is_invisible(cp)) continue;
        if (pending_space) out += U' ';
        pending_space = false;
        out += cp;
    }
    return out;
}

std::vector<std::u32string> printable_paragraphs(std::string_view utf8) {
    std::vector<std::u32string> paragraphs;
    const std::vector<char32_t> decoded = decode_utf8(utf8);
    const std::u32string all(decoded.begin(), decoded.end());
    std::size_t start = 0;
    for (std::size_t i = 0; i <= all.size(); ++i) {
        if (i < all.size() && !is_line_break(all[i])) continue;
        std::u32string line = printable_line(to_utf8(all.substr(start, i - start)));
        if (!line.empty()) paragraphs.push_back(std::move(line));
        start = i + 1;
    }
    return paragraphs;
}

std::u32string digits(int n) {
    const std::string s = std::to_string(n);
    return std::u32string(s.begin(), s.end());
}

std::string to_utf8(const std::u32string& text) {
    std::string out;
    out.reserve(text.size());
    for (char32_t cp : text) out += encode_utf8(cp);
    return out;
}

}  // namespace ikit
