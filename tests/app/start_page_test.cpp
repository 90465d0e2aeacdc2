// A new user meets a start page, not a blank kit: new from the bank, new empty, open, the recent
// kits and the sample kits; Open starts in the last folder or home.

#include "gui_fixture.h"

#include "commands/commands.h"
#include "panels/start_panel.h"
#include "wx_text.h"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/utils.h>

using namespace ikit;
using namespace ikit::test;
namespace fs = std::filesystem;

namespace {
/// The start page's buttons named `name` (see start_panel.cpp), in order.
std::vector<wxButton*> buttons(GuiFixture& f, const char* name) {
    std::vector<wxButton*> out;
    for (wxWindow* child : f.control<StartPanel>(control_name::kStartPage)->GetChildren())
        if (auto* b = dynamic_cast<wxButton*>(child); b && b->GetName() == name) out.push_back(b);
    return out;
}
}  // namespace

TEST_CASE("the app opens on a start page that lists the sample kits and opens one", "[gui][start]") {
    GuiFixture f;
    auto* start = f.control<StartPanel>(control_name::kStartPage);
    CHECK(start->IsShown());
    CHECK_FALSE(f.control<wxWindow>(control_name::kKitPane)->IsShownOnScreen());
    const auto samples = sample_kits(f.services->paths.kits_dir());
    REQUIRE_FALSE(samples.empty());
    const auto kits = buttons(f, "start_kit");
    REQUIRE(kits.size() >= samples.size());
    CHECK(utf8(kits.back()->GetToolTipText()) == samples.back().path);
    auto offering = [&](const std::string& path) {  // the buttons that open `path` (recent and sample)
        std::vector<wxButton*> out;
        for (wxButton* b : buttons(f, "start_kit"))
            if (utf8(b->GetToolTipText()) == path) out.push_back(b);
        return out;
    };
    const std::string sample = samples.front().path;
    REQUIRE_FALSE(offering(sample).empty());

    f.click(offering(sample).back());  // the sample kits come after the recent ones
    f.pump();
    CHECK(f.document().path() == fs::absolute(samples.front().path).lexically_normal().string());
    CHECK_FALSE(start->IsShown());
    CHECK(f.control<wxWindow>(control_name::kKitPane)->IsShownOnScreen());

    const std::string opened = f.document().path();
    // File ▸ Close brings the start page back, the kit just opened among the recent kits.
    f.menu(wxID_CLOSE);
    CHECK(start->IsShown());
    CHECK(utf8(buttons(f, "start_kit").front()->GetToolTipText()) == opened);  // the most recent first
}

TEST_CASE("the start page's New Kit from Bank and New Empty Kit start a kit", "[gui][start]") {
    GuiFixture f;
    auto* start = f.control<StartPanel>(control_name::kStartPage);
    KitRequest request;
    request.role = f.services->library.bank.roles().front().id;
    request.minutes = 45;
    f.prompts->new_kit = request;
    f.click(buttons(f, "start_new_from_bank").front());
    CHECK(f.document().kit().question_count() > 0);
    CHECK_FALSE(start->IsShown());

    f.prompts->save_choice = SaveChoice::DontSave;
    f.menu(wxID_CLOSE);
    REQUIRE(start->IsShown());
    f.click(buttons(f, "start_new_empty").front());
    CHECK_FALSE(start->IsShown());
    CHECK(f.document().kit().question_count() == 0);
}

TEST_CASE("Open starts in the last folder used, else in the home folder", "[gui][start]") {
    GuiFixture f;
    KitSession& session = f.frame->context().session;
    session.set_last_folder("");
    f.click(buttons(f, "start_open").front());  // the start page's Open…
    REQUIRE(f.prompts->open_folders.size() == 1);
    CHECK(f.prompts->open_folders[0] == utf8(wxGetHomeDir()));

    session.set_last_folder(f.dir.string());
    f.menu(wxID_OPEN);
    REQUIRE(f.prompts->open_folders.size() == 2);
    CHECK(f.prompts->open_folders[1] == f.dir.string());
}
