#pragma once
/// \file rubric_rules.h
/// The quality rules every rating scale must meet, for shipped, user and kit rubrics alike.

#include "model/rubric.h"

#include <string>
#include <vector>

namespace ikit {

/// One problem found in a rubric by check_rubric.
struct RubricProblem {
    int score = 0;          ///< the level concerned, 0 for the whole rubric
    std::string message;    ///< what is wrong and what to do
};

/// Most observable conditions one anchor may set: more make a level hard to award consistently (an answer
/// meets two of three conditions, and interviewers split on it).
constexpr int kMaxAnchorConditions = 2;

/// Quality rules of a rubric: 4–5 levels, scores rising from 1 with none missing, every level anchored,
/// anchors distinct, no anchor that only evaluates ("good answer", "better than level 3") without observable
/// behaviour, no anchor that stacks more than kMaxAnchorConditions conditions, and examples only for levels
/// the rubric has.
std::vector<RubricProblem> check_rubric(const Rubric& rubric);

/// True when an anchor only evaluates ("good", "poor answer", "excellent response", "as level 4 but more")
/// and names no behaviour.
bool is_evaluative_only(const std::string& anchor);

/// How many observable conditions an anchor sets, by a heuristic: the anchor is cut at ";", ",", "and",
/// "but", "plus", "while" and "as well as", and each piece of two words or more that starts with a verb
/// ("names", "explained", "set", "cannot") after the first counts as one more condition, unless the list it is in ends with "or"
/// (alternatives, any one of which earns the level). Object lists ("names CSAT, FCR and AHT") and examples
/// ("such as …") add nothing. At least 1 for any non-empty anchor.
int count_anchor_conditions(const std::string& anchor);

/// The levels a rubric's calibration examples should cover — the lowest, the middle and the highest (1, 3
/// and 5 of a five-level scale) — that have no example yet, lowest first.
std::vector<int> missing_examples(const Rubric& rubric);

}  // namespace ikit
