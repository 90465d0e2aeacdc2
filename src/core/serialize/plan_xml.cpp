#include "serialize/plan_xml.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"

#include <algorithm>
#include <set>

namespace ikit {

namespace {

constexpr int kMaxInterviewMinutes = 24 * 60;

// Unknown children of a plan element: reported, never silently dropped.
void warn_unknown_children(const tinyxml2::XMLElement& e, const std::set<std::string>& known,
                           const PlanWarningFn& warn) {
    for (const auto* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
        if (known.count(c->Name())) continue;
        warn(c->GetLineNum(), fill(tr("unknown element <{1}> inside <{2}> was not read (made by a newer version?)"),
                                   {c->Name(), e.Name()}));
    }
}

// What the plan's references may name, and what is already assigned.
struct Assignments {
    std::set<std::string> sections;           // ids of the kit's sections
    std::set<std::string> questions;          // ids of the kit's questions
    std::set<std::string> assigned_sections;  // sections some interview already holds
    std::set<std::string> assigned_questions; // questions some interview already names
};

Interview read_interview(const XmlReadContext& ctx, const tinyxml2::XMLElement& e, Assignments& a,
                         const PlanWarningFn& warn) {
    Interview interview;
    interview.id = ctx.required_attribute(e, "id");
    interview.name = XmlReadContext::attribute(e, "name");
    interview.minutes = ctx.int_attribute(e, "minutes", 0, kMaxInterviewMinutes, 0, true);
    for (const auto* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
        const std::string name = c->Name();
        if (name == "interviewer") {
            if (interview.interviewers.size() == kMaxInterviewersPerInterview)
                ctx.fail(c, fill(tr("refused: interview \"{1}\" has more than {2} interviewers"),
                                 {interview.id, std::to_string(kMaxInterviewersPerInterview)}));
            interview.interviewers.push_back(
                {XmlReadContext::attribute(*c, "name"), XmlReadContext::attribute(*c, "role")});
        } else if (name == "section" || name == "question") {
            const bool section = name == "section";
            const std::string ref = ctx.required_attribute(*c, "ref");
            if (!(section ? a.sections : a.questions).count(ref)) {
                warn(c->GetLineNum(),
                     fill(section ? tr("interview \"{1}\" refers to section \"{2}\", which the kit does not have; the "
                                       "reference was dropped")
                                  : tr("interview \"{1}\" refers to question \"{2}\", which the kit does not have; the "
                                       "reference was dropped"),
                          {interview.id, ref}));
                continue;
            }
            if (!(section ? a.assigned_sections : a.assigned_questions).insert(ref).second)
                ctx.fail(c, fill(section ? tr("the section \"{1}\" is assigned to two interviews (or twice to "
                                              "interview \"{2}\"); each section belongs to one interview")
                                         : tr("the question \"{1}\" is assigned to two interviews (or twice to "
                                              "interview \"{2}\"); each question belongs to one interview"),
                                 {ref, interview.id}));
            (section ? interview.section_ids : interview.question_ids).push_back(ref);
        }
    }
    warn_unknown_children(e, {"interviewer", "section", "question"}, warn);
    return interview;
}

}  // namespace

InterviewPlan read_plan_element(const XmlReadContext& ctx, const tinyxml2::XMLElement& root, const Kit& kit,
                                const PlanWarningFn& warn) {
    InterviewPlan plan;
    const auto* element = root.FirstChildElement("plan");
    if (!element) return plan;
    if (const auto* second = element->NextSiblingElement("plan")) ctx.fail(second, tr("the kit has more than one <plan>"));
    Assignments a;
    for (const auto& s : kit.sections) {
        a.sections.insert(s.id);
        for (const auto& q : s.questions) a.questions.insert(q.id);
    }
    std::set<std::string> ids;
    for (const auto* e = element->FirstChildElement("interview"); e; e = e->NextSiblingElement("interview")) {
        if (plan.interviews.size() == kMaxPlanInterviews)
            ctx.fail(e, fill(tr("refused: the plan has more than {1} interviews"), {std::to_string(kMaxPlanInterviews)}));
        Interview interview = read_interview(ctx, *e, a, warn);
        if (!ids.insert(interview.id).second) ctx.fail(e, fill(tr("duplicate interview id \"{1}\""), {interview.id}));
        plan.interviews.push_back(std::move(interview));
    }
    warn_unknown_children(*element, {"interview"}, warn);
    return plan;
}

void write_plan_element(XmlWriter& w, const Kit& kit) {
    if (kit.plan.empty()) return;
    std::set<std::string> sections, questions;
    for (const auto& s : kit.sections) {
        sections.insert(s.id);
        for (const auto& q : s.questions) questions.insert(q.id);
    }
    std::set<std::string> written_sections, written_questions;
    w.open("plan");
    for (const auto& interview : kit.plan.interviews) {
        w.open("interview",
               {{"id", interview.id}, {"name", interview.name}, {"minutes", std::to_string(std::clamp(interview.minutes, 0, kMaxInterviewMinutes))}});
        for (const auto& slot : interview.interviewers) {
            XmlAttributes attributes;
            if (!slot.name.empty()) attributes.emplace_back("name", slot.name);
            if (!slot.role.empty()) attributes.emplace_back("role", slot.role);
            w.empty_element("interviewer", attributes);
        }
        for (const auto& id : interview.section_ids)
            if (sections.count(id) && written_sections.insert(id).second) w.empty_element("section", {{"ref", id}});
        for (const auto& id : interview.question_ids)
            if (questions.count(id) && written_questions.insert(id).second) w.empty_element("question", {{"ref", id}});
        w.close();
    }
    w.close();
}

}  // namespace ikit
