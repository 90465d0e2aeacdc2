// The core's messages go through tr() where they are built: with a German translator set for the user's
// language, a kit check's finding and a file error come out in German, and in English again once the
// translator is reset.
#include "checks/kit_checks.h"
#include "i18n/tr.h"
#include "serialize/kit_file.h"
#include "test_kits.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

using namespace ikit;

namespace {

// Sets a German translator (from a catalog built here) for the test's length, English again afterwards.
class GermanMessages {
public:
    GermanMessages() {
        auto catalog = std::make_shared<MessageCatalog>();
        catalog->add("No time is planned for this question: set its minutes so the plan adds up.",
                     {"Für diese Frage ist keine Zeit geplant: Legen Sie ihre Minuten fest, damit der Plan aufgeht."});
        catalog->add("The section \"{1}\" has no questions: add some or remove the section.",
                     {"Der Abschnitt \"{1}\" enthält keine Fragen: Fügen Sie welche hinzu oder entfernen Sie den "
                      "Abschnitt."});
        catalog->add("cannot open: {1}", {"kann nicht geöffnet werden: {1}"});
        catalog->add("there is no such file", {"diese Datei gibt es nicht"});
        catalog->add("duplicate section id \"{1}\"", {"doppelte Abschnitts-ID \"{1}\""});
        catalog->add("{1} error", {"{1} Fehler", "{1} Fehler"});
        catalog->add("{1} warning", {"{1} Warnung", "{1} Warnungen"});
        catalog->add("Kit check on {1}: {2}, {3} — fix them before the interview",
                     {"Prüfung des Leitfadens am {1}: {2}, {3} — beheben Sie diese vor dem Interview"});
        set_ui_translator(Translator("de", catalog));
    }
    ~GermanMessages() { set_ui_translator(Translator()); }
    GermanMessages(const GermanMessages&) = delete;
    GermanMessages& operator=(const GermanMessages&) = delete;
};

// The message of the first finding of `check` about question or section `id`, or "".
std::string message_of(const std::vector<Finding>& findings, const std::string& check, const std::string& id) {
    for (const auto& f : findings)
        if (f.check == check && (f.question_id == id || (f.question_id.empty() && f.section_id == id)))
            return f.message;
    return {};
}

// A kit whose second section is empty and whose first question has no minutes.
Kit kit_with_time_and_empty_section_findings() {
    Kit kit = test::sample_kit();
    kit.sections.front().questions.front().minutes = 0;
    KitSection empty;
    empty.id = "s-empty";
    empty.title = "Leer";
    kit.sections.insert(kit.sections.begin() + 1, empty);
    return kit;
}

}  // namespace

TEST_CASE("a kit check's findings are built in the user's language", "[i18n][checks]") {
    const Kit kit = kit_with_time_and_empty_section_findings();
    const std::string question = kit.sections.front().questions.front().id;
    {
        GermanMessages german;
        const auto findings = check_kit(kit, QuestionRules{});
        CHECK(message_of(findings, "time", question) ==
              "Für diese Frage ist keine Zeit geplant: Legen Sie ihre Minuten fest, damit der Plan aufgeht.");
        CHECK(message_of(findings, "coverage", "s-empty") ==
              "Der Abschnitt \"Leer\" enthält keine Fragen: Fügen Sie welche hinzu oder entfernen Sie den Abschnitt.");
        // The finding's machine id stays as it is.
        CHECK_FALSE(message_of(findings, "time", question).empty());
        // Plural forms and numbered places: one error, two warnings.
        std::vector<Finding> counted{{Severity::Error, "x", "", "", "", ""},
                                     {Severity::Warning, "x", "", "", "", ""},
                                     {Severity::Warning, "x", "", "", "", ""}};
        CHECK(check_summary_line(counted, "2025-03-01") ==
              "Prüfung des Leitfadens am 2025-03-01: 1 Fehler, 2 Warnungen — beheben Sie diese vor dem Interview");
        // A printed form's own translator (English here) wins over the user's language.
        CHECK(check_summary_line(counted, "2025-03-01", Translator()) ==
              "Kit check on 2025-03-01: 1 error, 2 warnings — fix them before the interview");
    }
    // Back in English: the same findings read as they always did.
    const auto findings = check_kit(kit, QuestionRules{});
    CHECK(message_of(findings, "time", question) ==
          "No time is planned for this question: set its minutes so the plan adds up.");
    CHECK(message_of(findings, "coverage", "s-empty") ==
          "The section \"Leer\" has no questions: add some or remove the section.");
}

TEST_CASE("file errors are built in the user's language", "[i18n][serialize]") {
    const std::string missing = test::fresh_dir("core_messages_translated") + "/no-such-kit.ikit";
    const std::string duplicate_sections =
        "<kit format=\"1\"><properties><title>T</title></properties><sections>"
        "<section id=\"s1\" title=\"A\"/>\n<section id=\"s1\" title=\"B\"/></sections></kit>";
    {
        GermanMessages german;
        try {
            read_kit_file(missing);
            FAIL("a missing file was read");
        } catch (const Error& e) {
            CHECK(e.message() == "kann nicht geöffnet werden: diese Datei gibt es nicht");
            CHECK(e.file() == missing);
        }
        try {
            parse_kit(duplicate_sections, "dup.ikit");
            FAIL("a kit with two sections s1 was read");
        } catch (const Error& e) {
            CHECK(std::string(e.what()) == "dup.ikit:2: doppelte Abschnitts-ID \"s1\"");
        }
    }
    try {
        read_kit_file(missing);
        FAIL("a missing file was read");
    } catch (const Error& e) {
        CHECK(e.message() == "cannot open: there is no such file");
    }
}
