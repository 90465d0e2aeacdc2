#include "bank/question_bank.h"

#include "util/error.h"
#include "util/text.h"

#include <algorithm>
#include <cstring>

namespace ikit {

void QuestionBank::add(BankContent content) {
    // Validate everything first so a bad file leaves the bank as it was.
    std::vector<Role> new_roles;
    for (auto& r : content.roles)
        if (!role(r.id)) new_roles.push_back(r);
    std::vector<Competency> new_competencies;
    for (auto& c : content.competencies)
        if (!competency(c.id)) new_competencies.push_back(c);
    const auto known_role = [&](const std::string& id) {
        return find_role(roles_, id) || std::any_of(new_roles.begin(), new_roles.end(), [&](const Role& r) { return iequals(r.id, id); });
    };
    const auto known_competency = [&](const std::string& id) {
        return find_competency(competencies_, id) ||
               std::any_of(new_competencies.begin(), new_competencies.end(), [&](const Competency& c) { return iequals(c.id, id); });
    };
    for (const auto& q : content.questions) {
        if (find(q.id)) throw Error(content.file, 0, "question id \"" + q.id + "\" is already used by another bank file");
        for (const auto& r : q.role_ids)
            if (!known_role(r)) throw Error(content.file, 0, "question \"" + q.id + "\" names unknown role \"" + r + "\"");
        if (q.competency_ids.empty()) throw Error(content.file, 0, "question \"" + q.id + "\" has no competency");
        for (const auto& c : q.competency_ids)
            if (!known_competency(c))
                throw Error(content.file, 0, "question \"" + q.id + "\" names unknown competency \"" + c + "\"");
    }
    roles_.insert(roles_.end(), new_roles.begin(), new_roles.end());
    competencies_.insert(competencies_.end(), new_competencies.begin(), new_competencies.end());
    questions_.reserve(questions_.size() + content.questions.size());
    for (auto& q : content.questions) {
        by_id_.emplace(ascii_lower(q.id), questions_.size());
        index_question(q);
        questions_.push_back(std::move(q));
    }
    files_.push_back(content.file);
}

void QuestionBank::index_question(const Question& q) {
    const auto append = [&](const std::string& s) {
        haystack_ += ascii_lower(s);
        haystack_ += ' ';
    };
    append(q.id);
    append(q.text);
    for (const auto& s : q.probes) append(s);
    for (const auto& s : q.listen_for) append(s);
    for (const auto& s : q.tags) append(s);
    // '\n' never occurs inside a record (it is folded to a space) so a match cannot span two questions.
    for (std::size_t i = record_end_.empty() ? 0 : record_end_.back(); i < haystack_.size(); ++i)
        if (haystack_[i] == '\n' || haystack_[i] == '\r' || haystack_[i] == '\t') haystack_[i] = ' ';
    haystack_ += '\n';
    record_end_.push_back(haystack_.size());
}

const Question* QuestionBank::find(const std::string& id) const {
    auto it = by_id_.find(ascii_lower(id));
    return it == by_id_.end() ? nullptr : &questions_[it->second];
}

std::string QuestionBank::competency_name(const std::string& id) const {
    const Competency* c = competency(id);
    return c ? c->name : id;
}

bool QuestionBank::passes_facets(const Question& q, const BankFilter& f) const {
    if (f.type && q.type != *f.type) return false;
    if (!f.role_id.empty() &&
        std::none_of(q.role_ids.begin(), q.role_ids.end(), [&](const std::string& r) { return iequals(r, f.role_id); }))
        return false;
    if (!f.competency_ids.empty() &&
        std::none_of(q.competency_ids.begin(), q.competency_ids.end(), [&](const std::string& c) {
            return std::any_of(f.competency_ids.begin(), f.competency_ids.end(),
                               [&](const std::string& wanted) { return iequals(c, wanted); });
        }))
        return false;
    return true;
}

namespace {
// Start offset of record i.
std::size_t record_start(const std::vector<std::size_t>& ends, std::size_t i) { return i == 0 ? 0 : ends[i - 1]; }
}  // namespace

std::vector<std::size_t> QuestionBank::filter(const BankFilter& f) const {
    const auto words = split_words(ascii_lower(f.search));
    std::vector<std::size_t> result;
    if (words.empty()) {
        for (std::size_t i = 0; i < questions_.size(); ++i)
            if (passes_facets(questions_[i], f)) result.push_back(i);
        return result;
    }
    // One pass over the whole index with the rarest-looking (longest) word, then check the others per hit.
    const std::string& lead = *std::max_element(words.begin(), words.end(),
                                                [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
    std::size_t pos = 0;
    const char* base = haystack_.data();
    while (pos < haystack_.size()) {
        const void* hit = memmem(base + pos, haystack_.size() - pos, lead.data(), lead.size());
        if (!hit) break;
        const std::size_t offset = static_cast<std::size_t>(static_cast<const char*>(hit) - base);
        const std::size_t record = static_cast<std::size_t>(
            std::upper_bound(record_end_.begin(), record_end_.end(), offset) - record_end_.begin());
        const std::size_t start = record_start(record_end_, record), end = record_end_[record];
        const std::string_view text(base + start, end - start);
        const bool all = std::all_of(words.begin(), words.end(),
                                     [&](const std::string& w) { return text.find(w) != std::string_view::npos; });
        if (all && passes_facets(questions_[record], f)) result.push_back(record);
        pos = end;
    }
    return result;
}

std::vector<std::size_t> QuestionBank::filter_within(const BankFilter& f, const std::vector<std::size_t>& candidates) const {
    const auto words = split_words(ascii_lower(f.search));
    std::vector<std::size_t> result;
    for (std::size_t record : candidates) {
        if (record >= questions_.size()) continue;
        const std::size_t start = record_start(record_end_, record), end = record_end_[record];
        const std::string_view text(haystack_.data() + start, end - start);
        const bool all = std::all_of(words.begin(), words.end(),
                                     [&](const std::string& w) { return text.find(w) != std::string_view::npos; });
        if (all && passes_facets(questions_[record], f)) result.push_back(record);
    }
    return result;
}

}  // namespace ikit
