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

Kit kit_of_interview(const Kit& kit, const Interview& interview) {
    Kit result;
    result.properties = kit.properties;
    result.properties.length_minutes = interview.minutes;
    result.properties.stage = interview.name;
    result.recommendation_labels = kit.recommendation_labels;
    std::size_t index = 0;
    while (index < kit.plan.interviews.size() && &kit.plan.interviews[index] != &interview) ++index;
    if (index == kit.plan.interviews.size())  // a copy: find it by id
        for (index = 0; index < kit.plan.interviews.size() && kit.plan.interviews[index].id != interview.id;) ++index;
    const auto assignment = interview_index_of_questions(kit);
    std::set<std::string> listed;
    for (const auto& s : kit.sections) {
        KitSection section{s.id, s.title, s.competency_id, {}};
        for (const auto& q : s.questions) {
            const auto it = assignment.find(q.id);
            if (it == assignment.end() || it->second != index) continue;
            section.questions.push_back(q);
            listed.insert(q.competency_ids.begin(), q.competency_ids.end());
        }
        if (!section.questions.empty()) result.sections.push_back(std::move(section));
    }
    for (const auto& c : kit.competencies)
        if (listed.count(c.id)) result.competencies.push_back(c);
    return result;
}

}  // namespace ikit
