#include "model/question.h"

namespace ikit {

bool Provenance::operator==(const Provenance& o) const {
    return guide == o.guide && number == o.number && wording == o.wording;
}

const std::string& Question::main_competency() const {
    static const std::string none;
    return competency_ids.empty() ? none : competency_ids.front();
}

bool Question::operator==(const Question& o) const {
    return id == o.id && text == o.text && type == o.type && minutes == o.minutes && role_ids == o.role_ids &&
           competency_ids == o.competency_ids && levels == o.levels && listen_for == o.listen_for &&
           probes == o.probes && red_flags == o.red_flags && tags == o.tags && sources == o.sources &&
           rubric_id == o.rubric_id && scored == o.scored &&
           variant_group == o.variant_group;
}

}  // namespace ikit
