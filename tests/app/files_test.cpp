// File commands through the main window: save, reopen, export, unsaved-changes questions, bad files,
// autosave and recovery.

#include "gui_fixture.h"

#include "commands/commands.h"
#include "panels/kit_tree_panel.h"
#include "serialize/kit_file.h"

#include <wx/treectrl.h>
#include "wx_text.h"

#include <wx/button.h>
#include <wx/dnd.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

using namespace ikit;
using namespace ikit::test;
namespace fs = std::filesystem;

namespace {
std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}
}  // namespace

TEST_CASE("save to a file, reopen it and get the same kit", "[gui]") {
    GuiFixture f;
    f.open_sample();
    const KitDocument& doc = f.document();
    f.selection().select_question(doc.kit().sections[0].questions[0].id);
    f.menu(kCmdMoveDown);
    REQUIRE(doc.modified());
    CHECK(f.frame->GetTitle().StartsWith("*"));

    f.prompts->save_path = (f.dir / "saved.ikit").string();
    f.menu(wxID_SAVEAS);
    REQUIRE(f.prompts->errors.empty());
    CHECK_FALSE(doc.modified());
    CHECK(doc.path() == f.prompts->save_path);
    CHECK_FALSE(f.frame->GetTitle().StartsWith("*"));
    CHECK(f.frame->GetTitle().Contains(wx(doc.display_name())));
    const Kit saved = doc.kit();
    CHECK(read_kit_file(f.prompts->save_path) == saved);

    // Start a new kit, then open the saved one through File ▸ Open.
    f.menu(wxID_NEW);
    CHECK(doc.kit().question_count() == 0);
    f.prompts->open_path = f.prompts->save_path;
    f.menu(wxID_OPEN);
    CHECK(doc.kit() == saved);
    CHECK(f.frame->context().file_history.GetCount() >= 1);
    CHECK(utf8(f.frame->context().file_history.GetHistoryFile(0)) == f.prompts->save_path);
}

TEST_CASE("export a scorecard PDF through the export command", "[gui]") {
    GuiFixture f;
    f.open_sample();
    const fs::path pdf = f.dir / "scorecards.pdf";
    ExportRequest asked;
    f.prompts->export_answer = [&](const ExportRequest& defaults) {
        asked = defaults;
        ExportRequest r = defaults;
        r.options.candidate = "Sam Rivera";
        r.options.interviewers = {"Ana", "Ben"};
        r.path = pdf.string();
        return std::optional<ExportRequest>(r);
    };
    f.prompts->exported_choice = ExportedChoice::Close;  // do not open the PDF
    f.menu(kCmdExportScorecard);
    REQUIRE(f.prompts->errors.empty());
    CHECK(asked.options.kind == PdfKind::Scorecard);
    CHECK(fs::path(asked.path).extension() == ".pdf");
    REQUIRE(fs::exists(pdf));
    CHECK(read_all(pdf).rfind("%PDF", 0) == 0);
    CHECK(f.prompts->questions.empty());  // nothing replaced, no error in the kit: nothing asked before
    REQUIRE(f.prompts->exported_messages.size() == 1);  // "PDF exported": Open, Show in Folder, Close
    CHECK(f.prompts->exported_messages[0].find(pdf.string()) != std::string::npos);
}

TEST_CASE("unsaved changes are asked about before the kit is closed", "[gui]") {
    GuiFixture f;
    f.open_sample();
    const KitDocument& doc = f.document();
    f.selection().select_question(doc.kit().sections[0].questions[0].id);
    f.control<wxTreeCtrl>(control_name::kKitOutline)->SetFocus();
    f.menu(wxID_DELETE);
    REQUIRE(doc.modified());
    const Kit edited = doc.kit();

    f.prompts->save_choice = SaveChoice::Cancel;
    f.menu(wxID_CLOSE);
    CHECK(f.prompts->save_questions == 1);
    CHECK(doc.kit() == edited);  // cancelled: nothing lost

    f.prompts->save_choice = SaveChoice::DontSave;
    f.menu(wxID_CLOSE);
    CHECK(f.prompts->save_questions == 2);
    CHECK(doc.kit().question_count() == 0);
    CHECK_FALSE(doc.modified());
}

TEST_CASE("a file that cannot be opened is reported and the open kit is kept", "[gui]") {
    GuiFixture f;
    f.open_sample();
    const Kit open = f.document().kit();
    const fs::path bad = f.dir / "broken.ikit";
    std::ofstream(bad) << "<kit format=\"1\"><properties>";
    f.prompts->open_path = bad.string();
    f.menu(wxID_OPEN);
    REQUIRE(f.prompts->errors.size() == 1);
    CHECK(f.prompts->errors[0].find("broken.ikit") != std::string::npos);
    CHECK(f.document().kit() == open);
}

