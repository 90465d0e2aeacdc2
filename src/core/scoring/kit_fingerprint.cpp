#include "scoring/kit_fingerprint.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "scoring/scored_questions.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace ikit {

namespace {

// FNV-1a, 64 bits: offset basis 14695981039346656037, prime 1099511628211.
class Fnv1a64 {
public:
    void add(std::string_view bytes) {
        for (unsigned char c : bytes) {
            hash_ ^= c;
            hash_ *= 1099511628211ull;
        }
    }
    // A field: its length in decimal, ':', its bytes, ';' — so no two different field lists give the same text.
    void field(std::string_view bytes) {
        add(std::to_string(bytes.size()));
        add(":");
        add(bytes);
        add(";");
    }
    std::string hex() const {
        static const char digits[] = "0123456789abcdef";
        std::string text(16, '0');
        for (int i = 0; i < 16; ++i) text[static_cast<std::size_t>(15 - i)] = digits[(hash_ >> (4 * i)) & 0xF];
        return text;
    }

private:
    std::uint64_t hash_ = 14695981039346656037ull;
};

}  // namespace

std::string kit_fingerprint(const Kit& kit) {
    std::vector<const KitQuestion*> questions = scored_questions(kit);
    std::stable_sort(questions.begin(), questions.end(),
                     [](const KitQuestion* a, const KitQuestion* b) { return a->id < b->id; });
    Fnv1a64 hash;
    hash.field("ikit-fingerprint-1");
    for (const KitQuestion* q : questions) {
        hash.field("question");
        hash.field(q->id);
        hash.field(q->text);
        hash.field(std::to_string(q->competency_ids.size()));
        for (const auto& id : q->competency_ids) hash.field(id);
        hash.field(std::to_string(q->rubric.levels.size()));
        for (const auto& level : q->rubric.levels) {
            hash.field(std::to_string(level.score));
            hash.field(level.label);
            hash.field(level.anchor);
        }
    }
    return hash.hex();
}

KitIdentity kit_identity(const Kit& kit) { return {kit.properties.title, kit_fingerprint(kit)}; }

std::string KitMismatch::message(const KitIdentity& recorded, const KitIdentity& current) const {
    if (questions && title)
        return fill(tr("these scores were entered for the kit \"{1}\", whose questions or rubrics differ from \"{2}\" "
                       "(fingerprint {3}, the kit's is {4})"),
                    {recorded.title, current.title, recorded.fingerprint, current.fingerprint});
    if (questions)
        return fill(tr("the kit's questions or rubrics changed since these scores were entered (fingerprint {1}, the "
                       "kit's is now {2})"),
                    {recorded.fingerprint, current.fingerprint});
    if (title)
        return fill(tr("these scores were entered for the kit titled \"{1}\", now \"{2}\" (its questions and rubrics "
                       "are the same)"),
                    {recorded.title, current.title});
    return "";
}

KitMismatch compare_kit_identity(const KitIdentity& recorded, const Kit& kit) {
    KitMismatch mismatch;
    mismatch.title = recorded.title != kit.properties.title;
    mismatch.questions = recorded.fingerprint != kit_fingerprint(kit);
    return mismatch;
}

}  // namespace ikit
