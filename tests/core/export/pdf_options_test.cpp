// Tests of the PDF options: document kinds, paper names and the locale's default paper.

#include "export/pdf_export.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <map>
#include <optional>

using namespace ikit;

namespace {

// Sets locale variables for one test and restores them afterwards.
class LocaleEnvironment {
public:
    LocaleEnvironment() {
        for (const char* name : kNames) {
            const char* value = std::getenv(name);
            if (value) saved_[name] = value;
            ::unsetenv(name);
        }
    }
    ~LocaleEnvironment() {
        for (const char* name : kNames) {
            auto it = saved_.find(name);
            if (it == saved_.end())
                ::unsetenv(name);
            else
                ::setenv(name, it->second.c_str(), 1);
        }
    }
    void set(const char* name, const char* value) { ::setenv(name, value, 1); }

private:
    static constexpr const char* kNames[] = {"LC_ALL", "LC_PAPER", "LANG"};
    std::map<std::string, std::string> saved_;
};

}  // namespace

TEST_CASE("document kinds and paper sizes are parsed from their ids", "[export]") {
    CHECK(pdf_kind_from_id("scorecard") == PdfKind::Scorecard);
    CHECK(pdf_kind_from_id("Guide") == PdfKind::Guide);
    CHECK_THROWS_WITH(pdf_kind_from_id("poster"), Catch::Contains("poster"));
    CHECK(paper_from_id("A4") == Paper::A4);
    CHECK(paper_from_id("letter") == Paper::Letter);
    CHECK_THROWS_WITH(paper_from_id("legal"), Catch::Contains("legal"));
}

TEST_CASE("the default paper follows the locale's territory", "[export]") {
    LocaleEnvironment env;
    CHECK(default_paper_for_locale() == Paper::A4);  // nothing set
    env.set("LANG", "en_US.UTF-8");
    CHECK(default_paper_for_locale() == Paper::Letter);
    env.set("LC_PAPER", "de_DE.UTF-8");
    CHECK(default_paper_for_locale() == Paper::A4);  // LC_PAPER overrides LANG
    env.set("LC_ALL", "es_MX.UTF-8@latin");
    CHECK(default_paper_for_locale() == Paper::Letter);  // LC_ALL overrides both
    env.set("LC_ALL", "");
    env.set("LC_PAPER", "fr_CA");
    CHECK(default_paper_for_locale() == Paper::Letter);
    for (const char* place :
         {"en_PH", "es_CL", "es_CO", "es_VE", "es_CR", "es_GT", "es_PA", "es_SV", "es_NI", "es_DO", "es_PR"}) {
        env.set("LC_PAPER", place);
        CHECK(default_paper_for_locale() == Paper::Letter);
    }
    for (const char* place : {"en_GB.UTF-8", "C", "POSIX", "pt_BR", "en_AU"}) {
        env.set("LC_PAPER", place);
        CHECK(default_paper_for_locale() == Paper::A4);
    }
}
