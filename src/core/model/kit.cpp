#include "model/kit.h"

#include <algorithm>
#include <set>

namespace ikit {

bool KitQuestion::operator==(const KitQuestion& o) const {
    return id == o.id && bank_id == o.bank_id && text == o.text && type == o.type && minutes == o.minutes &&
           competency_ids == o.competency_ids && listen_for == o.listen_for && probes == o.probes &&
           red_flags == o.red_flags && rubric == o.rubric && scored == o.scored && pool == o.pool;
}

std::string_view to_id(SectionKind kind) {
    switch (kind) {
        case SectionKind::Opener: return "opener";
        case SectionKind::Body: return "body";
        case SectionKind::Close: return "close";
    }
    return "body";
}

std::optional<SectionKind> section_kind_from_id(std::string_view id) {
    for (SectionKind k : {SectionKind::Opener, SectionKind::Body, SectionKind::Close})
        if (id == to_id(k)) return k;
    return std::nullopt;
}

bool KitSection::operator==(const KitSection& o) const {
    return id == o.id && title == o.title && competency_id == o.competency_id && questions == o.questions &&
           kind == o.kind && candidate_minutes == o.candidate_minutes;
}

bool KitProperties::operator==(const KitProperties& o) const {
    return title == o.title && role_id == o.role_id && role_name == o.role_name && stage == o.stage &&
           length_minutes == o.length_minutes && instructions == o.instructions && author == o.author &&
           modified == o.modified && paper == o.paper && language == o.language;
}

bool Kit::operator==(const Kit& o) const {
    return properties == o.properties && competencies == o.competencies && sections == o.sections &&
           recommendation_labels == o.recommendation_labels && plan == o.plan && extensions == o.extensions;
}

std::size_t Kit::question_count() const {
    std::size_t n = 0;
    for (const auto& s : sections) n += s.questions.size();
    return n;
}

int Kit::planned_minutes() const {
    int total = 0;
    for (const auto& s : sections)
        for (const auto& q : s.questions) total += std::max(0, q.minutes);
    return total;
}

int Kit::reserved_minutes() const {
    int total = 0;
    for (const auto& s : sections) total += std::max(0, s.candidate_minutes);
    return total;
}

const KitQuestion* Kit::find_question(const std::string& id) const {
    for (const auto& s : sections)
        for (const auto& q : s.questions)
            if (q.id == id) return &q;
    return nullptr;
}

const KitSection* Kit::find_section(const std::string& id) const {
    for (const auto& s : sections)
        if (s.id == id) return &s;
    return nullptr;
}

std::string Kit::competency_name(const std::string& id) const {
    for (const auto& c : competencies)
        if (c.id == id) return c.name;
    for (const auto& s : sections)
        if (s.competency_id == id && !s.title.empty()) return s.title;
    return id;
}

namespace {
std::string next_id(char prefix, const std::set<std::string>& used) {
    for (std::size_t n = used.size() + 1;; ++n) {
        std::string candidate = std::string(1, prefix) + std::to_string(n);
        if (!used.count(candidate)) return candidate;
    }
}
}  // namespace

std::string Kit::next_question_id() const {
    std::set<std::string> used;
    for (const auto& s : sections)
        for (const auto& q : s.questions) used.insert(q.id);
    return next_id('q', used);
}

std::string Kit::next_section_id() const {
    std::set<std::string> used;
    for (const auto& s : sections) used.insert(s.id);
    return next_id('s', used);
}

std::vector<std::pair<std::string, int>> questions_per_competency(const Kit& kit) {
    std::vector<std::pair<std::string, int>> counts;
    for (const auto& c : kit.competencies) counts.emplace_back(c.id, 0);
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) {
            if (!q.scored) continue;
            for (const auto& cid : q.competency_ids) {
                auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& p) { return p.first == cid; });
                if (it == counts.end())
                    counts.emplace_back(cid, 1);
                else
                    ++it->second;
            }
        }
    return counts;
}

std::vector<Competency> uncovered_competencies(const Kit& kit) {
    std::vector<Competency> result;
    const auto counts = questions_per_competency(kit);
    for (const auto& c : kit.competencies) {
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& p) { return p.first == c.id; });
        if (it == counts.end() || it->second == 0) result.push_back(c);
    }
    return result;
}

const char* const kUntitledKitTitle = "Untitled kit";

Kit new_empty_kit() {
    Kit kit;
    kit.properties.title = kUntitledKitTitle;
    kit.properties.stage = "Interview";
    kit.sections.push_back(KitSection{"s1", "Questions", "", {}});
    return kit;
}

KitQuestion make_kit_question(const Question& question, const Rubric& rubric) {
    KitQuestion q;
    q.bank_id = question.id;
    q.text = question.text;
    q.type = question.type;
    q.minutes = question.minutes;
    q.competency_ids = question.competency_ids;
    q.listen_for = question.listen_for;
    q.probes = question.probes;
    q.red_flags = question.red_flags;
    q.rubric = rubric;
    q.scored = question.scored;
    return q;
}

}  // namespace ikit
