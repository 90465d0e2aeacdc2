#include "i18n/preferred_languages.h"

#include <algorithm>
#include <cstdlib>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

namespace ikit {

std::string language_of_locale(std::string_view locale) {
    locale = locale.substr(0, locale.find('@'));
    locale = locale.substr(0, locale.find('.'));
    if (locale == "C" || locale == "POSIX") return "en";
    std::string code(locale);
    std::replace(code.begin(), code.end(), '-', '_');  // "de-DE" (Windows, BCP 47) is "de_DE"
    return code;
}

std::vector<std::string> preferred_languages(std::string_view language, std::string_view lc_all,
                                             std::string_view lc_messages, std::string_view lang) {
    std::vector<std::string> out;
    auto add = [&out](std::string_view locale) {
        std::string code = language_of_locale(locale);
        if (!code.empty() && std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
    };
    for (std::string_view rest = language; !rest.empty();) {
        std::size_t colon = rest.find(':');
        add(rest.substr(0, colon));
        if (colon == std::string_view::npos) break;
        rest.remove_prefix(colon + 1);
    }
    for (std::string_view locale : {lc_all, lc_messages, lang}) {
        if (!locale.empty()) {
            add(locale);
            break;
        }
    }
    return out;
}

namespace {
std::string_view variable(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string_view(value) : std::string_view();
}
}  // namespace

std::vector<std::string> preferred_languages_from_environment() {
    std::vector<std::string> out = preferred_languages(variable("LANGUAGE"), variable("LC_ALL"),
                                                       variable("LC_MESSAGES"), variable("LANG"));
#ifdef _WIN32
    if (out.empty()) {
        wchar_t name[LOCALE_NAME_MAX_LENGTH] = {};
        const LCID lcid = MAKELCID(GetUserDefaultUILanguage(), SORT_DEFAULT);
        if (LCIDToLocaleName(lcid, name, LOCALE_NAME_MAX_LENGTH, 0) > 0) {
            std::string ascii;
            for (const wchar_t* p = name; *p && *p < 128; ++p) ascii += static_cast<char>(*p);
            if (!ascii.empty()) out.push_back(language_of_locale(ascii));
        }
    }
#endif
    return out;
}

}  // namespace ikit
