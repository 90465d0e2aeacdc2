#include "model/rubric.h"

namespace ikit {

bool RubricLevel::operator==(const RubricLevel& o) const {
    return score == o.score && label == o.label && anchor == o.anchor;
}

bool Rubric::operator==(const Rubric& o) const {
    return id == o.id && name == o.name && competency_id == o.competency_id && description == o.description &&
           levels == o.levels && examples == o.examples;
}

const RubricLevel* Rubric::level(int score) const {
    for (const auto& l : levels)
        if (l.score == score) return &l;
    return nullptr;
}

const RubricExample* Rubric::example(int score) const {
    for (const auto& e : examples)
        if (e.score == score) return &e;
    return nullptr;
}

const std::vector<std::string>& default_level_labels() {
    static const std::vector<std::string> labels{"Unsatisfactory", "Weak", "Meets the bar", "Strong", "Exceptional"};
    return labels;
}

const std::vector<std::string>& default_recommendation_labels() {
    static const std::vector<std::string> labels{"Strong no", "No", "Yes", "Strong yes"};
    return labels;
}

}  // namespace ikit
