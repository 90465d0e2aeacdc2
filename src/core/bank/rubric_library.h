#pragma once
/// \file rubric_library.h
/// The rubrics available to attach: the shipped library plus the user's own.

#include "model/question.h"
#include "model/rubric.h"

#include <string>
#include <vector>

namespace ikit {

/// A set of rubrics with unique ids.
class RubricLibrary {
public:
    /// Adds a rubric; throws Error when its id is already present.
    void add(Rubric rubric);
    /// Adds a question's own rubric (one a bank question names with rubric="…"); for_competency() passes over
    /// it. Throws Error when its id is already present.
    void add_question_rubric(Rubric rubric);
    /// True when `rubric` was added as a question's own rubric.
    bool is_question_rubric(const Rubric& rubric) const;
    /// All rubrics, in the order added.
    const std::vector<Rubric>& rubrics() const { return rubrics_; }
    /// The rubric with this id (case-insensitive), or nullptr.
    const Rubric* find(const std::string& id) const;
    /// The competency rubric that measures this competency (never a question's own rubric), or nullptr.
    const Rubric* for_competency(const std::string& competency_id) const;
    /// The rubric for a question's main competency, else the generic one ("generic"), else nullptr.
    const Rubric* default_for(const std::vector<std::string>& competency_ids) const;
    /// The one rule for the rubric a bank question is scored on in a kit: its own rubric (`rubric_id`) when
    /// the library has it and the question is asked for its main competency or the own rubric's
    /// (`assessed_competency` "" or one of those); else the rubric of the competency it is asked to assess
    /// (e.g. its section's); else default_for() its competencies. nullptr when the library has none of them.
    const Rubric* for_question(const Question& question, const std::string& assessed_competency = "") const;

private:
    std::vector<Rubric> rubrics_;
    std::vector<std::string> question_rubric_ids_;
};

}  // namespace ikit
