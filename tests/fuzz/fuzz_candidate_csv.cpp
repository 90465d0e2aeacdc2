// libFuzzer target: parse_candidate_csv on arbitrary bytes against a kit with a three-interview plan, then
// each candidate's interviewer slots and agenda. Any outcome but a list or an ikit::Error is a bug: a crash, a
// sanitizer report, another exception, a hang; so is a list that breaks its own promises (an empty name, a
// duplicate candidate, an interviewer column for an interview the kit lacks, more slots than allowed).
// Built only with -DIKIT_FUZZ=ON and clang; see docs/fuzzing.md.

#include "print/candidate_batch.h"
#include "print/interview_print.h"
#include "serialize/plan_xml.h"
#include "util/error.h"
#include "util/text.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>

namespace {

ikit::Kit plan_kit() {
    ikit::Kit kit;
    kit.competencies = {{"cx", "Customer experience", ""}, {"kpi", "KPIs & metrics", ""}};
    ikit::KitQuestion q1, q2;
    q1.id = "q1";
    q1.text = "Tell me about a complaint that changed how your team works.";
    q1.competency_ids = {"cx"};
    q2.id = "q2";
    q2.text = "Which measures do you look at every Monday?";
    q2.competency_ids = {"kpi"};
    kit.sections = {{"s1", "Customers", "cx", {q1}}, {"s2", "Measures", "kpi", {q2}}};
    kit.plan.interviews = {{"i1", "Phone screen", 30, {{"Ana Ruiz", "Recruiter"}}, {}, {"q1"}},
                           {"i2", "Panel: operations", 45, {{"", "Peer manager"}, {"Kim Lee", ""}}, {"s2"}, {}},
                           {"i3", "Hiring manager", 45, {}, {}, {}}};
    return kit;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const ikit::Kit kit = plan_kit();
    const std::string text(reinterpret_cast<const char*>(data), size);
    ikit::CandidateList list;
    try {
        list = ikit::parse_candidate_csv(text, "fuzz.csv", kit);
    } catch (const ikit::Error&) {
        return 0;  // refused with a message
    }
    std::set<std::string> names;
    for (const auto& c : list.candidates) {
        if (c.name.empty() || c.name != ikit::trim(c.name) || !names.insert(ikit::ascii_lower(c.name)).second) std::abort();
        std::vector<std::vector<ikit::InterviewerSlot>> slots;
        for (const auto& interview : kit.plan.interviews) {
            slots.push_back(ikit::interviewers_for_candidate(interview, c));
            if (slots.back().size() > ikit::kMaxInterviewersPerInterview) std::abort();
        }
        for (const auto& [id, given] : c.interviewers)
            if (!kit.plan.find(id) || given.empty()) std::abort();
        const ikit::CandidateAgenda agenda = ikit::candidate_agenda(kit, c.name, c.date, &slots);
        if (agenda.meetings.size() != kit.plan.interviews.size()) std::abort();
    }
    return 0;
}
