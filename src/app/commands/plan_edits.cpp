#include "commands/plan_edits.h"

#include "edit_path.h"
#include "util/text.h"
#include "wx_text.h"

#include <algorithm>

namespace ikit {

namespace {

template <class T>
void erase_value(std::vector<T>& values, const T& value) {
    values.erase(std::remove(values.begin(), values.end(), value), values.end());
}

const KitSection* section_of_question(const Kit& kit, const std::string& question_id) {
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions)
            if (q.id == question_id) return &s;
    return nullptr;
}

Interview* find_interview(InterviewPlan& plan, const std::string& id) {
    for (auto& i : plan.interviews)
        if (i.id == id) return &i;
    return nullptr;
}

/// Runs `change` on a copy of the plan and sets it as one step called `name` (flushing the pending
/// edits of every holder but `from` first).
template <class Change>
void change_plan(EditPath& edits, const std::string& name, Change&& change, const PendingEdits* from = nullptr) {
    const auto edit = [&](KitDocument& doc) {
        InterviewPlan plan = doc.kit().plan;
        if (!change(plan)) return;
        doc.set_plan(std::move(plan), name);
    };
    if (from) edits.apply_from(*from, edit);
    else edits.apply(edit);
}

void assign_section(InterviewPlan& plan, const KitSection& section, const std::string& target) {
    for (auto& i : plan.interviews) {
        erase_value(i.section_ids, section.id);
        for (const auto& q : section.questions) erase_value(i.question_ids, q.id);
    }
    if (Interview* to = find_interview(plan, target)) to->section_ids.push_back(section.id);
}

void assign_question(const Kit& kit, InterviewPlan& plan, const std::string& question_id, const std::string& target) {
    const KitSection* section = section_of_question(kit, question_id);
    if (!section) return;
    for (auto& i : plan.interviews) erase_value(i.question_ids, question_id);
    // The interview holding the question's section, if any.
    Interview* holder = nullptr;
    for (auto& i : plan.interviews)
        if (std::find(i.section_ids.begin(), i.section_ids.end(), section->id) != i.section_ids.end()) holder = &i;
    if (holder && holder->id == target) return;  // the section's interview already asks it
    if (holder && target.empty()) {
        // Out of the plan while its section stays: the section's other questions keep their interview
        // one by one (unless another interview already has them).
        erase_value(holder->section_ids, section->id);
        for (const auto& q : section->questions) {
            if (q.id == question_id) continue;
            const bool elsewhere = std::any_of(plan.interviews.begin(), plan.interviews.end(), [&](const Interview& i) {
                return std::find(i.question_ids.begin(), i.question_ids.end(), q.id) != i.question_ids.end();
            });
            if (!elsewhere) holder->question_ids.push_back(q.id);
        }
        return;
    }
    if (Interview* to = find_interview(plan, target)) to->question_ids.push_back(question_id);
}

}  // namespace

InterviewPlan plan_with_assignment(const Kit& kit, const std::vector<PlanItem>& items, const std::string& interview_id) {
    InterviewPlan plan = kit.plan;
    for (const PlanItem& item : items) {
        if (!item.section_id.empty()) {
            if (const KitSection* s = kit.find_section(item.section_id)) assign_section(plan, *s, interview_id);
        } else if (!item.question_id.empty()) {
            assign_question(kit, plan, item.question_id, interview_id);
        }
    }
    // A section whose every question is now assigned one by one to the same interview is that interview's.
    for (auto& i : plan.interviews)
        for (const auto& s : kit.sections) {
            if (s.questions.empty()) continue;
            const bool all = std::all_of(s.questions.begin(), s.questions.end(), [&](const KitQuestion& q) {
                return std::find(i.question_ids.begin(), i.question_ids.end(), q.id) != i.question_ids.end();
            });
            if (!all) continue;
            for (const auto& q : s.questions) erase_value(i.question_ids, q.id);
            for (auto& other : plan.interviews) erase_value(other.section_ids, s.id);
            i.section_ids.push_back(s.id);
        }
    return plan;
}

std::string interview_of_item(const Kit& kit, const PlanItem& item, bool* split) {
    if (split) *split = false;
    if (!item.question_id.empty()) {
        const Interview* i = interview_of_question(kit, item.question_id);
        return i ? i->id : std::string();
    }
    const KitSection* section = kit.find_section(item.section_id);
    if (!section || section->questions.empty()) {
        for (const auto& i : kit.plan.interviews)
            if (std::find(i.section_ids.begin(), i.section_ids.end(), item.section_id) != i.section_ids.end()) return i.id;
        return {};
    }
    std::string first;
    for (size_t n = 0; n < section->questions.size(); ++n) {
        const Interview* i = interview_of_question(kit, section->questions[n].id);
        const std::string id = i ? i->id : std::string();
        if (n == 0) first = id;
        else if (id != first) {
            if (split) *split = true;
            return {};
        }
    }
    return first;
}

