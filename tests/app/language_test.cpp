// The app's language: which one start-up picks (Preferences, then the desktop's, LANGUAGE first), Edit ▸
// Preferences keeping the choice, and the printed forms' language in Kit ▸ Properties (one undo step).

#include "gui_fixture.h"

#include "app_language.h"
#include "commands/commands.h"
#include "dialogs/preferences_dialog.h"
#include "dialogs/properties_dialog.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <wx/choice.h>
#include <wx/menu.h>

#include <cstdlib>
#include <map>
#include <optional>

using namespace ikit;
using namespace ikit::test;

namespace {

/// Sets environment variables for one test and puts them back after.
class ScopedEnvironment {
public:
    explicit ScopedEnvironment(const std::map<std::string, std::optional<std::string>>& values) {
        for (const auto& [name, value] : values) {
            const char* old = std::getenv(name.c_str());
            saved_[name] = old ? std::optional<std::string>(old) : std::nullopt;
            set(name, value);
        }
    }
    ~ScopedEnvironment() {
        for (const auto& [name, value] : saved_) set(name, value);
    }

private:
    static void set(const std::string& name, const std::optional<std::string>& value) {
        if (value) setenv(name.c_str(), value->c_str(), 1);
        else unsetenv(name.c_str());
    }
    std::map<std::string, std::optional<std::string>> saved_;
};

/// The choice's item texts.
std::vector<std::string> items(const wxChoice& choice) {
    std::vector<std::string> out;
    for (unsigned i = 0; i < choice.GetCount(); ++i) out.push_back(utf8(choice.GetString(i)));
    return out;
}

/// The choice named `name` in `dialog`.
wxChoice& choice_named(wxWindow& dialog, const char* name) {
    auto* choice = dynamic_cast<wxChoice*>(wxWindow::FindWindowByName(name, &dialog));
    if (!choice) throw std::runtime_error(std::string("no choice named ") + name);
    return *choice;
}

const std::vector<std::string> kShipped{"en", "de", "es", "fr"};

}  // namespace

TEST_CASE("the app speaks the language chosen in Preferences, else the desktop's first that it has", "[gui][language]") {
    CHECK(pick_language("fr", {"de"}, kShipped) == "fr");
    CHECK(pick_language("", {"de_AT", "fr"}, kShipped) == "de");      // the region dropped when need be
    CHECK(pick_language("", {"pt_BR", "es_MX"}, kShipped) == "es");   // the first one there is a catalog for
    CHECK(pick_language("", {"en_GB", "de"}, kShipped) == "en");      // English wanted first: English
    CHECK(pick_language("", {"pt"}, kShipped) == "en");               // nothing shipped: English
    CHECK(pick_language("it", {"de"}, kShipped) == "de");             // a choice whose catalog is gone
    CHECK(pick_language("", {}, kShipped) == "en");
}

TEST_CASE("the desktop's languages are read as gettext reads them, LANGUAGE first", "[gui][language]") {
    {
        ScopedEnvironment env({{"LANGUAGE", "fr_CA:de"}, {"LC_ALL", std::nullopt}, {"LC_MESSAGES", "es_ES.UTF-8"},
                               {"LANG", "it_IT.UTF-8"}});
        const auto languages = desktop_languages();
        REQUIRE(languages.size() >= 3);
        CHECK(std::vector<std::string>(languages.begin(), languages.begin() + 3) ==
              std::vector<std::string>{"fr_CA", "de", "es_ES"});
        CHECK(std::find(languages.begin(), languages.end(), "it_IT") == languages.end());  // LC_MESSAGES came first
    }
    {
        ScopedEnvironment env({{"LANGUAGE", std::nullopt}, {"LC_ALL", "C.UTF-8"}, {"LC_MESSAGES", "de_DE.UTF-8"},
                               {"LANG", std::nullopt}});
        const auto languages = desktop_languages();
        REQUIRE_FALSE(languages.empty());
        CHECK(languages.front() == "en");  // the C locale speaks English
    }
    {
        ScopedEnvironment env({{"LANGUAGE", "de"}, {"LC_ALL", "C"}, {"LC_MESSAGES", std::nullopt}, {"LANG", "C"}});
        REQUIRE_FALSE(desktop_languages().empty());
        CHECK(desktop_languages().front() == "de");  // LANGUAGE wins even over the C locale
    }
}

