#include "model/rubric.h"

#include "i18n/tr.h"

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
    // Translated where printed (the kit keeps them in English, as ids of the default scale).
    static const std::vector<std::string> labels{N_("Unsatisfactory"), N_("Weak"), N_("Meets the bar"), N_("Strong"),
                                                 N_("Exceptional")};
    return labels;
}

const std::vector<std::string>& default_recommendation_labels() {
    // Translated where printed while a kit keeps this default scale; labels a user wrote print as written.
    static const std::vector<std::string> labels{N_("Strong no"), N_("No"), N_("Yes"), N_("Strong yes")};
    return labels;
}

}  // namespace ikit