std::string assignment_step_name(const Kit& kit, const std::string& interview_id) {
    const Interview* i = kit.plan.find(interview_id);
    // TRANSLATORS: an undo step: %s is the interview's name.
    return i ? utf8(wxString::Format(_("Assign to %s"), wx(i->name))) : utf8(_("Unassign"));
}

std::string add_interview(EditPath& edits, const std::string& name) {
    std::string id;
    edits.apply([&](KitDocument& doc) {
        const Kit& kit = doc.kit();
        InterviewPlan plan = kit.plan;
        Interview interview;
        interview.id = id = plan.next_interview_id();
        interview.name = trim(name);
        if (interview.name.empty()) {
            for (size_t n = plan.interviews.size() + 1;; ++n) {
                // TRANSLATORS: the name of a new interview of the plan, numbered.
                interview.name = utf8(wxString::Format(_("Interview %zu"), n));
                if (!plan.find_by_name(interview.name)) break;
            }
        }
        interview.minutes = plan.interviews.empty() && kit.properties.length_minutes > 0 ? kit.properties.length_minutes : 45;
        plan.interviews.push_back(std::move(interview));
        doc.set_plan(std::move(plan), utf8(_("Add interview")));
    });
    return id;
}

void rename_interview(EditPath& edits, const std::string& interview_id, const std::string& name,
                      const PendingEdits* from) {
    const std::string clean = trim(name);
    if (clean.empty()) return;
    change_plan(edits, utf8(_("Rename interview")), [&](InterviewPlan& plan) {
        Interview* i = find_interview(plan, interview_id);
        if (i) i->name = clean;
        return i != nullptr;
    }, from);
}

void set_interview_minutes(EditPath& edits, const std::string& interview_id, int minutes, const PendingEdits* from) {
    change_plan(edits, utf8(_("Change interview length")), [&](InterviewPlan& plan) {
        Interview* i = find_interview(plan, interview_id);
        if (i) i->minutes = std::max(1, minutes);
        return i != nullptr;
    }, from);
}

bool move_interview(EditPath& edits, const std::string& interview_id, int delta) {
    bool moved = false;
    change_plan(edits, delta < 0 ? utf8(_("Move interview earlier")) : utf8(_("Move interview later")), [&](InterviewPlan& plan) {
        auto& all = plan.interviews;
        const auto at = std::find_if(all.begin(), all.end(), [&](const Interview& i) { return i.id == interview_id; });
        if (at == all.end()) return false;
        const auto from = at - all.begin();
        const auto to = from + (delta < 0 ? -1 : 1);
        if (to < 0 || to >= static_cast<std::ptrdiff_t>(all.size())) return false;
        std::swap(all[static_cast<size_t>(from)], all[static_cast<size_t>(to)]);
        moved = true;
        return true;
    });
    return moved;
}

void remove_interview(EditPath& edits, const std::string& interview_id) {
    change_plan(edits, utf8(_("Remove interview")), [&](InterviewPlan& plan) {
        auto& all = plan.interviews;
        const auto before = all.size();
        all.erase(std::remove_if(all.begin(), all.end(), [&](const Interview& i) { return i.id == interview_id; }), all.end());
        return all.size() != before;
    });
}

void add_interviewer(EditPath& edits, const std::string& interview_id, const InterviewerSlot& slot) {
    change_plan(edits, utf8(_("Add interviewer")), [&](InterviewPlan& plan) {
        Interview* i = find_interview(plan, interview_id);
        if (!i) return false;
        i->interviewers.push_back({trim(slot.name), trim(slot.role)});
        return true;
    });
}

void change_interviewer(EditPath& edits, const std::string& interview_id, std::size_t index, const InterviewerSlot& slot,
                        const PendingEdits* from) {
    change_plan(edits, utf8(_("Change interviewer")), [&](InterviewPlan& plan) {
        Interview* i = find_interview(plan, interview_id);
        if (!i || index >= i->interviewers.size()) return false;
        i->interviewers[index] = {trim(slot.name), trim(slot.role)};
        return true;
    }, from);
}

void remove_interviewer(EditPath& edits, const std::string& interview_id, std::size_t index) {
    change_plan(edits, utf8(_("Remove interviewer")), [&](InterviewPlan& plan) {
        Interview* i = find_interview(plan, interview_id);
        if (!i || index >= i->interviewers.size()) return false;
        i->interviewers.erase(i->interviewers.begin() + static_cast<std::ptrdiff_t>(index));
        return true;
    });
}

void assign_to_interview(EditPath& edits, const std::vector<PlanItem>& items, const std::string& interview_id) {
    edits.apply([&](KitDocument& doc) {
        const Kit& kit = doc.kit();
        if (!interview_id.empty() && !kit.plan.find(interview_id)) return;
        doc.set_plan(plan_with_assignment(kit, items, interview_id), assignment_step_name(kit, interview_id));
    });
}

}  // namespace ikit
