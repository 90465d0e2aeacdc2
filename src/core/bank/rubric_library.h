#pragma once
/// \file rubric_library.h
/// The rubrics available to attach: the shipped library plus the user's own.

#include "model/rubric.h"

#include <string>
#include <vector>

namespace ikit {

/// A set of rubrics with unique ids.
class RubricLibrary {
public:
    /// Adds a rubric; throws Error when its id is already present.
    void add(Rubric rubric);
    /// All rubrics, in the order added.
    const std::vector<Rubric>& rubrics() const { return rubrics_; }
    /// The rubric with this id (case-insensitive), or nullptr.
    const Rubric* find(const std::string& id) const;
    /// The rubric that measures this competency, or nullptr.
    const Rubric* for_competency(const std::string& competency_id) const;
    /// The rubric for a question's main competency, else the generic one ("generic"), else nullptr.
    const Rubric* default_for(const std::vector<std::string>& competency_ids) const;

private:
    std::vector<Rubric> rubrics_;
};

/// One problem found in a rubric by check_rubric.
struct RubricProblem {
    int score = 0;          ///< the level concerned, 0 for the whole rubric
    std::string message;    ///< what is wrong and what to do
};

/// Quality rules of a rubric: 4–5 levels, ascending scores, every level anchored,
/// anchors distinct, no anchor that only evaluates ("good answer") without observable behaviour.
std::vector<RubricProblem> check_rubric(const Rubric& rubric);

/// True when an anchor only evaluates ("good", "poor answer", "excellent response") and names no behaviour.
bool is_evaluative_only(const std::string& anchor);

}  // namespace ikit
