#include "commands/pool_edits.h"

#include "bank/variant_groups.h"
#include "edit_path.h"
#include "wx_text.h"

#include <wx/intl.h>

#include <algorithm>
#include <utility>

namespace ikit {

template <class Change>
bool PoolEdits::change(const std::string& question_id, const std::string& description, Change&& edit) {
    auto run = [&](KitDocument& doc) {
        const KitQuestion* current = doc.kit().find_question(question_id);
        if (!current) return false;
        KitQuestion changed = *current;
        if (!edit(changed) || changed == *current) return false;
        doc.edit_question(changed, description);
        return true;
    };
    return source_ ? edits_.apply_from(*source_, run) : edits_.apply(run);
}

bool PoolEdits::turn_into_pool(const std::string& question_id) {
    return change(question_id, utf8(_("Turn into pool")), [](KitQuestion& q) {
        if (q.pool.present) return false;
        q.pool.present = true;
        return true;
    });
}

bool PoolEdits::dissolve_pool(const std::string& question_id) {
    return change(question_id, utf8(_("Dissolve pool")), [](KitQuestion& q) {
        if (!q.pool.present && q.pool.variants.empty()) return false;
        q.pool = KitPool{};
        return true;
    });
}

bool PoolEdits::add_variant(const std::string& question_id, const KitVariant& variant) {
    return change(question_id, utf8(_("Add variant")), [&](KitQuestion& q) {
        if (q.pool.size() >= kMaxPoolMembers) return false;
        q.pool.present = true;
        q.pool.variants.push_back(variant);
        return true;
    });
}

bool PoolEdits::remove_variant(const std::string& question_id, std::size_t member) {
    return change(question_id, utf8(_("Remove variant")), [&](KitQuestion& q) {
        if (member == 0 || member > q.pool.variants.size()) return false;
        q.pool.variants.erase(q.pool.variants.begin() + static_cast<std::ptrdiff_t>(member - 1));
        return true;
    });
}

bool PoolEdits::edit_variant(const std::string& question_id, std::size_t member, const KitVariant& variant) {
    return change(question_id, utf8(_("Edit variant")), [&](KitQuestion& q) {
        if (member == 0 || member > q.pool.variants.size()) return false;
        q.pool.variants[member - 1] = variant;
        return true;
    });
}

bool PoolEdits::make_first(const std::string& question_id, std::size_t member) {
    return change(question_id, utf8(_("Make variant first")), [&](KitQuestion& q) {
        if (!can_make_first(q, member)) return false;
        KitVariant& v = q.pool.variants[member - 1];
        // What a variant holds changes places with the slot's own; what is the slot's (id, minutes,
        // rubric, scoring) stays. A variant that leaves type or competencies to the slot takes the
        // slot's old ones explicitly only where they differ from what the new first member brings.
        KitVariant old_first{q.bank_id, q.text, std::nullopt, {}, {}, q.listen_for, q.probes, q.red_flags};
        q.bank_id = v.bank_id;
        q.text = v.text;
        q.listen_for = v.listen_for;
        q.probes = v.probes;
        q.red_flags = v.red_flags;
        if (v.type && *v.type != q.type) {
            old_first.type = q.type;
            q.type = *v.type;
        }
        if (!v.competency_ids.empty() && v.competency_ids != q.competency_ids) {
            old_first.competency_ids = q.competency_ids;
            q.competency_ids = v.competency_ids;
        }
        old_first.rubric_id = v.rubric_id.empty() ? std::string() : q.rubric.id;
        v = std::move(old_first);
        return true;
    });
}

std::vector<KitVariant> bank_variants_to_add(const QuestionBank& bank, const KitQuestion& question) {
    std::vector<KitVariant> offered;
    if (question.bank_id.empty()) return offered;
    const Question* source = bank.find(question.bank_id);
    if (!source) return offered;
    for (const Question* member : variants_of(bank, *source)) {
        if (member->id == question.bank_id) continue;
        const bool held = std::any_of(question.pool.variants.begin(), question.pool.variants.end(),
                                      [&](const KitVariant& v) { return v.bank_id == member->id; });
        if (held) continue;
        offered.push_back({member->id, member->text, member->type, member->competency_ids, question.rubric.id,
                           member->listen_for, member->probes, member->red_flags});
    }
    return offered;
}

bool can_make_first(const KitQuestion& q, std::size_t member) {
    return member >= 1 && member <= q.pool.variants.size() && q.listen_for.size() <= kMaxVariantNotes &&
           q.probes.size() <= kMaxVariantNotes && q.red_flags.size() <= kMaxVariantNotes;
}

KitVariant blank_variant() { return KitVariant{}; }

}  // namespace ikit
