// ikit-pseudo-translate: makes the pseudo-language catalog "qps" (docs/translation.md) from a template.
// Reads a .pot (msgctxt, msgid, msgid_plural, continuation lines, flags) and writes a .po whose every msgstr
// is pseudo_translate(msgid) (msgstr[0] from the msgid, the others from msgid_plural), keeping the "#," flags
// so that msgfmt --check still checks the format strings. Build tool only: never installed.
//   ikit-pseudo-translate <in.pot> <out.po>
#include "i18n/pseudo_translation.h"

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Entry {
    std::string flags;  // the "#, …" line, without "fuzzy"
    bool has_context = false;
    std::string context, id, id_plural;
    bool plural = false;
    bool any = false;
};

// The text of a quoted PO string ("…" with C escapes) starting at line[pos]; throws on a bad one.
std::string unquote(const std::string& line, std::size_t pos, int line_number) {
    pos = line.find('"', pos);
    std::string out;
    if (pos == std::string::npos) throw std::runtime_error("line " + std::to_string(line_number) + ": no string");
    for (std::size_t i = pos + 1; i < line.size(); ++i) {
        char c = line[i];
        if (c == '"') return out;
        if (c == '\\' && i + 1 < line.size()) {
            char e = line[++i];
            switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'a': out += '\a'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'v': out += '\v'; break;
                default: out += e; break;  // \" \\ and anything else as itself
            }
        } else {
            out += c;
        }
    }
    throw std::runtime_error("line " + std::to_string(line_number) + ": unterminated string");
}

std::string quote(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            default: out += c; break;
        }
    }
    return out + "\"";
}

void write_entry(std::ostream& out, const Entry& e) {
    if (!e.any || (e.id.empty() && !e.has_context)) return;  // the template's header is replaced
    if (!e.flags.empty()) out << e.flags << "\n";
    if (e.has_context) out << "msgctxt " << quote(e.context) << "\n";
    out << "msgid " << quote(e.id) << "\n";
    if (e.plural) {
        out << "msgid_plural " << quote(e.id_plural) << "\n";
        out << "msgstr[0] " << quote(ikit::pseudo_translate(e.id)) << "\n";
        out << "msgstr[1] " << quote(ikit::pseudo_translate(e.id_plural)) << "\n\n";
    } else {
        out << "msgstr " << quote(ikit::pseudo_translate(e.id)) << "\n\n";
    }
}

std::string without_fuzzy(const std::string& flags_line) {
    std::string kept;
    std::stringstream items(flags_line.substr(2));
    for (std::string item; std::getline(items, item, ',');) {
        std::size_t a = item.find_first_not_of(' ');
        if (a == std::string::npos) continue;
        item = item.substr(a, item.find_last_not_of(' ') - a + 1);
        if (item == "fuzzy") continue;
        kept += (kept.empty() ? "#, " : ", ") + item;
    }
    return kept;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: ikit-pseudo-translate <in.pot> <out.po>\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::cerr << "ikit-pseudo-translate: cannot read " << argv[1] << "\n";
        return 1;
    }
    std::ostringstream out;
    out << "# The pseudo-language qps: made at build time by ikit-pseudo-translate; never installed.\n"
        << "msgid \"\"\nmsgstr \"\"\n"
        << "\"Project-Id-Version: interview-kit-builder\\n\"\n"
        << "\"PO-Revision-Date: 2026-01-01 00:00+0000\\n\"\n"
        << "\"Last-Translator: ikit-pseudo-translate\\n\"\n"
        << "\"Language-Team: none\\n\"\n"
        << "\"Language: qps\\n\"\n"
        << "\"MIME-Version: 1.0\\n\"\n"
        << "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
        << "\"Content-Transfer-Encoding: 8bit\\n\"\n"
        << "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n";
    try {
        Entry entry;
        std::string* last = nullptr;  // the field a continuation line extends
        bool in_msgstr = false;
        int number = 0;
        int messages = 0;
        auto flush = [&] {
            if (entry.any && !(entry.id.empty() && !entry.has_context)) ++messages;
            write_entry(out, entry);
            entry = Entry();
            last = nullptr;
            in_msgstr = false;
        };
        for (std::string line; std::getline(in, line);) {
            ++number;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            const bool starts_entry = line.rfind("msgctxt", 0) == 0 || line.rfind("msgid ", 0) == 0 ||
                                      line.rfind("#,", 0) == 0;
            if (line.empty() || (in_msgstr && starts_entry)) flush();
            if (line.empty()) continue;
            if (line.rfind("#~", 0) == 0) continue;  // obsolete
            if (line.rfind("#,", 0) == 0) {
                entry.flags = without_fuzzy(line);
                continue;
            }
            if (line[0] == '#') continue;
            if (line[0] == '"') {
                if (last) *last += unquote(line, 0, number);
                continue;
            }
            entry.any = true;
            if (line.rfind("msgctxt", 0) == 0) {
                entry.has_context = true;
                entry.context = unquote(line, 7, number);
                last = &entry.context;
            } else if (line.rfind("msgid_plural", 0) == 0) {
                entry.plural = true;
                entry.id_plural = unquote(line, 12, number);
                last = &entry.id_plural;
            } else if (line.rfind("msgid", 0) == 0) {
                entry.id = unquote(line, 5, number);
                last = &entry.id;
            } else if (line.rfind("msgstr", 0) == 0) {
                in_msgstr = true;
                last = nullptr;  // the template's msgstr is empty; ours is made
            } else {
                throw std::runtime_error("line " + std::to_string(number) + ": not a PO line: " + line);
            }
        }
        flush();
        std::ofstream file(argv[2], std::ios::binary | std::ios::trunc);
        file << out.str();
        if (!file.flush()) throw std::runtime_error(std::string("cannot write ") + argv[2]);
        std::cout << "ikit-pseudo-translate: " << messages << " messages in " << argv[2] << "\n";
    } catch (const std::exception& e) {
        std::cerr << "ikit-pseudo-translate: " << argv[1] << ": " << e.what() << "\n";
        return 1;
    }
    return 0;
}
