#include "io/locale_catalogs.h"

#include "i18n/mo_reader.h"
#include "i18n/preferred_languages.h"
#include "io/data_paths.h"
#include "io/file_read.h"
#include "io/native_path.h"
#include "util/error.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <system_error>
#include <utility>

namespace fs = std::filesystem;

namespace ikit {

namespace {

constexpr const char* kPseudoLanguage = "qps";

struct CatalogCache {
    std::mutex mutex;
    std::vector<std::string> extra_dirs;
    // A language code to its catalog; nullptr when none is shipped (or the shipped one is broken).
    std::map<std::string, std::shared_ptr<const MessageCatalog>> catalogs;
    std::vector<std::string> errors;
};

CatalogCache& cache() {
    static CatalogCache instance;
    return instance;
}

std::vector<std::string> dirs_of(const std::vector<std::string>& extra) {
    std::vector<std::string> dirs;
    for (const auto& d : extra)
        if (!d.empty()) dirs.push_back(d);
    if (std::string exe = executable_dir(); !exe.empty())
        dirs.push_back(path_to_utf8(path_from_utf8(exe) / ".." / "share" / "locale"));
#ifdef IKIT_BUILD_LOCALE_DIR
    dirs.emplace_back(IKIT_BUILD_LOCALE_DIR);
#endif
    return dirs;
}

fs::path catalog_path(const std::string& dir, const std::string& code) {
    return path_from_utf8(dir) / path_from_utf8(code) / "LC_MESSAGES" / "ikit.mo";
}

// The catalog of `code` (exactly, no fallback), read on first use. Call with the cache's mutex held.
std::shared_ptr<const MessageCatalog> catalog_locked(CatalogCache& c, const std::string& code) {
    if (auto it = c.catalogs.find(code); it != c.catalogs.end()) return it->second;
    std::shared_ptr<const MessageCatalog> found;
    // A code is a file name here: never a path.
    const bool plain = !code.empty() && code.find_first_of("/\\:") == std::string::npos && code != "." && code != "..";
    for (const std::string& dir : plain ? dirs_of(c.extra_dirs) : std::vector<std::string>()) {
        std::error_code ec;
        const fs::path file = catalog_path(dir, code);
        if (!fs::exists(file, ec)) continue;
        try {
            found = std::make_shared<const MessageCatalog>(load_catalog_file(path_to_utf8(file)));
            break;
        } catch (const Error& e) {
            c.errors.push_back(e.what());  // a broken catalog: the next folder's, else English
        }
    }
    c.catalogs[code] = found;
    return found;
}

bool is_english(const std::string& code) { return code == "en" || code.rfind("en_", 0) == 0; }

// The catalog for `language` with its code: the full code ("de_DE"), then the language alone ("de").
std::pair<std::string, std::shared_ptr<const MessageCatalog>> find_catalog(const std::string& language) {
    const std::string code = language_of_locale(language);
    if (code.empty()) return {};
    CatalogCache& c = cache();
    std::lock_guard<std::mutex> lock(c.mutex);
    if (auto catalog = catalog_locked(c, code)) return {code, catalog};
    const std::size_t region = code.find('_');
    if (region != std::string::npos) {
        const std::string base = code.substr(0, region);
        if (auto catalog = catalog_locked(c, base)) return {base, catalog};
    }
    return {};
}

}  // namespace

MessageCatalog load_catalog_file(const std::string& path) {
    MoLimits limits;
    return read_mo(read_file_limited(path, limits.max_bytes), path, limits);
}

Translator load_translator(const std::string& language) {
    auto [code, catalog] = find_catalog(language);
    if (!catalog) return Translator();
    return Translator(code, std::move(catalog));
}

Translator translator_for(const std::vector<std::string>& preferred) {
    for (const std::string& language : preferred) {
        auto [code, catalog] = find_catalog(language);
        if (catalog) return Translator(code, std::move(catalog));
        if (is_english(language_of_locale(language))) break;
    }
    return Translator();
}

std::vector<std::string> available_languages(bool include_pseudo) {
    std::vector<std::string> dirs;
    {
        std::lock_guard<std::mutex> lock(cache().mutex);
        dirs = dirs_of(cache().extra_dirs);
    }
    std::vector<std::string> codes;
    for (const std::string& dir : dirs) {
        std::error_code ec;
        for (fs::directory_iterator it(path_from_utf8(dir), ec), end; !ec && it != end; it.increment(ec)) {
            const std::string code = path_to_utf8(it->path().filename());
            if (code == "en" || (code == kPseudoLanguage && !include_pseudo)) continue;
            std::error_code file_ec;
            if (fs::is_regular_file(catalog_path(dir, code), file_ec)) codes.push_back(code);
        }
    }
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    codes.insert(codes.begin(), "en");
    return codes;
}

void set_locale_dirs(std::vector<std::string> dirs) {
    CatalogCache& c = cache();
    std::lock_guard<std::mutex> lock(c.mutex);
    c.extra_dirs = std::move(dirs);
    c.catalogs.clear();
}

std::vector<std::string> locale_dirs() {
    std::lock_guard<std::mutex> lock(cache().mutex);
    return dirs_of(cache().extra_dirs);
}

std::vector<std::string> take_catalog_errors() {
    std::lock_guard<std::mutex> lock(cache().mutex);
    return std::exchange(cache().errors, {});
}

}  // namespace ikit
