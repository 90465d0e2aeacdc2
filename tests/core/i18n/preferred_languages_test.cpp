#include "i18n/preferred_languages.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

using namespace ikit;
using Languages = std::vector<std::string>;

namespace {
// Sets gettext's four variables for one test and puts the old values back after it.
class LocaleEnvironment {
public:
    LocaleEnvironment(const char* language, const char* lc_all, const char* lc_messages, const char* lang) {
        const char* values[] = {language, lc_all, lc_messages, lang};
        for (int i = 0; i < 4; ++i) {
            const char* old = std::getenv(kNames[i]);
            saved_[i] = old ? std::optional<std::string>(old) : std::nullopt;
            set(kNames[i], values[i]);
        }
    }
    ~LocaleEnvironment() {
        for (int i = 0; i < 4; ++i) set(kNames[i], saved_[i] ? saved_[i]->c_str() : nullptr);
    }

private:
    static void set(const char* name, const char* value) {
#ifdef _WIN32
        _putenv_s(name, value ? value : "");
#else
        if (value) setenv(name, value, 1);
        else unsetenv(name);
#endif
    }
    static constexpr const char* kNames[4] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
    std::optional<std::string> saved_[4];
};
}  // namespace

TEST_CASE("a locale name gives its language code", "[i18n]") {
    CHECK(language_of_locale("de_DE.UTF-8") == "de_DE");
    CHECK(language_of_locale("fr_FR.utf8@euro") == "fr_FR");
    CHECK(language_of_locale("es@modifier") == "es");
    CHECK(language_of_locale("C") == "en");
    CHECK(language_of_locale("C.UTF-8") == "en");
    CHECK(language_of_locale("POSIX") == "en");
    CHECK(language_of_locale("de-AT") == "de_AT");
    CHECK(language_of_locale("") == "");
}

TEST_CASE("LANGUAGE comes first, then the first set of LC_ALL, LC_MESSAGES, LANG", "[i18n]") {
    CHECK(preferred_languages("fr:de_DE.UTF-8::es", "", "", "pt_BR.UTF-8") == Languages{"fr", "de_DE", "es", "pt_BR"});
    CHECK(preferred_languages("", "de_DE.UTF-8", "fr_FR.UTF-8", "es_ES.UTF-8") == Languages{"de_DE"});
    CHECK(preferred_languages("", "", "fr_FR.UTF-8", "es_ES.UTF-8") == Languages{"fr_FR"});
    CHECK(preferred_languages("", "", "", "es_ES.UTF-8") == Languages{"es_ES"});
    CHECK(preferred_languages("de:de", "", "", "de") == Languages{"de"});
    CHECK(preferred_languages("", "", "", "C") == Languages{"en"});
    CHECK(preferred_languages("", "", "", "") == Languages{});
}

TEST_CASE("the environment's variables are read in gettext's order", "[i18n]") {
    {
        LocaleEnvironment env("es:fr", nullptr, nullptr, "de_DE.UTF-8");
        CHECK(preferred_languages_from_environment() == Languages{"es", "fr", "de_DE"});
    }
    {
        LocaleEnvironment env(nullptr, "POSIX", "de_DE.UTF-8", "fr_FR.UTF-8");
        CHECK(preferred_languages_from_environment() == Languages{"en"});
    }
    {
        LocaleEnvironment env("", "", "fr_CA.UTF-8@x", "");
        CHECK(preferred_languages_from_environment() == Languages{"fr_CA"});
    }
}
