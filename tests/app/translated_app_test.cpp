// The app in another language, started the way the app starts (start_translations with the language of the
// environment): German menus and dialogs under LANGUAGE=de ("[.german]", ctest app_gui_german), and in the
// pseudo-language qps every window and dialog of the app walked for cut labels, overlapping controls and
// text left in English ("[.pseudo]", ctest app_gui_pseudo). Hidden tags: the plain app_gui run (English)
// does not run them.

#include "gui_fixture.h"
#include "layout_walker.h"

#include "app_language.h"
#include "commands/commands.h"
#include "dialogs/export_dialog.h"
#include "dialogs/new_kit_dialog.h"
#include "dialogs/preferences_dialog.h"
#include "dialogs/properties_dialog.h"
#include "dialogs/shortcuts_dialog.h"
#include "document/kit_document.h"
#include "main_frame.h"
#include "panels/control_names.h"
#include "wx_text.h"
// wx/translation.h defines N_ as a macro, which would take the core's N_() function apart.
#undef N_
#include "i18n/tr.h"

#include <catch2/catch.hpp>

#include <wx/choice.h>
#include <wx/evtloop.h>
#include <wx/menu.h>
#include <wx/stattext.h>
#include <wx/toolbar.h>

#include <cstdlib>

using namespace ikit;
using namespace ikit::test;

namespace {

/// Starts the app's translations from the environment, as KitApp does; English again when destroyed.
struct EnvironmentLanguage {
    EnvironmentLanguage() : language(start_translations("")) {}
    ~EnvironmentLanguage() { start_translations("en"); }
    std::string language;
};

/// Where the catalogs were looked for, for a failure message.
std::string searched() {
    std::string folders;
    for (const auto& f : catalog_folders()) folders += " " + f;
    const char* env = std::getenv("LANGUAGE");
    return "LANGUAGE=" + std::string(env ? env : "(unset)") + "; catalogs looked for in" + folders +
           " (<lang>/LC_MESSAGES/ikit.mo, built from po/<lang>.po)";
}

/// True when `dialog` has a static text reading `label` (mnemonic included).
bool has_label(wxWindow& dialog, const wxString& label) {
    for (wxWindow* child : dialog.GetChildren()) {
        if (auto* text = dynamic_cast<wxStaticText*>(child); text && text->GetLabel() == label) return true;
        if (!child->IsTopLevel() && has_label(*child, label)) return true;
    }
    return false;
}

/// Shows `dialog` (without a modal loop), walks it, and destroys it.
std::vector<std::string> dialog_problems(wxDialog* dialog, const LayoutCheck& check = {}) {
    dialog->Show();
    wxTheApp->ProcessPendingEvents();
    if (wxEventLoopBase* loop = wxEventLoopBase::GetActive()) loop->YieldFor(wxEVT_CATEGORY_ALL);
    auto problems = layout_problems(*dialog, check);
    dialog->Destroy();
    return problems;
}

/// An export request that shows every row of the Export dialog (a kit with a plan of two interviews).
ExportRequest full_export_request(const std::string& dir) {
    ExportRequest request;
    request.path = dir + "/kit scorecards.pdf";
    request.interviews = {"Phone screen", "Panel"};
    request.options.interviewers = {"A. Example"};
    return request;
}

}  // namespace

