#pragma once
/// \file question_bank.h
/// The loaded question bank: roles, competencies and questions of one or more bank files,
/// with a text index built once so filtering stays fast at 100,000 questions.

#include "bank/facet_index.h"
#include "model/bank_content.h"
#include "model/question.h"
#include "model/taxonomy.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ikit {

/// What to show of the bank. Dimensions combine (AND); several competencies match any of them (OR).
struct BankFilter {
    std::string role_id;                      ///< empty = any role
    std::vector<std::string> competency_ids;  ///< empty = any competency
    std::optional<QuestionType> type;         ///< nullopt = any type
    std::string search;                       ///< words that must all occur (case-insensitive) in text, probes, listen-for or tags
};

/// A merged, indexed question bank.
class QuestionBank {
public:
    /// Merges one file's content. Roles/competencies already known by id are kept as they are;
    /// a question whose id is already loaded, or that names an unknown role or competency, throws
    /// Error naming the file, and the bank is left as it was.
    void add(BankContent content);

    const std::vector<Role>& roles() const { return roles_; }                      ///< all roles
    const std::vector<Competency>& competencies() const { return competencies_; }  ///< all competencies
    const std::vector<Question>& questions() const { return questions_; }          ///< all questions, in load order
    const std::vector<std::string>& files() const { return files_; }               ///< files merged, in order

    /// The question with this id (case-insensitive), or nullptr.
    const Question* find(const std::string& id) const;
    /// A role by id or name (case-insensitive), or nullptr.
    const Role* role(const std::string& key) const { return find_role(roles_, key); }
    /// A competency by id or name (case-insensitive), or nullptr.
    const Competency* competency(const std::string& key) const { return find_competency(competencies_, key); }
    /// The display name of a competency id, or the id itself when unknown.
    std::string competency_name(const std::string& id) const;

    /// Indices into questions() of those that pass `filter`, in bank order.
    std::vector<std::size_t> filter(const BankFilter& filter) const;
    /// Like filter(), but only looks at `candidates` (e.g. the previous result when the user typed one more letter).
    std::vector<std::size_t> filter_within(const BankFilter& filter, const std::vector<std::size_t>& candidates) const;

private:
    void index_from(std::size_t first);
    void index_question(std::size_t record);
    std::string_view record_text(std::size_t record) const;
    void prefetch_text(std::size_t record) const;

    std::vector<Role> roles_;
    std::vector<Competency> competencies_;
    std::vector<Question> questions_;
    std::vector<std::string> files_;
    std::unordered_map<std::string, std::size_t> by_id_;  // lower-cased id -> index
    FacetIndex facets_;                   // type, roles and competencies of each question, for filters
    std::unique_ptr<char[]> haystack_;    // lower-cased searchable text of every question, '\n'-separated
    std::size_t haystack_size_ = 0;       // its length
    std::vector<std::size_t> record_end_; // end offset in haystack_ of each question's text
    std::vector<std::uint64_t> pair_bits_;  // byte pairs of each question's text, by groups of 64 (search pre-check)
};

}  // namespace ikit
