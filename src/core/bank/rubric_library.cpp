#include "bank/rubric_library.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "util/error.h"
#include "util/text.h"

#include <algorithm>

namespace ikit {

void RubricLibrary::add(Rubric rubric) {
    if (find(rubric.id)) throw Error(fill(tr("a rubric with id \"{1}\" is already loaded"), {rubric.id}));
    rubrics_.push_back(std::move(rubric));
}

void RubricLibrary::add_question_rubric(Rubric rubric) {
    const std::string id = rubric.id;
    add(std::move(rubric));
    question_rubric_ids_.push_back(id);
}

bool RubricLibrary::is_question_rubric(const Rubric& rubric) const {
    return std::any_of(question_rubric_ids_.begin(), question_rubric_ids_.end(),
                       [&](const std::string& id) { return iequals(id, rubric.id); });
}

const Rubric* RubricLibrary::find(const std::string& id) const {
    for (const auto& r : rubrics_)
        if (iequals(r.id, id)) return &r;
    return nullptr;
}

const Rubric* RubricLibrary::for_competency(const std::string& competency_id) const {
    if (competency_id.empty()) return nullptr;
    for (const auto& r : rubrics_)
        if (iequals(r.competency_id, competency_id) && !is_question_rubric(r)) return &r;
    return nullptr;
}

const Rubric* RubricLibrary::default_for(const std::vector<std::string>& competency_ids) const {
    if (!competency_ids.empty())
        if (const Rubric* r = for_competency(competency_ids.front())) return r;
    return find("generic");
}

const Rubric* RubricLibrary::for_question(const Question& question, const std::string& assessed_competency) const {
    if (!question.rubric_id.empty())
        if (const Rubric* own = find(question.rubric_id))
            if (assessed_competency.empty() || iequals(assessed_competency, question.main_competency()) ||
                iequals(assessed_competency, own->competency_id))
                return own;
    if (const Rubric* r = for_competency(assessed_competency)) return r;
    return default_for(question.competency_ids);
}

}  // namespace ikit
