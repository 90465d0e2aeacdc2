// ikit-catalog-places (CTest "catalog_places"): every translation in the given compiled catalogs (.mo) keeps
// exactly the places of its msgid — the multiset of numbered places {N} and of printf directives (by position
// and conversion, so %2$s %1$d may reorder %d %s) — and the menu accelerator after a tab unchanged.
// For a plural message each form must keep the places of the msgid or of the msgid_plural.
//   ikit-catalog-places <file.mo>...
#include "i18n/mo_reader.h"
#include "io/file_read.h"
#include "util/error.h"

#include <algorithm>
#include <cctype>
#include <iostream>
#include <string>
#include <vector>

namespace {

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The places of `text`, sorted: "{1}", "%1$s", "%2$d" (an unnumbered directive takes the next position).
std::vector<std::string> places_of(const std::string& text) {
    std::vector<std::string> places;
    int next = 0;
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (text[i] == '{') {
            std::size_t j = i + 1;
            while (j < n && digit(text[j])) ++j;
            if (j > i + 1 && j < n && text[j] == '}') {
                places.push_back(text.substr(i, j + 1 - i));
                i = j;
            }
        } else if (text[i] == '%') {
            std::size_t j = i + 1;
            if (j < n && text[j] == '%') {
                i = j;
                continue;
            }
            std::size_t k = j;
            while (k < n && digit(text[k])) ++k;
            int position = 0;
            if (k > j && k < n && text[k] == '$') {
                position = std::stoi(text.substr(j, k - j));
                j = k + 1;
            }
            while (j < n && std::string("-+#0'").find(text[j]) != std::string::npos) ++j;
            while (j < n && (digit(text[j]) || text[j] == '*')) ++j;
            if (j < n && text[j] == '.') {
                ++j;
                while (j < n && (digit(text[j]) || text[j] == '*')) ++j;
            }
            std::size_t size_at = j;
            while (j < n && std::string("hlLqjzt").find(text[j]) != std::string::npos) ++j;
            if (j < n && std::string("diouxXeEfFgGaAcspn").find(text[j]) != std::string::npos) {
                if (position == 0) position = ++next;
                places.push_back("%" + std::to_string(position) + "$" + text.substr(size_at, j + 1 - size_at));
                i = j;
            }
        }
    }
    std::sort(places.begin(), places.end());
    return places;
}

// The accelerator: everything from the first tab on ("" when there is no tab).
std::string accelerator_of(const std::string& text) {
    std::size_t tab = text.find('\t');
    return tab == std::string::npos ? std::string() : text.substr(tab);
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : " ") + s;
    return out.empty() ? "(none)" : out;
}

std::string shown(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '\n' ? std::string("\\n") : c == '\t' ? std::string("\\t") : std::string(1, c);
    return "\"" + out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: ikit-catalog-places <file.mo>...\n";
        return 2;
    }
    int problems = 0;
    for (int a = 1; a < argc; ++a) {
        const std::string file = argv[a];
        std::vector<ikit::MoEntry> entries;
        try {
            entries = ikit::read_mo_entries(ikit::read_file_limited(file, ikit::MoLimits().max_bytes), file);
        } catch (const ikit::Error& e) {
            std::cout << "FAIL " << e.what() << "\n";
            ++problems;
            continue;
        }
        int file_problems = 0;
        std::size_t checked = 0;
        for (const auto& entry : entries) {
            if (entry.id.empty() && !entry.has_context) continue;  // the header
            for (std::size_t f = 0; f < entry.forms.size(); ++f) {
                const std::string& form = entry.forms[f];
                if (form.empty()) continue;  // untranslated: catalogs_complete's business
                ++checked;
                const auto want = places_of(entry.id);
                const bool plural = !entry.id_plural.empty();
                const auto want_plural = plural ? places_of(entry.id_plural) : want;
                const auto got = places_of(form);
                std::string what;
                if (got != want && got != want_plural)
                    what = "places " + join(got) + " instead of " + join(plural && f > 0 ? want_plural : want);
                else if (accelerator_of(form) != accelerator_of(entry.id))
                    what = "accelerator " + shown(accelerator_of(form)) + " instead of " +
                           shown(accelerator_of(entry.id));
                if (what.empty()) continue;
                std::cout << "FAIL " << file << ": msgid " << shown(entry.id)
                          << (entry.has_context ? " (context " + shown(entry.context) + ")" : std::string())
                          << (plural ? " form " + std::to_string(f) : std::string()) << ": " << shown(form) << " has "
                          << what << "\n";
                ++file_problems;
            }
        }
        if (file_problems == 0) std::cout << "ok   " << file << ": " << checked << " translations keep their places\n";
        problems += file_problems;
    }
    return problems == 0 ? 0 : 1;
}
