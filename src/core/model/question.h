#pragma once
/// \file question.h
/// A question of the bank, with everything an interviewer needs to ask and judge it.

#include "model/question_type.h"

#include <string>
#include <vector>

namespace ikit {

/// Where a bank question came from: a guide and its question number there.
struct Provenance {
    std::string guide;    ///< guide file id, e.g. "002"
    std::string number;   ///< number within the guide, e.g. "14", "T3", "S1"
    std::string wording;  ///< the guide's own wording of the question
    bool operator==(const Provenance& other) const;
    bool operator!=(const Provenance& other) const { return !(*this == other); }
};

/// One question of a question bank.
struct Question {
    std::string id;                           ///< unique across the loaded banks, e.g. "csl-014"
    std::string text;                         ///< the question as asked
    QuestionType type = QuestionType::Behavioural;  ///< kind of evidence asked for
    int minutes = 5;                          ///< suggested time, in minutes
    std::vector<std::string> role_ids;        ///< roles the question is asked for
    std::vector<std::string> competency_ids;  ///< first is the main competency
    std::vector<std::string> levels;          ///< "manager"/"director"/"head" where it differs from the roles'
    std::vector<std::string> listen_for;      ///< signals of a strong answer
    std::vector<std::string> probes;          ///< follow-up questions
    std::vector<std::string> red_flags;       ///< warning signs in an answer
    std::vector<std::string> tags;            ///< search keywords
    std::vector<Provenance> sources;          ///< where the wording came from; empty = written for this product
    std::string rubric_id;                    ///< the question's own rubric; "" = its main competency's
    bool scored = true;                       ///< false for openers and background questions: no rating
    std::string variant_group;                ///< id of its group of interchangeable questions; "" = none
    std::string bank_file;                    ///< file the question was read from (not serialized)

    /// The main competency id, or "" when there is none.
    const std::string& main_competency() const;
    bool operator==(const Question& other) const;
    bool operator!=(const Question& other) const { return !(*this == other); }
};

}  // namespace ikit
