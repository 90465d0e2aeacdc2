#pragma once
/// \file interview_plan.h
/// An interview loop: a kit's questions split across several interviews, each with its own interviewers.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace ikit {

struct Kit;
struct KitQuestion;

/// Who conducts an interview: a named person, or only a role to be filled for each candidate.
struct InterviewerSlot {
    std::string name;  ///< the person's name; empty when the slot is filled per candidate
    std::string role;  ///< e.g. "Peer manager"; may be empty when a name is given

    /// The name when there is one, else the role, else "Interviewer".
    std::string display_name() const;
    bool operator==(const InterviewerSlot& other) const { return name == other.name && role == other.role; }
    bool operator!=(const InterviewerSlot& other) const { return !(*this == other); }
};

/// One interview of a loop: a name, a length, its interviewers and the questions assigned to it.
struct Interview {
    std::string id;    ///< unique within the kit, e.g. "i2"
    std::string name;  ///< e.g. "Phone screen", "Panel: operations"
    int minutes = 45;  ///< planned length
    std::vector<InterviewerSlot> interviewers;  ///< at least one in a checked plan
    std::vector<std::string> section_ids;       ///< whole sections assigned to this interview
    std::vector<std::string> question_ids;      ///< single questions assigned here (these win over their section's)

    bool operator==(const Interview& other) const;
    bool operator!=(const Interview& other) const { return !(*this == other); }
};

/// The ordered interviews of a kit; empty = the kit is one interview, with everyone asking every question.
struct InterviewPlan {
    std::vector<Interview> interviews;  ///< in the order the candidate meets them

    /// True when the kit has no plan.
    bool empty() const { return interviews.empty(); }
    /// Finds an interview by id; nullptr when absent.
    const Interview* find(const std::string& id) const;
    /// Finds an interview by name, ignoring ASCII case; nullptr when absent.
    const Interview* find_by_name(const std::string& name) const;
    /// A fresh interview id not used in the plan ("i1", "i2", …).
    std::string next_interview_id() const;
    bool operator==(const InterviewPlan& other) const { return interviews == other.interviews; }
    bool operator!=(const InterviewPlan& other) const { return !(*this == other); }
};

/// The interview a question is asked in: the one naming the question itself, else the one holding its section;
/// nullptr when the kit has a plan and no interview has it (or the kit has no plan).
const Interview* interview_of_question(const Kit& kit, const std::string& question_id);

/// The questions asked in `interview`, in kit order.
std::vector<const KitQuestion*> questions_of_interview(const Kit& kit, const Interview& interview);

/// Planned question minutes of `interview` (sum of its questions' minutes).
int planned_minutes_of_interview(const Kit& kit, const Interview& interview);

/// The kit as one interview of its loop, for printing that interview: only its questions (sections left
/// empty are dropped), only the competencies its questions list (of the kit's named ones; none when the kit
/// names none), the interview's length, its name as the stage, and no plan.
Kit kit_of_interview(const Kit& kit, const Interview& interview);

/// Every assigned question's interview at once, as an index into kit.plan.interviews by question id (the same
/// answer as interview_of_question, in one pass over the kit; questions in no interview are absent).
std::map<std::string, std::size_t> interview_index_of_questions(const Kit& kit);

}  // namespace ikit
