#include "app_language.h"

#include "i18n/tr.h"
#include "io/locale_catalogs.h"
#include "io/native_path.h"
#include "wx_text.h"

#include <wx/config.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/uilocale.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace ikit {

namespace {

const char* const kConfigPath = "/Preferences/language";

/// "de_DE.UTF-8@euro" → "de_DE"; "C", "POSIX" → "en".
std::string plain_code(std::string code) {
    code = code.substr(0, code.find_first_of(".@"));
    std::replace(code.begin(), code.end(), '-', '_');  // "de-DE" from the system → "de_DE"
    if (code == "C" || code == "POSIX") return "en";
    return code;
}

bool has(const std::vector<std::string>& list, const std::string& code) {
    return std::find(list.begin(), list.end(), code) != list.end();
}

}  // namespace

std::string chosen_language() {
    wxConfigBase* config = wxConfigBase::Get();
    return config ? utf8(config->Read(kConfigPath, "")) : std::string();
}

void set_chosen_language(const std::string& code) {
    wxConfigBase* config = wxConfigBase::Get();
    if (!config) return;
    config->Write(kConfigPath, wx(code));
    config->Flush();
}

std::vector<std::string> desktop_languages() {
    std::vector<std::string> languages;
    auto add = [&languages](const std::string& code) {
        const std::string plain = plain_code(code);
        if (!plain.empty() && !has(languages, plain)) languages.push_back(plain);
    };
    if (const char* list = std::getenv("LANGUAGE"); list && *list) {
        const std::string all = list;
        for (std::size_t start = 0; start <= all.size();) {
            const std::size_t end = std::min(all.find(':', start), all.size());
            add(all.substr(start, end - start));
            start = end + 1;
        }
    }
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* value = std::getenv(name); value && *value) {
            add(value);
            break;
        }
    // Windows and macOS say it otherwise.
    for (const wxString& code : wxUILocale::GetPreferredUILanguages()) add(utf8(code));
    return languages;
}

std::string pick_language(const std::string& chosen, const std::vector<std::string>& preferred,
                          const std::vector<std::string>& available) {
    auto find = [&available](const std::string& wanted) -> std::string {
        const std::string code = plain_code(wanted);
        if (code.empty()) return {};
        if (has(available, code)) return code;
        const std::string base = code.substr(0, code.find('_'));
        if (base == "en" || has(available, base)) return base;
        return {};
    };
    if (!chosen.empty())
        if (std::string found = find(chosen); !found.empty()) return found;
    for (const auto& wanted : preferred)
        if (std::string found = find(wanted); !found.empty()) return found;
    return "en";
}

std::vector<std::string> catalog_folders() {
    std::vector<std::string> folders;
    const std::filesystem::path exe = path_from_utf8(utf8(wxStandardPaths::Get().GetExecutablePath()));
    folders.push_back(path_to_utf8((exe.parent_path().parent_path() / "share" / "locale").lexically_normal()));
#ifdef IKIT_BUILD_LOCALE_DIR
    folders.push_back(IKIT_BUILD_LOCALE_DIR);
#endif
    return folders;
}

namespace {
/// Tells wx's catalog loader where ikit.mo lives (once).
void add_lookup_folders() {
    static bool added = false;
    if (added) return;
    added = true;
    for (const auto& folder : catalog_folders()) wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wx(folder));
}
}  // namespace

std::vector<std::string> app_languages() {
    add_lookup_folders();
    std::vector<std::string> languages = available_languages();  // the core's view of the shipped catalogs
    for (const wxString& code : wxFileTranslationsLoader().GetAvailableTranslations("ikit"))
        if (!has(languages, utf8(code))) languages.push_back(utf8(code));
    if (!has(languages, "en")) languages.push_back("en");
    std::sort(languages.begin(), languages.end(), [](const std::string& a, const std::string& b) {
        return a == "en" ? b != "en" : b == "en" ? false : a < b;
    });
    return languages;
}

std::string start_translations(const std::string& chosen) {
    add_lookup_folders();
    const std::string language = pick_language(chosen, desktop_languages(), app_languages());
    auto* translations = new wxTranslations;
    wxTranslations::Set(translations);  // replaces (and deletes) any earlier one
    translations->SetLanguage(wx(language));
    if (language != "en") {
        translations->AddStdCatalog();  // wx's own words (stock buttons), when installed
        translations->AddCatalog("ikit");
    }
    set_ui_translator(load_translator(language));
    return language;
}

wxString language_name(const std::string& code) {
    if (code == "en") return "English";
    if (code == "de") return "Deutsch";
    if (code == "fr") return wxString::FromUTF8("Fran\xc3\xa7" "ais");
    if (code == "es") return wxString::FromUTF8("Espa\xc3\xb1ol");
    if (const wxLanguageInfo* info = wxUILocale::FindLanguageInfo(wx(code))) return info->Description;
    return wx(code);
}

}  // namespace ikit
