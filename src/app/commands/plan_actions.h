#pragma once
/// \file plan_actions.h
/// What the Plan menu's commands ask of the plan workspace: which interview and which sections or
/// questions are selected, and a few things only the workspace can do (show itself, put the focus in
/// a field, open the Assign menu) — without knowing its controls.

#include "commands/plan_edits.h"

#include <string>
#include <vector>

namespace ikit {

/// The plan workspace as commands see it.
class PlanActions {
public:
    /// Nothing to release.
    virtual ~PlanActions() = default;
    /// True when the plan workspace is the one shown.
    virtual bool plan_shown() const = 0;
    /// Shows the plan workspace.
    virtual void show_plan() = 0;
    /// The selected interview's id, or "".
    virtual std::string selected_interview() const = 0;
    /// Selects an interview (after it was added, moved, …).
    virtual void select_interview(const std::string& id) = 0;
    /// The sections and questions selected in the plan's question list.
    virtual std::vector<PlanItem> selected_items() const = 0;
    /// Opens the Assign to Interview menu for the selected sections and questions.
    virtual void show_assign_menu() = 0;
    /// Puts the keyboard focus in the selected interview's name, all of it selected.
    virtual void focus_interview_name() = 0;
    /// Adds an interviewer slot to the selected interview and starts editing its name.
    virtual void add_interviewer_slot() = 0;
    /// The selected interviewer slot of the selected interview, or -1.
    virtual int selected_interviewer() const = 0;
};

}  // namespace ikit