TEST_CASE("under LANGUAGE=de the menus, Preferences and Kit Properties are German", "[.german]") {
    EnvironmentLanguage language;
    INFO(searched());
    REQUIRE(language.language == "de");
    CHECK(ui_translator().language() == "de");  // the core's messages (checks, errors) in the same language
    GuiFixture f;
    wxMenuBar* bar = f.frame->GetMenuBar();
    REQUIRE(bar->GetMenuCount() >= 3);
    CHECK(utf8(bar->GetMenuLabel(0)) == "&Datei");
    CHECK(utf8(bar->GetMenuLabel(1)) == "&Bearbeiten");
    CHECK(utf8(bar->GetMenuLabel(2)) == "&Ansicht");
    CHECK(utf8(bar->FindItem(wxID_SAVE)->GetItemLabelText()) == "Speichern");
    CHECK(utf8(bar->FindItem(wxID_PREFERENCES)->GetItemLabelText()) == "Einstellungen\u2026");

    auto* preferences = new PreferencesDialog(f.frame, Preferences{}, app_languages());
    CHECK(utf8(preferences->GetTitle()) == "Einstellungen");
    CHECK(has_label(*preferences, "&Sprache:"));
    auto* choice = dynamic_cast<wxChoice*>(wxWindow::FindWindowByName("preferences_language", preferences));
    REQUIRE(choice != nullptr);
    CHECK(utf8(choice->GetString(0)) == "Systemstandard");
    CHECK(utf8(wxWindow::FindWindowById(wxID_CANCEL, preferences)->GetLabel()) == "&Abbrechen");
    preferences->Destroy();

    f.open_sample();
    auto* properties = new PropertiesDialog(f.frame, f.document().kit().settings(), *f.services);
    CHECK(utf8(properties->GetTitle()) == "Eigenschaften des Leitfadens");
    CHECK(has_label(*properties, wxString::FromUTF8("Sprache der Ausdr&ucke:")));
    properties->Destroy();
}

TEST_CASE("in the pseudo-language the main window at 1280x800 has no cut, overlapping or English label", "[.pseudo]") {
    EnvironmentLanguage language;
    INFO(searched());
    REQUIRE(language.language == "qps");
    GuiFixture f;
    f.open_sample();
    f.frame->SetSize(f.frame->FromDIP(wxSize(1280, 800)));
    f.frame->SendSizeEvent();
    f.pump(50);
    const auto menus = menu_problems(*f.frame->GetMenuBar());
    INFO("menus:\n" << problem_report(menus));
    CHECK(menus.empty());
    const auto tools = toolbar_problems(*f.frame->GetToolBar());
    INFO("toolbar:\n" << problem_report(tools));
    CHECK(tools.empty());
    // Cut and overlapping controls in every pane; the panes' own words are checked by their tests.
    LayoutCheck geometry;
    geometry.untranslated = false;
    const auto layout = layout_problems(*f.frame, geometry);
    INFO("main window:\n" << problem_report(layout));
    CHECK(layout.empty());
}

TEST_CASE("in the pseudo-language every dialog of the app is whole and translated", "[.pseudo]") {
    EnvironmentLanguage language;
    INFO(searched());
    REQUIRE(language.language == "qps");
    GuiFixture f;
    f.open_sample();
    // The kit's content (its title, role, competencies, the stage written in it) is not the app's to translate.
    LayoutCheck check;
    {
        const auto problems = dialog_problems(new NewKitDialog(f.frame, *f.services), check);
        INFO("New Kit from Bank:\n" << problem_report(problems));
        CHECK(problems.empty());
    }
    {
        const auto problems = dialog_problems(new PropertiesDialog(f.frame, f.document().kit().settings(), *f.services), check);
        INFO("Kit Properties:\n" << problem_report(problems));
        CHECK(problems.empty());
    }
    {
        const auto problems = dialog_problems(new ExportDialog(f.frame, full_export_request(f.dir.string())), check);
        INFO("Export PDF:\n" << problem_report(problems));
        CHECK(problems.empty());
    }
    {
        const auto problems = dialog_problems(new ShortcutsDialog(f.frame, f.frame->commands().shortcuts()), check);
        INFO("Keyboard Shortcuts:\n" << problem_report(problems));
        CHECK(problems.empty());
    }
    {
        const auto problems = dialog_problems(new PreferencesDialog(f.frame, Preferences{}, app_languages()), check);
        INFO("Preferences:\n" << problem_report(problems));
        CHECK(problems.empty());
    }
}

