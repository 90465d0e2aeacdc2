// A workspace hidden behind another is not refreshed at every kit change: it is marked stale and brought
// up to date when it is shown (DeferredRefresh), as the Plan, Scores and Debrief workspaces do.

#include "gui_fixture.h"

#include "commands/commands.h"
#include "test_kits.h"
#include "workspaces/deferred_refresh.h"
#include "workspaces/interview_list.h"
#include "workspaces/workspace_strip.h"

#include <catch2/catch.hpp>

#include <wx/panel.h>

using namespace ikit;
using namespace ikit::test;

TEST_CASE("a deferred refresh runs at once when shown, and only when shown again after a hidden change", "[gui][workspaces]") {
    GuiFixture f;
    auto* panel = new wxPanel(f.frame);
    panel->Hide();
    int updates = 0;
    DeferredRefresh deferred(*panel, [&] { ++updates; });

    deferred.request();  // hidden: nothing runs, the panel is stale
    f.pump(20);
    CHECK(updates == 0);
    CHECK(deferred.stale());

    panel->Show();  // shown: the stale panel is brought up to date once
    f.pump(50);
    CHECK(updates == 1);
    CHECK_FALSE(deferred.stale());

    deferred.request();  // on screen: at once
    CHECK(updates == 2);
    CHECK_FALSE(deferred.stale());

    panel->Hide();  // shown again with nothing changed: no update
    panel->Show();
    f.pump(50);
    CHECK(updates == 2);
    panel->Destroy();
}

TEST_CASE("the Plan workspace, hidden while the kit gains interviews, shows them when chosen", "[gui][workspaces][plan]") {
    GuiFixture f;
    auto* strip = f.control<WorkspaceStrip>(control_name::kWorkspaces);
    REQUIRE(strip->current() == "build");
    auto* interviews = f.control<InterviewList>(control_name::kPlanInterviews);
    const size_t before = interviews->GetItemCount();

    Kit kit = sample_kit();
    Interview screen;
    screen.id = "i1";
    screen.name = "Phone screen";
    Interview panel;
    panel.id = "i2";
    panel.name = "Panel";
    kit.plan.interviews = {screen, panel};
    f.frame->context().edits.apply([&](KitDocument& doc) { doc.reset(kit, "", false); });
    f.pump(20);
    CHECK(interviews->GetItemCount() == before);  // hidden: not refreshed yet

    f.menu(kCmdWorkspaceFirst + 1);
    f.pump(80);
    REQUIRE(strip->current() == "plan");
    CHECK(interviews->GetItemCount() == 2);
    CHECK(interviews->selected_id() == "i1");
}
