#include "model/interview_plan.h"

#include "model/kit.h"
#include "util/text.h"

#include <algorithm>
#include <set>

namespace ikit {

std::string InterviewerSlot::display_name() const {
    if (!name.empty()) return name;
    if (!role.empty()) return role;
    return "Interviewer";
}

bool Interview::operator==(const Interview& o) const {
    return id == o.id && name == o.name && minutes == o.minutes && interviewers == o.interviewers &&
           section_ids == o.section_ids && question_ids == o.question_ids;
}

const Interview* InterviewPlan::find(const std::string& id) const {
    for (const auto& i : interviews)
        if (i.id == id) return &i;
    return nullptr;
}

const Interview* InterviewPlan::find_by_name(const std::string& name) const {
    for (const auto& i : interviews)
        if (iequals(i.name, name)) return &i;
    return nullptr;
}

std::string InterviewPlan::next_interview_id() const {
    std::set<std::string> used;
    for (const auto& i : interviews) used.insert(i.id);
    for (std::size_t n = used.size() + 1;; ++n) {
        std::string candidate = "i" + std::to_string(n);
        if (!used.count(candidate)) return candidate;
    }
}

const Interview* interview_of_question(const Kit& kit, const std::string& question_id) {
    for (const auto& i : kit.plan.interviews)
        if (std::find(i.question_ids.begin(), i.question_ids.end(), question_id) != i.question_ids.end()) return &i;
    for (const auto& s : kit.sections) {
        const bool holds = std::any_of(s.questions.begin(), s.questions.end(),
                                       [&](const KitQuestion& q) { return q.id == question_id; });
        if (!holds) continue;
        for (const auto& i : kit.plan.interviews)
            if (std::find(i.section_ids.begin(), i.section_ids.end(), s.id) != i.section_ids.end()) return &i;
        return nullptr;
    }
    return nullptr;
}

std::vector<const KitQuestion*> questions_of_interview(const Kit& kit, const Interview& interview) {
    std::vector<const KitQuestion*> result;
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions)
            if (interview_of_question(kit, q.id) == &interview) result.push_back(&q);
    return result;
}

int planned_minutes_of_interview(const Kit& kit, const Interview& interview) {
    int total = 0;
    for (const KitQuestion* q : questions_of_interview(kit, interview)) total += std::max(0, q->minutes);
    return total;
}

std::map<std::string, std::size_t> interview_index_of_questions(const Kit& kit) {
    std::map<std::string, std::size_t> result;
    std::map<std::string, std::size_t> section_interview;
    const auto& interviews = kit.plan.interviews;
    for (std::size_t i = 0; i < interviews.size(); ++i) {
        for (const auto& id : interviews[i].question_ids) result.emplace(id, i);  // the first naming it wins
        for (const auto& id : interviews[i].section_ids) section_interview.emplace(id, i);
    }
    for (const auto& s : kit.sections) {
        const auto it = section_interview.find(s.id);
        if (it == section_interview.end()) continue;
        for (const auto& q : s.questions) result.emplace(q.id, it->second);  // a single assignment wins
    }
    return result;
}

}  // namespace ikit