TEST_CASE("Edit > Preferences keeps the language chosen for the next start", "[gui][language]") {
    GuiFixture f;
    set_chosen_language("");
    f.prompts->preferences = Preferences{"de"};
    f.menu(wxID_PREFERENCES);
    REQUIRE(f.prompts->preferences_shown.has_value());
    CHECK(f.prompts->preferences_shown->language.empty());  // nothing chosen yet: the system's
    REQUIRE_FALSE(f.prompts->languages_offered.empty());
    CHECK(f.prompts->languages_offered.front() == "en");
    CHECK(chosen_language() == "de");

    f.prompts->preferences = std::nullopt;  // Cancel keeps it
    f.menu(wxID_PREFERENCES);
    CHECK(f.prompts->preferences_shown->language == "de");
    CHECK(chosen_language() == "de");
    CHECK(f.frame->GetMenuBar()->GetMenuLabel(0) == "&File");  // the language applies at the next start, not now

    f.prompts->preferences = Preferences{""};
    f.menu(wxID_PREFERENCES);
    CHECK(chosen_language().empty());
}

TEST_CASE("Preferences is in the Edit menu with Ctrl+comma, and listed in Keyboard Shortcuts", "[gui][language]") {
    GuiFixture f;
    wxMenuItem* item = f.frame->GetMenuBar()->FindItem(wxID_PREFERENCES);
    REQUIRE(item != nullptr);
    const wxAcceleratorEntry* accel = item->GetAccel();
    REQUIRE(accel != nullptr);
    CHECK(accel->GetKeyCode() == ',');
    CHECK(accel->GetFlags() == wxACCEL_CTRL);
    delete accel;
    bool listed = false;
    for (const auto& row : f.frame->commands().shortcuts())
        if (row.menu == "Edit" && row.command == "Preferences\u2026" && row.keys == "Ctrl+,") listed = true;
    CHECK(listed);
}

TEST_CASE("the Preferences dialog offers the system's language and each language in its own name", "[gui][language]") {
    GuiFixture f;
    auto* dialog = new PreferencesDialog(f.frame, Preferences{"fr"}, {"en", "de", "es", "fr"});
    wxChoice& language = choice_named(*dialog, "preferences_language");
    CHECK(items(language) == std::vector<std::string>{"System default", "English", "Deutsch", "Espa\u00f1ol", "Fran\u00e7ais"});
    CHECK(utf8(language.GetStringSelection()) == "Fran\u00e7ais");
    CHECK(dialog->preferences().language == "fr");
    language.SetSelection(2);
    CHECK(dialog->preferences().language == "de");
    language.SetSelection(0);
    CHECK(dialog->preferences().language.empty());
    dialog->Destroy();
}

TEST_CASE("Kit Properties sets the language of the printed forms, as one undo step", "[gui][language]") {
    GuiFixture f;
    f.open_sample();
    KitSettings shown = f.document().kit().settings();
    shown.properties.language = "fr";
    {
        auto* dialog = new PropertiesDialog(f.frame, shown, *f.services);
        wxChoice& language = choice_named(*dialog, "properties_language");
        CHECK(items(language) ==
              std::vector<std::string>{"Same as the app", "English", "Deutsch", "Fran\u00e7ais", "Espa\u00f1ol"});
        CHECK(utf8(language.GetStringSelection()) == "Fran\u00e7ais");
        CHECK(dialog->settings().properties.language == "fr");
        language.SetSelection(0);
        CHECK(dialog->settings().properties.language.empty());
        language.SetSelection(2);
        CHECK(dialog->settings().properties.language == "de");
        dialog->Destroy();
    }

    const std::string before = f.document().kit().properties.language;
    KitSettings edited = f.document().kit().settings();
    edited.properties.language = before == "de" ? "es" : "de";
    f.prompts->properties = edited;
    f.menu(kCmdProperties);
    CHECK(f.document().kit().properties.language == edited.properties.language);
    f.menu(wxID_UNDO);
    CHECK(f.document().kit().properties.language == before);
}
