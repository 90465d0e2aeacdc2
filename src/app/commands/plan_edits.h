#pragma once
/// \file plan_edits.h
/// The plan workspace's changes to the kit's interview plan, each one named undo step through the
/// EditPath: interviews added, renamed, timed, reordered and removed; interviewer slots; sections and
/// questions assigned to an interview (each question in exactly one). Used by the Plan menu's commands
/// and by the plan panel's fields, drags and keys alike.

#include "model/interview_plan.h"
#include "model/kit.h"

#include <cstddef>
#include <string>
#include <vector>

namespace ikit {

class EditPath;
class PendingEdits;

/// What can be assigned to an interview: a whole section or a single question (one of the two is set).
struct PlanItem {
    std::string section_id;   ///< a section, or ""
    std::string question_id;  ///< a question, or ""
    bool operator==(const PlanItem& other) const {
        return section_id == other.section_id && question_id == other.question_id;
    }
};

/// The kit's plan with `items` assigned to interview `interview_id` ("" = to no interview): a section goes
/// whole (its questions' single assignments dropped), a question alone (a question taken out of a section
/// assigned elsewhere leaves the section's other questions where they were).
InterviewPlan plan_with_assignment(const Kit& kit, const std::vector<PlanItem>& items, const std::string& interview_id);

/// The interview `item` is asked in: for a section the one all its questions are in ("" when none, or
/// when they are split across interviews; `split` set then), for a question its interview ("" = none).
std::string interview_of_item(const Kit& kit, const PlanItem& item, bool* split = nullptr);

/// The undo step's name of assigning to `interview_id`: "Assign to Phone screen", or "Unassign" for "".
std::string assignment_step_name(const Kit& kit, const std::string& interview_id);

/// Adds an interview at the end of the plan ("Interview N" when `name` is blank); returns its id.
/// The first interview of a kit lasts as long as the kit, the others 45 minutes.
std::string add_interview(EditPath& edits, const std::string& name);
/// Renames an interview (a blank name changes nothing). `from` is the holder of pending edits the name
/// comes from (only the others are flushed first), or nullptr.
void rename_interview(EditPath& edits, const std::string& interview_id, const std::string& name,
                      const PendingEdits* from = nullptr);
/// Sets an interview's length in minutes (at least 1); `from` as for rename_interview.
void set_interview_minutes(EditPath& edits, const std::string& interview_id, int minutes,
                           const PendingEdits* from = nullptr);
/// Moves an interview one place earlier (`delta` -1) or later (+1) in the loop; false when it cannot move.
bool move_interview(EditPath& edits, const std::string& interview_id, int delta);
/// Removes an interview; its sections and questions are then in no interview.
void remove_interview(EditPath& edits, const std::string& interview_id);
/// Adds an interviewer slot (a name, or a role to be filled per candidate) to an interview.
void add_interviewer(EditPath& edits, const std::string& interview_id, const InterviewerSlot& slot);
/// Changes interviewer slot `index` of an interview; `from` as for rename_interview.
void change_interviewer(EditPath& edits, const std::string& interview_id, std::size_t index, const InterviewerSlot& slot,
                        const PendingEdits* from = nullptr);
/// Removes interviewer slot `index` of an interview.
void remove_interviewer(EditPath& edits, const std::string& interview_id, std::size_t index);
/// Assigns `items` to interview `interview_id` ("" = to none) as one step, named by assignment_step_name.
void assign_to_interview(EditPath& edits, const std::vector<PlanItem>& items, const std::string& interview_id);

}  // namespace ikit
