#include "util/file_name.h"

#include "util/text.h"

#include <array>

namespace ikit {

namespace {

bool is_reserved_on_windows(std::string_view stem) {
    // The device name counts up to the first dot: "con.txt" is as reserved as "con".
    // Windows ignores spaces before the dot too: "CON .txt" is the device.
    std::string base = ascii_lower(std::string(stem.substr(0, stem.find('.'))));
    while (!base.empty() && base.back() == ' ') base.pop_back();
    static const std::array<const char*, 4> devices{"con", "prn", "aux", "nul"};
    for (const char* d : devices)
        if (base == d) return true;
    return base.size() == 4 && (base.compare(0, 3, "com") == 0 || base.compare(0, 3, "lpt") == 0) &&
           base[3] >= '1' && base[3] <= '9';
}

// What a code point becomes in a file name: kept (0), a separator ('-'), or dropped ('\0' with drop set).
enum class Fate { Keep, Separator, Drop };

Fate fate_of(char32_t cp) {
    if (cp == '\t') return Fate::Keep;  // read as a space
    if (cp < 0x20 || cp == 0x7F) return Fate::Separator;
    if (cp < 0x80) {
        static const std::string_view unsafe = "/\\:*?\"<>|";
        return unsafe.find(static_cast<char>(cp)) == std::string_view::npos ? Fate::Keep : Fate::Separator;
    }
    if (cp >= 0x2010 && cp <= 0x2015) return Fate::Separator;  // hyphens and dashes
    if (cp == 0x2212) return Fate::Separator;                  // minus sign
    if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
        cp == 0xFEFF || cp == 0x00AD)
        return Fate::Drop;  // zero-width, bidi and soft-hyphen characters: invisible in a name
    if (cp >= 0x80 && cp < 0xA0) return Fate::Separator;  // C1 controls
    if (cp == 0xFFFD) return Fate::Separator;
    return Fate::Keep;
}

bool is_trimmed(char c) { return c == ' ' || c == '.' || c == '-'; }

}  // namespace

std::string safe_file_stem(std::string_view name, std::string_view fallback, std::size_t max_bytes) {
    std::string out;
    auto add_separator = [&] {
        if (!out.empty() && out.back() != '-') {
            while (!out.empty() && out.back() == ' ') out.pop_back();
            out += '-';
        }
    };
    for (char32_t cp : decode_utf8(name)) {  // invalid bytes come as U+FFFD, a separator
        switch (fate_of(cp)) {
            case Fate::Drop: break;
            case Fate::Separator: add_separator(); break;
            case Fate::Keep:
                if (cp == '-') {
                    add_separator();
                } else if (cp == ' ' || cp == '\t') {
                    if (!out.empty() && out.back() != ' ' && out.back() != '-') out += ' ';
                } else {
                    out += encode_utf8(cp);
                }
                break;
        }
    }
    std::size_t begin = 0;
    while (begin < out.size() && is_trimmed(out[begin])) ++begin;
    out.erase(0, begin);
    out = utf8_prefix(out, max_bytes);
    while (!out.empty() && is_trimmed(out.back())) out.pop_back();
    if (out.empty()) return std::string(fallback);
    if (is_reserved_on_windows(out)) out += '_';
    return out;
}

std::string unique_file_stem(const std::string& stem, std::set<std::string>& taken) {
    std::string candidate = stem;
    for (int n = 2; taken.count(ascii_lower(candidate)); ++n) candidate = stem + "-" + std::to_string(n);
    taken.insert(ascii_lower(candidate));
    return candidate;
}

}  // namespace ikit