TEST_CASE("unsaved work is autosaved and offered back after a crash", "[gui]") {
    GuiFixture f;
    f.open_sample();
    const KitDocument& doc = f.document();
    const std::string path = doc.path();
    f.selection().select_question(doc.kit().sections[0].questions[0].id);
    f.menu(kCmdDuplicate);
    REQUIRE(f.frame->autosaver().tick());
    const std::string recovery = f.frame->autosaver().recovery_path();
    REQUIRE(fs::exists(recovery));
    CHECK(read_kit_file(recovery) == doc.kit());
    const Kit unsaved = doc.kit();

    // A second window (the next start) finds the file and restores it when asked.
    MainFrame* second = new MainFrame(*f.services);
    f.prompts->yes = true;
    second->offer_recovery();
    CHECK(second->context().document.kit() == unsaved);
    CHECK(second->context().document.path() == path);
    CHECK(second->context().document.modified());
    CHECK_FALSE(fs::exists(recovery));
    second->autosaver().discard();
    second->Destroy();

    // Saving removes this session's recovery file.
    REQUIRE(f.frame->autosaver().tick() == false);  // nothing new since the last write... (file was taken over)
    f.menu(kCmdDuplicate);
    REQUIRE(f.frame->autosaver().tick());
    REQUIRE(fs::exists(recovery));
    f.prompts->save_path = (f.dir / "after.ikit").string();
    f.menu(wxID_SAVEAS);
    CHECK_FALSE(fs::exists(recovery));
}

TEST_CASE("a failed save or export is reported and the kit stays open and modified", "[gui]") {
    GuiFixture f;
    f.open_sample();
    const KitDocument& doc = f.document();
    f.selection().select_question(doc.kit().sections[0].questions[0].id);
    f.menu(kCmdDuplicate);
    const Kit edited = doc.kit();

    f.prompts->save_path = (f.dir / "no-such-folder" / "kit.ikit").string();
    f.menu(wxID_SAVEAS);
    REQUIRE(f.prompts->errors.size() == 1);
    CHECK(f.prompts->errors[0].find("could not be saved") != std::string::npos);
    CHECK(doc.kit() == edited);
    CHECK(doc.modified());
    CHECK_FALSE(fs::exists(f.prompts->save_path));

    f.prompts->export_answer = [&](const ExportRequest& defaults) {
        ExportRequest r = defaults;
        r.path = (f.dir / "no-such-folder" / "out.pdf").string();
        return std::optional<ExportRequest>(r);
    };
    f.menu(kCmdExportGuide);
    REQUIRE(f.prompts->errors.size() == 2);
    CHECK(f.prompts->errors[1].find("could not be exported") != std::string::npos);
    CHECK(doc.kit() == edited);
}

TEST_CASE("bank files that fail to load are listed at start-up; the rest of the bank loads", "[gui]") {
    GuiFixture f;
    const fs::path user_banks = fs::path(DataPaths::user_data_dir()) / "banks";
    fs::create_directories(user_banks);
    const fs::path broken = user_banks / "broken-bank.xml";
    std::ofstream(broken) << "<bank format=\"1\"><question";
    auto prompts = std::make_shared<ScriptedPrompts>();
    auto services = load_app_services(DataPaths("", IKIT_SOURCE_ASSETS_DIR), prompts);
    fs::remove(broken);
    REQUIRE(services->library.errors.size() == 1);
    CHECK(services->library.bank.questions().size() == f.services->library.bank.questions().size());
    services->autosave_interval_ms = 0;
    services->recovery_dir = (f.dir / "recovery2").string();
    MainFrame* frame = new MainFrame(*services);
    frame->report_load_problems();
    frame->Destroy();
    f.pump();
    REQUIRE(prompts->errors.size() == 1);
    CHECK(prompts->errors[0].find("could not be loaded") != std::string::npos);
}

TEST_CASE("dropping an .ikit file on the window opens it", "[gui]") {
    GuiFixture f;
    const KitDocument& doc = f.document();
    const std::string sample = f.sample_kit();
    auto* target = dynamic_cast<wxFileDropTarget*>(f.frame->GetDropTarget());
    REQUIRE(target != nullptr);
    wxArrayString files;
    files.Add(wx(sample));
    CHECK(target->OnDropFiles(10, 10, files));
    f.pump(50);
    CHECK(doc.path() == sample);
    CHECK(doc.kit() == read_kit_file(sample));

    // A dropped file that is not a kit is reported and the open kit stays.
    const std::string not_kit = (f.dir / "notes.ikit").string();
    std::ofstream(not_kit) << "hello";
    files.Clear();
    files.Add(wx(not_kit));
    target->OnDropFiles(10, 10, files);
    f.pump(50);
    REQUIRE(f.prompts->errors.size() == 1);
    CHECK(doc.path() == sample);
}

TEST_CASE("a kit opened by a relative path is kept by its absolute path", "[gui]") {
    GuiFixture f;
    const fs::path saved = f.dir / "relative.ikit";
    f.open_sample();
    save_kit_file(f.document().kit(), saved.string());
    fs::create_directories(f.dir / "sub");
    const fs::path before = fs::current_path();
    fs::current_path(f.dir);
    const bool opened = f.frame->context().session.open_path("./sub/../relative.ikit");
    fs::current_path(before);
    REQUIRE(opened);
    REQUIRE(f.prompts->errors.empty());
    const fs::path kept = f.document().path();
    CHECK(kept.is_absolute());
    CHECK(fs::equivalent(kept, saved));
    CHECK(kept == kept.lexically_normal());
    REQUIRE(f.frame->context().file_history.GetCount() >= 1);
    CHECK(utf8(f.frame->context().file_history.GetHistoryFile(0)) == kept.string());
}
