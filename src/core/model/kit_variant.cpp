#include "model/kit_variant.h"

namespace ikit {

bool KitVariant::operator==(const KitVariant& o) const {
    return bank_id == o.bank_id && text == o.text && type == o.type && competency_ids == o.competency_ids &&
           rubric_id == o.rubric_id && listen_for == o.listen_for && probes == o.probes && red_flags == o.red_flags;
}

}  // namespace ikit
