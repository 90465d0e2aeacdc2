#pragma once
/// \file plan_xml.h
/// The <plan> element of a kit file: the interviews of a loop, their interviewers and the sections and
/// questions assigned to each (see assets/schema/kit-format.md, "The interview plan").

#include "model/kit.h"
#include "serialize/xml_input.h"
#include "serialize/xml_writer.h"

#include <cstddef>
#include <functional>
#include <string>

namespace ikit {

/// Most interviews one plan may hold.
constexpr std::size_t kMaxPlanInterviews = 50;
/// Most interviewer slots one interview may hold.
constexpr std::size_t kMaxInterviewersPerInterview = 20;
/// The most elements a <plan> can use in a kit of `max_sections` sections and `max_questions` questions:
/// <plan>, each <interview> with its <interviewer>s, one <section> per section and one <question> per
/// question (a section or question is assigned at most once).
constexpr std::size_t max_plan_elements(std::size_t max_sections, std::size_t max_questions) {
    return 1 + kMaxPlanInterviews * (1 + kMaxInterviewersPerInterview) + max_sections + max_questions;
}

/// Reports a warning for a line of the file (e.g. a reference to a section the kit does not have).
using PlanWarningFn = std::function<void(int line, const std::string& message)>;

/// Reads the kit's <plan> (after its sections are read: references are checked against `kit`). Refuses, with
/// the line, more than kMaxPlanInterviews interviews or kMaxInterviewersPerInterview interviewers in one,
/// a missing or duplicate interview id, a minutes value outside 0–1440, a reference without its `ref`, a
/// section or question assigned twice and a second <plan>. A reference to a section or question
/// the kit does not have (a kit edited by a version that keeps the plan without knowing it) is dropped with
/// a warning. An empty plan when the kit has no <plan>.
InterviewPlan read_plan_element(const XmlReadContext& context, const tinyxml2::XMLElement& kit_root, const Kit& kit,
                                const PlanWarningFn& warn);

/// Writes the kit's <plan> (nothing when the plan is empty). References to nothing and references that
/// change nothing (a section or question an earlier interview already holds) are left out, so the file
/// always reads back to the same assignment.
void write_plan_element(XmlWriter& writer, const Kit& kit);

}  // namespace ikit
