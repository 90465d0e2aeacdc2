#include "i18n/pseudo_translation.h"

#include <cctype>

namespace ikit {

namespace {

constexpr std::string_view kPad = "\xC2\xB7";  // "·"

const char* const kLower[26] = {"å", "ƀ", "ç", "ð", "é", "ƒ", "ĝ", "ĥ", "î", "ĵ", "ķ", "ļ", "ɱ",
                                "ñ", "ö", "þ", "ǫ", "ŕ", "š", "ţ", "û", "ṽ", "ŵ", "ẋ", "ý", "ž"};
const char* const kUpper[26] = {"Å", "Ɓ", "Ç", "Ð", "É", "Ƒ", "Ĝ", "Ĥ", "Î", "Ĵ", "Ķ", "Ļ", "Ṁ",
                                "Ñ", "Ö", "Þ", "Ǫ", "Ŕ", "Š", "Ţ", "Û", "Ṽ", "Ŵ", "Ẋ", "Ý", "Ž"};

// Characters (code points) of UTF-8 text: every byte that does not continue a sequence.
std::size_t character_count(std::string_view text) {
    std::size_t count = 0;
    for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Length of the kept run (a place, directive, element, pattern or option) starting at text[i]; 0 when none.
std::size_t kept_run(std::string_view text, std::size_t i) {
    const char c = text[i];
    const std::size_t n = text.size();
    if (c == '{') {  // {1}, {12}
        std::size_t j = i + 1;
        while (j < n && is_digit(text[j])) ++j;
        if (j > i + 1 && j < n && text[j] == '}') return j + 1 - i;
    }
    if (c == '%') {  // %%, %s, %1$s, %-5.2f, %lu, %zu
        std::size_t j = i + 1;
        if (j < n && text[j] == '%') return 2;
        std::size_t k = j;
        while (k < n && is_digit(text[k])) ++k;
        if (k > j && k < n && text[k] == '$') j = k + 1;
        while (j < n && std::string_view("-+#0 '").find(text[j]) != std::string_view::npos) ++j;
        while (j < n && (is_digit(text[j]) || text[j] == '*')) ++j;
        if (j < n && text[j] == '.') {
            ++j;
            while (j < n && (is_digit(text[j]) || text[j] == '*')) ++j;
        }
        while (j < n && std::string_view("hlLqjzt").find(text[j]) != std::string_view::npos) ++j;
        if (j < n && std::string_view("diouxXeEfFgGaAcspn").find(text[j]) != std::string_view::npos) return j + 1 - i;
    }
    if (c == '&' && i + 1 < n) return 2;  // a mnemonic (&F) or a literal ampersand (&&)
    if (c == '<' && i + 1 < n && (is_alpha(text[i + 1]) || text[i + 1] == '/' || text[i + 1] == '!' ||
                                  text[i + 1] == '?')) {
        std::size_t close = text.find('>', i);
        std::size_t reopen = text.find('<', i + 1);
        if (close != std::string_view::npos && close - i <= 200 && (reopen == std::string_view::npos || reopen > close))
            return close + 1 - i;
    }
    // *.ikit, .pdf (a file pattern or extension: a dot after a non-letter, then lower-case letters/digits)
    if ((c == '*' && i + 1 < n && text[i + 1] == '.') ||
        (c == '.' && (i == 0 || !is_alpha(text[i - 1])) && i + 1 < n && std::islower(static_cast<unsigned char>(text[i + 1])))) {
        std::size_t j = i + (c == '*' ? 2 : 1);
        while (j < n && (std::islower(static_cast<unsigned char>(text[j])) || is_digit(text[j]) || text[j] == '*')) ++j;
        if (j > i + 1 + (c == '*' ? 1 : 0)) return j - i;
    }
    // --language, --data-dir
    if (c == '-' && i + 2 < n && text[i + 1] == '-' && std::islower(static_cast<unsigned char>(text[i + 2])) &&
        (i == 0 || !is_alpha(text[i - 1]))) {
        std::size_t j = i + 2;
        while (j < n && (std::islower(static_cast<unsigned char>(text[j])) || is_digit(text[j]) || text[j] == '-')) ++j;
        return j - i;
    }
    return 0;
}

std::string accent(std::string_view body) {
    std::string out;
    out.reserve(body.size() * 2);
    for (std::size_t i = 0; i < body.size();) {
        if (std::size_t run = kept_run(body, i)) {
            out.append(body.substr(i, run));
            i += run;
            continue;
        }
        const char c = body[i];
        if (c >= 'a' && c <= 'z') out += kLower[c - 'a'];
        else if (c >= 'A' && c <= 'Z') out += kUpper[c - 'A'];
        else out += c;
        ++i;
    }
    return out;
}

}  // namespace

std::string pseudo_translate(std::string_view msgid) {
    if (msgid.empty()) return {};
    // The accelerator (from the first tab on) is kept as written.
    const std::size_t tab = msgid.find('\t');
    std::string_view label = msgid.substr(0, tab);
    std::string_view accelerator = tab == std::string_view::npos ? std::string_view() : msgid.substr(tab);
    // Leading and trailing line breaks stay outside the brackets (msgfmt --check wants them where they were).
    std::size_t head = 0;
    while (head < label.size() && label[head] == '\n') ++head;
    std::size_t tail = label.size();
    while (tail > head && label[tail - 1] == '\n') --tail;
    const std::string_view body = label.substr(head, tail - head);

    const std::size_t chars = character_count(msgid);
    const std::size_t wanted = (chars * 14 + 9) / 10;  // ceil(1.4 × chars)
    std::string out(label.substr(0, head));
    out += '[';
    out += accent(body);
    std::size_t have = chars + 2;  // accenting keeps the count of characters; the brackets add two
    std::size_t pads = have >= wanted ? 1 : wanted - have;
    for (std::size_t p = 0; p < pads; ++p) out += kPad;
    out += ']';
    out += label.substr(tail);
    out += accelerator;
    return out;
}

bool looks_pseudo_translated(std::string_view text) {
    const std::size_t open = text.find('[');
    const std::size_t close = text.rfind("\xC2\xB7]");
    return open != std::string_view::npos && close != std::string_view::npos && open < close;
}

}  // namespace ikit
