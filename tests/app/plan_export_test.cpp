// Printing a kit with an interview plan from the app: the Export dialog offers one interview, all of
// them and the candidate's agenda; File ▸ Export for Candidates reads a candidate list and writes each
// candidate's files with a progress bar — a bad row is shown with its line and nothing is written, and
// Cancel leaves nothing behind either.

#include "gui_fixture.h"

#include "commands/commands.h"
#include "io/locale_catalogs.h"
#include "test_kits.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace ikit;
using namespace ikit::test;

namespace fs = std::filesystem;

namespace {

/// The sample kit split into a phone screen (its first section, Kim Lee) and a panel (its second, a role).
Kit planned_kit() {
    Kit kit = sample_kit();
    Interview screen;
    screen.id = "i1";
    screen.name = "Phone screen";
    screen.minutes = 20;
    screen.interviewers = {{"Kim Lee", "Recruiter"}};
    screen.section_ids = {"s1"};
    Interview panel;
    panel.id = "i2";
    panel.name = "Panel";
    panel.minutes = 30;
    panel.interviewers = {{"", "Peer manager"}, {"Ana Ruiz", ""}};
    panel.section_ids = {"s2"};
    kit.plan.interviews = {screen, panel};
    return kit;
}

void open_kit(GuiFixture& f, const Kit& kit) {
    f.frame->context().edits.apply([&](KitDocument& doc) { doc.reset(kit, "", false); });
    f.pump();
    f.prompts->errors_choice = ErrorsChoice::ExportAnyway;  // whatever the checks say, the printing is tested
}

std::string write_list(GuiFixture& f, const std::string& name, const std::string& text) {
    const fs::path path = f.dir / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

/// Every file under `folder`, relative, sorted.
std::vector<std::string> files_in(const fs::path& folder) {
    std::vector<std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        files.push_back(fs::relative(entry.path(), folder).generic_string());
    std::sort(files.begin(), files.end());
    return files;
}

bool is_pdf(const fs::path& path) { return slurp(path.string()).rfind("%PDF-", 0) == 0; }

/// The text of a PDF, as pdftotext reads it.
std::string pdf_text(const fs::path& path) {
    const fs::path out = fs::path(path).replace_extension(".txt");
    const std::string command = "pdftotext -enc UTF-8 '" + path.string() + "' '" + out.string() + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    return slurp(out.string());
}

}  // namespace

TEST_CASE("Export offers one interview, every interview and the agenda when the kit has a plan", "[gui][plan][export]") {
    GuiFixture f;
    open_kit(f, planned_kit());
    ExportRequest offered;
    const fs::path one = f.dir / "panel.pdf";
    f.prompts->export_answer = [&](const ExportRequest& defaults) {
        offered = defaults;
        ExportRequest r = defaults;
        r.interview = 1;  // the panel
        r.path = one.string();
        return std::optional<ExportRequest>(r);
    };
    f.menu(kCmdExportScorecard);
    CHECK(offered.interviews == std::vector<std::string>{"Phone screen", "Panel"});
    REQUIRE(offered.file_name_for);
    CHECK(offered.file_name_for(PdfKind::Scorecard, -1, true).find("agenda") != std::string::npos);
    CHECK(offered.file_name_for(PdfKind::Scorecard, 1, false).find("Panel") != std::string::npos);
    CHECK(is_pdf(one));
    REQUIRE(f.prompts->exported_messages.size() == 1);
    INFO(f.prompts->exported_messages[0]);
    CHECK(f.prompts->exported_messages[0].find("Wrote ") == 0);

    const fs::path agenda = f.dir / "agenda.pdf";
    f.prompts->export_answer = [&](const ExportRequest& defaults) {
        ExportRequest r = defaults;
        r.agenda = true;
        r.options.candidate = "Jane Doe";
        r.path = agenda.string();
        return std::optional<ExportRequest>(r);
    };
    f.menu(kCmdExportScorecard);
    CHECK(is_pdf(agenda));
    CHECK(f.prompts->exported_messages.back().find("Wrote 1 page ") == 0);
}

TEST_CASE("Export for Candidates writes each candidate's agenda and scorecards", "[gui][plan][export]") {
    GuiFixture f;
    CHECK_FALSE(f.frame->commands().is_enabled(kCmdExportForCandidates));  // no plan, nothing to print per candidate
    open_kit(f, planned_kit());
    REQUIRE(f.frame->commands().is_enabled(kCmdExportForCandidates));
    f.prompts->candidate_list = write_list(f, "list.csv", "\xEF\xBB\xBF" "candidate;date;interviewer:Panel\r\n"
                                                          "Jane Doe;2026-03-12;Jo Park\r\nMarco Rossi;;\r\n");
    const fs::path out = f.dir / "out";
    fs::create_directories(out);
    f.prompts->chosen_folder = out.string();
    f.menu(kCmdExportForCandidates);
    if (!f.prompts->errors.empty()) FAIL(f.prompts->errors.front());
    const auto files = files_in(out);
    std::string listing;
    for (const auto& file : files) listing += file + "\n";
    INFO(listing);
    CHECK(std::count(files.begin(), files.end(), "Jane Doe/agenda.pdf") == 1);
    CHECK(std::count(files.begin(), files.end(), "Marco Rossi/agenda.pdf") == 1);
    // The list's interviewer for the panel fills its slot without a name; Marco keeps the plan's.
    CHECK(std::count(files.begin(), files.end(), "Jane Doe/2-Panel-Jo Park.pdf") == 1);
    CHECK(std::count(files.begin(), files.end(), "Marco Rossi/2-Panel-Peer manager.pdf") == 1);
    // Agenda plus three scorecards (Kim Lee; the panel's two slots) for each.
    CHECK(std::count_if(files.begin(), files.end(), [](const std::string& p) { return p.size() > 4 && p.substr(p.size() - 4) == ".pdf"; }) == 8);
    for (const auto& file : files)
        if (file.size() > 4 && file.substr(file.size() - 4) == ".pdf") CHECK(is_pdf(out / file));
    CHECK(f.prompts->progress_done.back() == 2);  // the bar reached both candidates
    REQUIRE(f.prompts->exported_messages.size() == 1);
    CHECK(f.prompts->exported_messages[0].find("Wrote 8 files") == 0);
}

TEST_CASE("Export for Candidates shows a bad row with its line and writes nothing; Cancel leaves nothing", "[gui][plan][export]") {
    GuiFixture f;
    open_kit(f, planned_kit());
    const fs::path out = f.dir / "out";
    fs::create_directories(out);
    f.prompts->chosen_folder = out.string();

    // A candidate listed twice (line 2 and line 4).
    f.prompts->candidate_list = write_list(f, "bad.csv", "candidate,date\nJane Doe,\nMarco Rossi,\njane doe,\n");
    f.menu(kCmdExportForCandidates);
    REQUIRE(f.prompts->errors.size() == 1);
    CHECK(f.prompts->errors[0].find("bad.csv") != std::string::npos);
    CHECK(f.prompts->errors[0].find("4") != std::string::npos);
    CHECK(f.prompts->errors[0].find("Nothing was written") != std::string::npos);
    CHECK(files_in(out).empty());
    CHECK(f.prompts->exported_messages.empty());

    // An interview the kit does not have.
    f.prompts->candidate_list = write_list(f, "unknown.csv", "candidate,interviewer:Final round\nJane Doe,Jo Park\n");
    f.menu(kCmdExportForCandidates);
    REQUIRE(f.prompts->errors.size() == 2);
    CHECK(f.prompts->errors[1].find("Final round") != std::string::npos);
    CHECK(files_in(out).empty());

    // Cancel on the progress bar after the first candidate: nothing half-written, nothing at all.
    f.prompts->candidate_list = write_list(f, "good.csv", "candidate\nJane Doe\nMarco Rossi\nLi Wei\n");
    f.prompts->cancel_after = 1;
    f.menu(kCmdExportForCandidates);
    CHECK(f.prompts->progress_done.size() >= 2);  // it was asked again after the first, and cancelled
    CHECK(files_in(out).empty());
    CHECK(f.prompts->errors.size() == 2);
    CHECK(f.prompts->exported_messages.empty());
}

TEST_CASE("Export prints the labels in the kit's language, whatever the app's", "[gui][export][language]") {
    GuiFixture f;
    Kit kit = planned_kit();
    kit.properties.language = "de";
    open_kit(f, kit);
    const std::string german = load_translator("de").tr("CANDIDATE");
    REQUIRE(german != "CANDIDATE");  // the German catalog is built (po/de.po)
    const auto text_of = [&](const std::string& name, bool agenda, int interview) {
        const fs::path path = f.dir / name;
        f.prompts->export_answer = [&](const ExportRequest& defaults) {
            ExportRequest r = defaults;
            r.agenda = agenda;
            r.interview = interview;
            r.options.candidate = "Jane Doe";
            r.path = path.string();
            return std::optional<ExportRequest>(r);
        };
        f.menu(kCmdExportScorecard);
        REQUIRE(is_pdf(path));
        return pdf_text(path);
    };
    // Every interview's scorecards, one interview's, and the agenda: German labels on an English desktop.
    for (const auto& [name, interview] : {std::pair<const char*, int>{"all.pdf", -1}, {"panel.pdf", 1}}) {
        const std::string text = text_of(name, false, interview);
        INFO(name << ":\n" << text);
        CHECK(text.find(german) != std::string::npos);
        CHECK(text.find("CANDIDATE") == std::string::npos);
    }
    const std::string agenda = text_of("agenda.pdf", true, -1);
    INFO(agenda);
    CHECK(agenda.find(german) != std::string::npos);
    CHECK(agenda.find("CANDIDATE") == std::string::npos);

    // A kit without a plan prints through the dialog's own options: the same language.
    Kit plain = sample_kit();
    plain.properties.language = "de";
    open_kit(f, plain);
    for (const bool guide : {false, true}) {
        const fs::path path = f.dir / (guide ? "plain-guide.pdf" : "plain.pdf");
        f.prompts->export_answer = [&](const ExportRequest& defaults) {
            ExportRequest r = defaults;
            r.options.kind = guide ? PdfKind::Guide : PdfKind::Scorecard;
            r.options.candidate = "Jane Doe";
            r.path = path.string();
            return std::optional<ExportRequest>(r);
        };
        f.menu(kCmdExportScorecard);
        REQUIRE(is_pdf(path));
        const std::string text = pdf_text(path);
        INFO(path.filename().string() << ":\n" << text);
        CHECK(text.find(german) != std::string::npos);
        CHECK(text.find("CANDIDATE") == std::string::npos);
    }
}
