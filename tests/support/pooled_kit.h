#pragma once
// A kit whose first question holds a pool of three members (issue 19), for the rotation, pool check,
// kit file and export tests.
#include "model/kit.h"
#include "test_kits.h"

namespace ikit::test {

/// A variant of `slot` with its own wording and notes, written for the same type, competency and rubric.
inline KitVariant variant_of(const KitQuestion& slot, const std::string& text, const std::string& note) {
    KitVariant v;
    v.text = text;
    v.type = slot.type;
    v.competency_ids = slot.competency_ids;
    v.rubric_id = slot.rubric.id;
    v.listen_for = {note + ": names what they did themselves."};
    v.probes = {note + ": what happened next?", note + ": what would you change?"};
    v.red_flags = {note + ": speaks only of the team.", note + ": gives no result."};
    return v;
}

/// sample_kit() titled "Team Lead Interview", its first question "q1" pooled with two variants.
inline Kit pooled_kit() {
    Kit kit = sample_kit();
    kit.properties.title = "Team Lead Interview";
    KitQuestion& q = kit.sections.at(0).questions.at(0);
    q.id = "q1";
    q.pool.present = true;
    q.pool.variants = {variant_of(q, "Variant B: tell me about a time the queue doubled overnight.", "B"),
                       variant_of(q, "Variant C: describe a week when two agents left at once.", "C")};
    return kit;
}

}  // namespace ikit::test
