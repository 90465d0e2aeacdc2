#pragma once
/// \file question_similarity.h
/// How alike two interview questions are, for the duplicate check: both texts are reduced to their
/// content words and compared as weighted sets.

#include <string>
#include <vector>

namespace ikit {

/// Similarity at or above which two questions of a kit are reported as asking the same thing.
/// Tuned on the cross-guide wordings of assets/bank/customer_service_leadership.xml (see question_similarity.cpp).
constexpr double kDuplicateThreshold = 0.5;

/// The content words of a question, in order: ASCII lower-cased, punctuation and possessive 's removed,
/// stop words and interview filler ("can you", "please", "tell me about", "give an example of") dropped,
/// a few synonyms folded ("dealt with" = "handle") and light stemming (plural s, -ing, -ed, -ment).
std::vector<std::string> comparison_words(const std::string& text);

/// The weighted Jaccard index of two lists of comparison words (duplicates in a list count once); what
/// question_similarity computes, for callers that compare each question with many others.
/// Sorted lists without repeats are used as they are; others are sorted first.
double comparison_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b);

/// How alike two questions are, from 0 (nothing in common) to 1 (the same content words): the weighted
/// Jaccard index of their comparison words, where words every support question uses ("customer",
/// "service", "team", "handle") weigh less than the words that say what is asked.
double question_similarity(const std::string& a, const std::string& b);

}  // namespace ikit
