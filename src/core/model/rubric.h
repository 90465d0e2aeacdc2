#pragma once
/// \file rubric.h
/// Behaviourally anchored rating scales and the overall recommendation scale.

#include <string>
#include <vector>

namespace ikit {

/// One point of a rating scale with the behaviour that earns it.
struct RubricLevel {
    int score = 0;       ///< 1..5
    std::string label;   ///< short label, e.g. "Meets the bar"
    std::string anchor;  ///< what an answer at this level sounds like
    bool operator==(const RubricLevel& other) const;
    bool operator!=(const RubricLevel& other) const { return !(*this == other); }
};

/// A short example answer that would earn one level of a rubric (a calibration aid for interviewers).
struct RubricExample {
    int score = 0;     ///< the level it illustrates (one of the rubric's level scores)
    std::string text;  ///< 1–3 sentences, first person
    bool operator==(const RubricExample& other) const { return score == other.score && text == other.text; }
    bool operator!=(const RubricExample& other) const { return !(*this == other); }
};

/// A rating scale of 4–5 anchored levels, for one competency or for one question.
struct Rubric {
    std::string id;             ///< stable id, e.g. "kpis-metrics"
    std::string name;           ///< display name
    std::string competency_id;  ///< competency it measures; may be empty (generic)
    std::string description;    ///< what it measures
    std::vector<RubricLevel> levels;  ///< ascending by score
    std::vector<RubricExample> examples;  ///< example answers (usually levels 1, 3 and 5), in file order; may be empty

    /// True when the rubric has no levels (no rubric attached).
    bool empty() const { return levels.empty(); }
    /// The level with this score, or nullptr.
    const RubricLevel* level(int score) const;
    /// The example answer for this score, or nullptr.
    const RubricExample* example(int score) const;
    bool operator==(const Rubric& other) const;
    bool operator!=(const Rubric& other) const { return !(*this == other); }
};

/// The default labels of a 5-level scale, lowest first.
const std::vector<std::string>& default_level_labels();

/// The default overall recommendation labels (no neutral point), lowest first.
const std::vector<std::string>& default_recommendation_labels();

}  // namespace ikit
