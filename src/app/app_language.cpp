#include "app_language.h"

#include "i18n/preferred_languages.h"
// wx/translation.h (in the precompiled header) defines N_ as a macro, which would take the core's N_() apart.
#undef N_
#include "i18n/tr.h"
#include "io/locale_catalogs.h"
#include "wx_text.h"

#include <wx/config.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/uilocale.h>

#include <algorithm>
#include <set>

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
    // LANGUAGE (even over a "C" locale), then LC_ALL, LC_MESSAGES, LANG: the command line's order too.
    for (const auto& code : preferred_languages_from_environment()) add(code);
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

std::vector<std::string> catalog_folders() { return locale_dirs(); }

namespace {
/// Tells wx's catalog loader the folders the core searches (each once).
void add_lookup_folders() {
    static std::set<std::string> added;
    for (const auto& folder : catalog_folders())
        if (added.insert(folder).second) wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wx(folder));
}
}  // namespace

std::vector<std::string> app_languages() { return available_languages(true); }

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
