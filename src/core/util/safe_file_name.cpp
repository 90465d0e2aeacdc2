// safe_file_name: one portable rule for file names made from names people typed. Deliberately
// the same on every platform, so a kit exported on Linux names its files as Windows would.
#include "util/safe_file_name.h"

#include <cctype>

namespace ikit {

namespace {

constexpr std::size_t kMaxBytes = 120;

bool is_forbidden(unsigned char c) {
    if (c < 0x20 || c == 0x7F) return true;
    switch (c) {
        case '<': case '>': case ':': case '"': case '/': case '\\': case '|': case '?': case '*': return true;
        default: return false;
    }
}

std::string upper_ascii(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

// Cuts `s` to at most `limit` bytes at a UTF-8 character boundary.
void cut_utf8(std::string& s, std::size_t limit) {
    if (s.size() <= limit) return;
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    s.resize(end);
}

void trim(std::string& s) {
    while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
    std::size_t start = 0;
    while (start < s.size() && s[start] == ' ') ++start;
    s.erase(0, start);
}

}  // namespace

bool is_windows_device_name(const std::string& stem) {
    // Windows also ignores trailing spaces before the extension ("CON .txt").
    std::string s = stem;
    while (!s.empty() && s.back() == ' ') s.pop_back();
    const std::string u = upper_ascii(s);
    if (u == "CON" || u == "PRN" || u == "AUX" || u == "NUL") return true;
    if (u.size() == 4 && (u.compare(0, 3, "COM") == 0 || u.compare(0, 3, "LPT") == 0))
        return u[3] >= '1' && u[3] <= '9';
    return false;
}

std::string safe_file_name(const std::string& name, const std::string& fallback) {
    std::string out;
    out.reserve(name.size());
    for (char c : name) out += is_forbidden(static_cast<unsigned char>(c)) ? '_' : c;
    trim(out);
    cut_utf8(out, kMaxBytes);
    trim(out);
    if (out.empty()) return fallback;
    if (is_windows_device_name(out.substr(0, out.find('.')))) out.insert(out.begin(), '_');
    return out;
}

}  // namespace ikit
