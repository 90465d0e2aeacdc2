// What Export asks: a kit the checks find errors in is not printed without a word (Export Anyway /
// Show the Problems / Cancel); an existing PDF is not replaced without asking; a written PDF can be
// opened or shown in its folder.

#include "gui_fixture.h"

#include "checks/kit_errors.h"
#include "commands/commands.h"
#include "panels/checks_panel.h"
#include "panels/display_text.h"
#include "panels/question_editor_panel.h"

#include <catch2/catch.hpp>

#include <wx/htmllbox.h>
#include <wx/textctrl.h>

#include <fstream>

using namespace ikit;
using namespace ikit::test;
namespace fs = std::filesystem;

namespace {

/// Answers the export dialog with `pdf` as the file; counts how often it was asked.
void export_to(GuiFixture& f, const fs::path& pdf, int& asked) {
    f.prompts->export_answer = [&f, pdf, &asked](const ExportRequest& defaults) {
        ++asked;
        ExportRequest r = defaults;
        r.path = pdf.string();
        return std::optional<ExportRequest>(r);
    };
}

/// Adds a custom question the checks call an error, typed in the editor as a user does.
std::string add_question_about_children(GuiFixture& f) {
    f.menu(kCmdAddCustomQuestion);
    const std::string id = f.control<QuestionEditorPanel>(control_name::kEditorPane)->question_id();
    f.control<wxTextCtrl>(control_name::kQuestionText)->SetValue("How old are your children?");
    f.leave(f.control<wxTextCtrl>(control_name::kQuestionText));
    return id;
}

}  // namespace

TEST_CASE("exporting a kit with an error asks first: cancel writes nothing", "[gui][export]") {
    GuiFixture f;
    f.open_sample();
    const std::string id = add_question_about_children(f);
    const fs::path pdf = f.dir / "kit.pdf";
    int dialogs = 0;
    export_to(f, pdf, dialogs);

    f.prompts->errors_choice = ErrorsChoice::Cancel;
    f.menu(kCmdExportScorecard);
    REQUIRE(f.prompts->error_questions.size() == 1);
    const auto& lines = f.prompts->error_questions[0];
    REQUIRE_FALSE(lines.empty());
    const std::string number = std::to_string(question_number(f.document().kit(), id));
    CHECK(std::any_of(lines.begin(), lines.end(),
                      [&](const std::string& l) { return l.rfind("Question " + number + ":", 0) == 0; }));
    CHECK(dialogs == 0);
    CHECK_FALSE(fs::exists(pdf));
}

TEST_CASE("exporting a kit with an error: Show the Problems shows the checks on the first error", "[gui][export]") {
    GuiFixture f;
    f.open_sample();
    const std::string id = add_question_about_children(f);
    const fs::path pdf = f.dir / "kit.pdf";
    int dialogs = 0;
    export_to(f, pdf, dialogs);
    f.selection().clear();

    f.prompts->errors_choice = ErrorsChoice::ShowProblems;
    f.menu(kCmdExportGuide);
    f.pump(50);
    CHECK(dialogs == 0);
    CHECK_FALSE(fs::exists(pdf));
    auto* checks = f.control<ChecksPanel>(control_name::kChecksPane);
    CHECK(checks->IsShownOnScreen());
    const int row = f.control<wxHtmlListBox>(control_name::kChecksList)->GetSelection();
    REQUIRE(row >= 0);
    CHECK(checks->findings()[static_cast<std::size_t>(row)].severity == Severity::Error);
    CHECK(f.selection().question_id() == id);
}

TEST_CASE("exporting a kit with an error: Export Anyway writes the PDF", "[gui][export]") {
    GuiFixture f;
    f.open_sample();
    add_question_about_children(f);
    const fs::path pdf = f.dir / "kit.pdf";
    int dialogs = 0;
    export_to(f, pdf, dialogs);
    f.prompts->errors_choice = ErrorsChoice::ExportAnyway;
    f.menu(kCmdExportScorecard);
    CHECK(dialogs == 1);
    CHECK(fs::exists(pdf));
    CHECK(f.prompts->exported_messages.size() == 1);
}

TEST_CASE("a kit without errors exports without the errors question", "[gui][export]") {
    GuiFixture f;
    f.open_sample();
    REQUIRE(kit_errors(f.document().kit(), f.services->rules).empty());
    const fs::path pdf = f.dir / "kit.pdf";
    int dialogs = 0;
    export_to(f, pdf, dialogs);
    f.menu(kCmdExportScorecard);
    CHECK(f.prompts->error_questions.empty());
    CHECK(fs::exists(pdf));
}

TEST_CASE("export asks before replacing a PDF, and offers to open it or show its folder", "[gui][export]") {
    GuiFixture f;
    f.open_sample();
    const fs::path pdf = f.dir / "kit.pdf";
    { std::ofstream(pdf) << "an older PDF"; }
    int dialogs = 0;
    export_to(f, pdf, dialogs);
    std::vector<std::string> opened, folders;
    f.frame->context().session.set_opener([&](const std::string& p) { opened.push_back(p); });
    f.frame->context().session.set_folder_opener([&](const std::string& p) { folders.push_back(p); });

    f.prompts->yes = false;  // keep the older file
    f.menu(kCmdExportScorecard);
    REQUIRE(f.prompts->questions.size() == 1);
    CHECK(f.prompts->questions[0].find("kit.pdf") != std::string::npos);
    CHECK(f.prompts->questions[0].find("Replace") != std::string::npos);
    CHECK(std::ifstream(pdf).get() == 'a');  // untouched
    CHECK(f.prompts->exported_messages.empty());

    f.prompts->yes = true;  // replace it, then show the folder
    f.prompts->exported_choice = ExportedChoice::ShowInFolder;
    f.menu(kCmdExportScorecard);
    CHECK(std::ifstream(pdf).get() == '%');  // a PDF now
    REQUIRE(folders.size() == 1);
    CHECK(fs::equivalent(folders[0], f.dir));
    CHECK(opened.empty());

    f.prompts->exported_choice = ExportedChoice::Open;
    f.menu(kCmdExportScorecard);
    REQUIRE(opened.size() == 1);
    CHECK(opened[0] == pdf.string());
}
