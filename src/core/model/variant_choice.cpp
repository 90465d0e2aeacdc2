#include "model/variant_choice.h"

namespace ikit {

std::string_view to_id(Rotation rotation) { return rotation == Rotation::Fixed ? "fixed" : "candidate"; }

std::optional<Rotation> rotation_from_id(std::string_view id) {
    if (id == "candidate") return Rotation::ByCandidate;
    if (id == "fixed") return Rotation::Fixed;
    return std::nullopt;
}

std::uint64_t fnv1a64(std::string_view bytes) {
    std::uint64_t hash = 14695981039346656037ull;
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash;
}

std::string normalised_candidate_key(std::string_view key) {
    std::string out;
    bool space = false;
    for (char c : key) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    return out;
}

std::size_t choose_variant(const Kit& kit, const KitQuestion& question, std::string_view candidate_key,
                           Rotation rotation) {
    const std::size_t size = question.pool.size();
    const std::string candidate = normalised_candidate_key(candidate_key);
    if (size < 2 || rotation == Rotation::Fixed || candidate.empty()) return 0;
    const std::string input = "ikit-rotation-1\n" + normalised_candidate_key(kit.properties.title) + "\n" +
                              question.id + "\n" + candidate;
    return static_cast<std::size_t>(fnv1a64(input) % size);
}

KitQuestion asked_variant(const KitQuestion& question, std::size_t member) {
    KitQuestion asked = question;
    asked.pool = {};
    if (member == 0 || member > question.pool.variants.size()) return asked;
    const KitVariant& v = question.pool.variants[member - 1];
    asked.bank_id = v.bank_id;
    asked.text = v.text;
    if (!v.competency_ids.empty()) asked.competency_ids = v.competency_ids;
    asked.listen_for = v.listen_for;
    asked.probes = v.probes;
    asked.red_flags = v.red_flags;
    return asked;
}

Kit kit_for_candidate(const Kit& kit, std::string_view candidate_key, Rotation rotation) {
    Kit out = kit;
    for (auto& section : out.sections)
        for (auto& q : section.questions)
            if (q.pool.present || !q.pool.variants.empty()) q = asked_variant(q, choose_variant(kit, q, candidate_key, rotation));
    return out;
}

bool has_variants(const Kit& kit) {
    for (const auto& section : kit.sections)
        for (const auto& q : section.questions)
            if (!q.pool.variants.empty()) return true;
    return false;
}

}  // namespace ikit
