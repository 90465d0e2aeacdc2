#include "model/variant_group.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"

#include <unordered_map>

namespace ikit {

bool interchangeable(const Question& a, const Question& b) {
    return a.main_competency() == b.main_competency() && a.type == b.type && a.rubric_id == b.rubric_id &&
           a.scored == b.scored;
}

namespace {
// The message for member `q` of a group whose first member `first` it cannot stand in for.
std::string conflict_message(const Question& q, const Question& first) {
    const std::string id = q.id, group = q.variant_group, other = first.id;
    if (q.main_competency() != first.main_competency())
        return fill(tr("question \"{1}\" of variant group \"{2}\" has main competency \"{3}\", but \"{4}\" has "
                       "\"{5}\" (members of a group must share main competency, type, rubric and scoring)"),
                    {id, group, q.main_competency(), other, first.main_competency()});
    if (q.type != first.type)
        return fill(tr("question \"{1}\" of variant group \"{2}\" has type {3}, but \"{4}\" has {5} (members of a "
                       "group must share main competency, type, rubric and scoring)"),
                    {id, group, to_id(q.type), other, to_id(first.type)});
    if (q.rubric_id != first.rubric_id) {
        if (q.rubric_id.empty())
            return fill(tr("question \"{1}\" of variant group \"{2}\" has its competency's rubric, but \"{3}\" has "
                           "rubric \"{4}\" (members of a group must share main competency, type, rubric and scoring)"),
                        {id, group, other, first.rubric_id});
        if (first.rubric_id.empty())
            return fill(tr("question \"{1}\" of variant group \"{2}\" has rubric \"{3}\", but \"{4}\" has its "
                           "competency's rubric (members of a group must share main competency, type, rubric and "
                           "scoring)"),
                        {id, group, q.rubric_id, other});
        return fill(tr("question \"{1}\" of variant group \"{2}\" has rubric \"{3}\", but \"{4}\" has rubric "
                       "\"{5}\" (members of a group must share main competency, type, rubric and scoring)"),
                    {id, group, q.rubric_id, other, first.rubric_id});
    }
    if (q.scored)
        return fill(tr("question \"{1}\" of variant group \"{2}\" has scored, but \"{3}\" is not scored (members "
                       "of a group must share main competency, type, rubric and scoring)"),
                    {id, group, other});
    return fill(tr("question \"{1}\" of variant group \"{2}\" has scored=\"false\", but \"{3}\" is scored "
                   "(members of a group must share main competency, type, rubric and scoring)"),
                {id, group, other});
}
}  // namespace

std::optional<VariantGroupConflict> find_variant_group_conflict(const std::vector<Question>& questions,
                                                                std::size_t first) {
    std::unordered_map<std::string, std::size_t> first_member;  // group id -> index of its first member
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const Question& q = questions[i];
        if (q.variant_group.empty()) continue;
        const auto [at, inserted] = first_member.emplace(q.variant_group, i);
        if (inserted || i < first) continue;
        const Question& head = questions[at->second];
        if (!interchangeable(q, head))
            return VariantGroupConflict{i, conflict_message(q, head)};
    }
    return std::nullopt;
}

}  // namespace ikit
