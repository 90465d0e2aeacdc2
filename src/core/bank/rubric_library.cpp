#include "bank/rubric_library.h"

#include "util/error.h"
#include "util/text.h"

#include <algorithm>

namespace ikit {

void RubricLibrary::add(Rubric rubric) {
    if (find(rubric.id)) throw Error("a rubric with id \"" + rubric.id + "\" is already loaded");
    rubrics_.push_back(std::move(rubric));
}

const Rubric* RubricLibrary::find(const std::string& id) const {
    for (const auto& r : rubrics_)
        if (iequals(r.id, id)) return &r;
    return nullptr;
}

const Rubric* RubricLibrary::for_competency(const std::string& competency_id) const {
    if (competency_id.empty()) return nullptr;
    for (const auto& r : rubrics_)
        if (iequals(r.competency_id, competency_id)) return &r;
    return nullptr;
}

const Rubric* RubricLibrary::default_for(const std::vector<std::string>& competency_ids) const {
    if (!competency_ids.empty())
        if (const Rubric* r = for_competency(competency_ids.front())) return r;
    return find("generic");
}

const Rubric* RubricLibrary::for_question(const Question& question, const std::string& assessed_competency) const {
    if (const Rubric* r = for_competency(assessed_competency)) return r;
    return default_for(question.competency_ids);
}

}  // namespace ikit
