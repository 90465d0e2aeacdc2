// Plan menu: the interview loop — add, rename, reorder and remove interviews, interviewer slots, and
// assigning the selected sections or questions to an interview. Each change is one named undo step
// (plan_edits.h); the commands act on the plan workspace (PlanActions) and show it when needed.

#include "commands/command_context.h"
#include "commands/command_registry.h"
#include "commands/commands.h"
#include "commands/plan_actions.h"
#include "commands/plan_edits.h"
#include "commands/window_actions.h"
#include "document/kit_document.h"
#include "prompts.h"
#include "util/text.h"
#include "wx_text.h"

namespace ikit {

namespace {

bool can_move(const CommandContext& context, PlanActions& plan, int delta) {
    const auto& all = context.document.kit().plan.interviews;
    const std::string id = plan.plan_shown() ? plan.selected_interview() : std::string();
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].id == id) return delta < 0 ? i > 0 : i + 1 < all.size();
    return false;
}

void rename(const CommandContext& context, PlanActions& plan) {
    const std::string id = plan.selected_interview();
    const Interview* interview = context.document.kit().plan.find(id);
    if (!interview) return;
    const auto name = context.prompts.ask_text(context.window.dialog_parent(), utf8(_("Rename Interview")),
                                               utf8(_("Interview name:")),
                                               interview->name);
    if (name && !trim(*name).empty()) rename_interview(context.edits, id, *name);
}

}  // namespace

void register_plan_commands(CommandRegistry& registry, const CommandContext& context, PlanActions& plan) {
    const wxString menu = _("&Plan");
    const auto has_interview = [&plan] { return plan.plan_shown() && !plan.selected_interview().empty(); };
    registry.add(Command(kCmdAddInterview, menu, _("&Add Interview")).keys("Ctrl+Shift+I")
                     .described(_("Add an interview at the end of the loop and type its name"))
                     .icon(wxART_PLUS)
                     .runs([&context, &plan] {
                         plan.show_plan();
                         const std::string id = add_interview(context.edits, "");
                         plan.select_interview(id);
                         plan.focus_interview_name();
                     }));
    registry.add(Command(kCmdRenameInterview, menu, _(L"Re&name Interview\u2026")).keys("Shift+F2")
                     .described(_("Rename the selected interview"))
                     .enabled_when(has_interview).runs([&context, &plan] { rename(context, plan); }));
    registry.add(Command(kCmdMoveInterviewEarlier, menu, _("Move Interview &Earlier")).keys("Alt+Shift+Up")
                     .described(_("Move the selected interview one place earlier in the loop")).icon(wxART_GO_UP)
                     .enabled_when([&context, &plan] { return can_move(context, plan, -1); })
                     .runs([&context, &plan] { move_interview(context.edits, plan.selected_interview(), -1); }));
    registry.add(Command(kCmdMoveInterviewLater, menu, _("Move Interview &Later")).keys("Alt+Shift+Down")
                     .described(_("Move the selected interview one place later in the loop")).icon(wxART_GO_DOWN)
                     .enabled_when([&context, &plan] { return can_move(context, plan, +1); })
                     .runs([&context, &plan] { move_interview(context.edits, plan.selected_interview(), +1); }));
    registry.add(Command(kCmdRemoveInterview, menu, _("Re&move Interview"))
                     .described(_("Remove the selected interview; its sections and questions are then in no interview"))
                     .icon(wxART_DELETE).enabled_when(has_interview)
                     .runs([&context, &plan] { remove_interview(context.edits, plan.selected_interview()); }));
    registry.add_separator(menu);
    registry.add(Command(kCmdAddInterviewer, menu, _("Add Inter&viewer")).keys("Ctrl+Shift+R")
                     .described(_("Add an interviewer to the selected interview: a name, or a role to fill per candidate"))
                     .enabled_when(has_interview).runs([&plan] { plan.add_interviewer_slot(); }));
    registry.add(Command(kCmdRemoveInterviewer, menu, _("Remove Interv&iewer"))
                     .described(_("Remove the selected interviewer from the selected interview"))
                     .enabled_when([has_interview, &plan] { return has_interview() && plan.selected_interviewer() >= 0; })
                     .runs([&context, &plan] {
                         const int slot = plan.selected_interviewer();
                         if (slot >= 0) remove_interviewer(context.edits, plan.selected_interview(), static_cast<size_t>(slot));
                     }));
    registry.add_separator(menu);
    registry.add(Command(kCmdAssignToInterview, menu, _(L"Assign &to Interview\u2026")).keys("Ctrl+Shift+T")
                     .described(_(L"Assign the selected sections or questions to an interview (in the list: keys 1\u20139, 0 for none)"))
                     .enabled_when([&context, &plan] {
                         return plan.plan_shown() && !context.document.kit().plan.empty() && !plan.selected_items().empty();
                     })
                     .runs([&plan] { plan.show_assign_menu(); }));
    registry.add_key_note(menu, _(L"Assign the selection to interview 1\u20139 (in the question list)"), L"1\u20269");
    registry.add_key_note(menu, _("Take the selection out of every interview (in the question list)"), "0");
    registry.add_key_note(menu, _("Assign menu of the question list"), "Shift+F10");
    registry.add_key_note(menu, _("Add, rename, remove the interview (in the interview list)"), "Insert, F2, Del");
    registry.add_key_note(menu, _("Move the interview earlier or later (in the interview list)"), "Alt+Up, Alt+Down");
}

}  // namespace ikit
