// The command line speaks the user's language (issue 20): its messages, help texts and summaries go through
// the UI translator, and the real `ikit` picks the language from the environment (LANGUAGE, LANG…).
#include "cli_run.h"
#include "i18n/message_catalog.h"
#include "i18n/tr.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <sys/wait.h>

namespace {

/// Sets a UI translator with `catalog` for the test's duration; English again afterwards.
struct UiLanguage {
    explicit UiLanguage(const std::shared_ptr<ikit::MessageCatalog>& catalog) {
        ikit::set_ui_translator(ikit::Translator("de", catalog));
    }
    ~UiLanguage() { ikit::set_ui_translator(ikit::Translator()); }
    UiLanguage(const UiLanguage&) = delete;
    UiLanguage& operator=(const UiLanguage&) = delete;
};

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Runs the real `ikit` with `environment` ("LANGUAGE=de LANG=C.UTF-8") in front of it, the locale variables
/// that would outrank it removed; captures both streams.
CliRun run_binary_in(const std::string& environment, const std::string& arguments) {
    const std::string dir = output_dir("ui-language-binary");
    const std::string command = "env -u LC_ALL -u LC_MESSAGES " + environment + " '" + std::string(IKIT_BINARY) + "' " +
                                arguments + " >'" + dir + "/out.txt' 2>'" + dir + "/err.txt'";
    const int status = std::system(command.c_str());
    CliRun r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_all(dir + "/out.txt");
    r.err = read_all(dir + "/err.txt");
    return r;
}

const char* const kNeedsCatalogs =
    "the ikit binary did not speak the language asked for in the environment. This needs the compiled "
    "catalogs (po/<lang>.po with the po/parts/cli.*.po entries, built to <build>/locale/<lang>/LC_MESSAGES/ikit.mo) "
    "and the .mo loader that sets the UI translator in src/cli/main.cpp (the i18n-core branch).";

}  // namespace

TEST_CASE("cli language: error messages go through the UI translator, places filled in its order", "[cli][language]") {
    auto catalog = std::make_shared<ikit::MessageCatalog>();
    catalog->add("--format must be text, csv or xml, not \"{1}\"", {"--format muss text, csv oder xml sein, nicht „{1}“"});
    catalog->add("{1} must be a whole number from {2} to {3}, not \"{4}\"", {"„{4}“ passt nicht: {1} will {2} bis {3}"});
    UiLanguage german(catalog);
    const CliRun format = ikit_run({"bank", "list", "--format", "yaml"});
    CHECK(format.code == 2);
    CHECK(format.err == "ikit bank: --format muss text, csv oder xml sein, nicht „yaml“\n");  // the command name stays
    const CliRun minutes = ikit_run({"new", "--role", "cs-manager", "--minutes", "7", "-o", "-"});
    CHECK(minutes.code == 2);
    CHECK(minutes.err == "ikit new: „7“ passt nicht: --minutes will 10 bis 480\n");
}

TEST_CASE("cli language: help texts are translated whole", "[cli][language]") {
    const CliRun english = ikit_run({"--help"});
    REQUIRE(english.code == 0);
    const CliRun english_new = ikit_run({"new", "--help"});
    REQUIRE(english_new.code == 0);
    auto catalog = std::make_shared<ikit::MessageCatalog>();
    catalog->add(english.out, {"Aufruf: ikit [--bank FILE]… COMMAND [ARGS]\n\nBefehle: …\n"});
    catalog->add(english_new.out, {"Aufruf: ikit new --role R …\n"});
    UiLanguage german(catalog);
    CHECK(ikit_run({"--help"}).out == "Aufruf: ikit [--bank FILE]… COMMAND [ARGS]\n\nBefehle: …\n");
    CHECK(ikit_run({"new", "--help"}).out == "Aufruf: ikit new --role R …\n");
    CHECK(ikit_run({}).err == "Aufruf: ikit [--bank FILE]… COMMAND [ARGS]\n\nBefehle: …\n");  // usage error: on stderr
}

TEST_CASE("cli language: counts take the catalog's plural form", "[cli][language]") {
    const CliRun english = ikit_run({"bank", "list", "--role", "cs-manager", "--type", "background"});
    REQUIRE(english.code == 0);
    const std::string last = english.out.substr(english.out.rfind('\n', english.out.size() - 2) + 1);
    const std::size_t count = std::stoul(last);
    REQUIRE(last == std::to_string(count) + (count == 1 ? " question\n" : " questions\n"));
    auto catalog = std::make_shared<ikit::MessageCatalog>();
    catalog->add("{1} question", {"{1} Frage", "{1} Fragen"});
    catalog->add("{1} min", {"{1} Min."});
    UiLanguage german(catalog);
    const CliRun r = ikit_run({"bank", "list", "--role", "cs-manager", "--type", "background"});
    CHECK(r.out.substr(r.out.rfind('\n', r.out.size() - 2) + 1) ==
          std::to_string(count) + (count == 1 ? " Frage\n" : " Fragen\n"));
    CHECK(r.out.find(" Min.  ") != std::string::npos);
    CHECK(r.out.find(" min  ") == std::string::npos);
}

// The real program, as a person runs it: the language comes from the environment and the shipped catalogs.
TEST_CASE("cli language: LANGUAGE=de gives German error messages", "[cli][language-catalogs]") {
    const CliRun r = run_binary_in("LANGUAGE=de LANG=C.UTF-8", "bank list --format yaml");
    CHECK(r.code == 2);
    INFO(kNeedsCatalogs);
    CHECK(r.err == "ikit bank: --format muss text, csv oder xml sein, nicht „yaml“\n");
    const CliRun kit = run_binary_in("LANGUAGE=de LANG=C.UTF-8", "show /nonexistent-dir/missing.ikit --rotation sideways");
    CHECK(kit.code == 2);
    CHECK(kit.err == "ikit show: --rotation muss candidate oder fixed sein, nicht „sideways“\n");
}

TEST_CASE("cli language: LANGUAGE=fr gives French help, command and option names kept", "[cli][language-catalogs]") {
    const CliRun r = run_binary_in("LANGUAGE=fr LANG=C.UTF-8", "--help");
    CHECK(r.code == 0);
    INFO(kNeedsCatalogs);
    CHECK(r.out.rfind("Usage : ikit [--bank FILE]… COMMAND [ARGS]\n", 0) == 0);
    CHECK(r.out.find("Construit des kits d'entretien structurés") != std::string::npos);
    CHECK(r.out.find("\nCommandes :\n") != std::string::npos);
    CHECK(r.out.find("  bank list      lister les questions de la banque (filtres : --role, --competency, --type, --search)\n") !=
          std::string::npos);
    CHECK(r.out.find("  export KIT     imprimer une grille d'évaluation") != std::string::npos);
    CHECK(r.out.find("list bank questions") == std::string::npos);  // no English description left
    // English stays English when nothing else is asked for.
    const CliRun english = run_binary_in("LANG=C.UTF-8", "--help");
    CHECK(english.out.rfind("Usage: ikit [--bank FILE]… COMMAND [ARGS]\n", 0) == 0);
}