/// True for controls inside the kit outline or the question editor: their text is the kit's (questions,
/// notes), which stays as written.
bool inside_kit_content(wxWindow& w) {
    for (wxWindow* p = &w; p; p = p->GetParent()) {
        const wxString name = p->GetName();
        if (name == control_name::kKitPane || name == control_name::kEditorPane) return true;
    }
    return false;
}

/// A kit with a two-interview plan, so the Plan workspace shows interviews, slots and the matrix.
Kit sample_loop(Kit kit) {
    Interview screen;
    screen.id = "i1";
    screen.name = "Phone screen";
    screen.minutes = 30;
    screen.interviewers = {{"Ana Ruiz", ""}, {"", "Peer manager"}};
    screen.section_ids = {kit.sections.front().id};
    Interview panel;
    panel.id = "i2";
    panel.name = "Panel";
    kit.plan.interviews = {screen, panel};
    return kit;
}

TEST_CASE("in the pseudo-language every workspace fits its labels at 1280x800 and 1024x768", "[.pseudo]") {
    EnvironmentLanguage language;
    INFO(searched());
    REQUIRE(language.language == "qps");
    GuiFixture f;
    f.open_sample();
    const Kit loop = sample_loop(f.document().kit());
    f.frame->context().edits.apply([&](KitDocument& doc) { doc.reset(loop, "", false); });
    LayoutCheck check;
    check.user_content = inside_kit_content;
    const char* panes[] = {control_name::kBuildWorkspace, control_name::kPlanWorkspace, control_name::kScoresPane,
                           control_name::kDebriefPane};
    for (const wxSize size : {wxSize(1280, 800), wxSize(1024, 768)}) {
        f.frame->SetSize(f.frame->FromDIP(size));
        for (int i = 0; i < 4; ++i) {
            f.menu(kCmdWorkspaceFirst + i);
            f.pump(120);
            f.frame->Layout();
            f.pump(60);
            const auto problems = layout_problems(*f.control<wxWindow>(panes[i]), check);
            INFO(size.x << "x" << size.y << " " << panes[i] << ":\n" << problem_report(problems));
            CHECK(problems.empty());
        }
    }
}

TEST_CASE("the layout walker finds a cut label, an overlap and English text", "[gui][language]") {
    GuiFixture f;
    auto* dialog = new wxDialog(f.frame, wxID_ANY, wxString::FromUTF8("[\xc5\xa4\xc3\xae\xc5\xa3\xc4\xbc\xc3\xa9\xc2\xb7\xc2\xb7]"));
    auto* cut = new wxStaticText(dialog, wxID_ANY, "A label far longer than the room it is given", wxPoint(0, 0), wxSize(40, -1));
    cut->SetName("cut_label");
    auto* over = new wxStaticText(dialog, wxID_ANY, wxString::FromUTF8("[\xc3\x96\xe1\xb9\xbd\xc3\xa9\xc5\x95\xc2\xb7\xc2\xb7]"),
                                  wxPoint(10, 2));
    over->SetName("over_label");
    dialog->SetSize(400, 200);
    dialog->Show();
    f.pump();
    const auto problems = layout_problems(*dialog);
    const std::string report = problem_report(problems);
    INFO(report);
    CHECK(report.find("cut: 'cut_label'") != std::string::npos);
    CHECK(report.find("overlap: 'cut_label'") != std::string::npos);
    CHECK(report.find("untranslated label: 'cut_label'") != std::string::npos);
    CHECK(report.find("untranslated label: 'over_label'") == std::string::npos);  // marked: translated
    CHECK(report.find("untranslated title") == std::string::npos);
    dialog->Destroy();
    CHECK(looks_translated("42"));
    CHECK_FALSE(looks_translated("Save"));
    CHECK(looks_translated("[\xc5\x9c\xc3\xa5\xe1\xb9\xbd\xc3\xa9\xc2\xb7\xc2\xb7]"));
}
