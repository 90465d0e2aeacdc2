#pragma once
/// \file question_words.h
/// Shared text handling of the duplicate and double-barrelled checks: sentences and content words
/// of a question. (The wording rules use normalise_for_rules in question_rules.h instead.)

#include <string>
#include <vector>

namespace ikit {

/// ASCII lower-cased, typographic apostrophes turned into ', white space collapsed, and the dots of
/// "e.g.", "i.e.", "etc." and "vs." dropped so they do not end a sentence.
std::string clean_question_text(const std::string& text);

/// The sentences of cleaned text, each with its end mark ('?', '!' or '.'), trimmed; empty ones dropped.
std::vector<std::string> split_sentences(const std::string& cleaned);

/// The plain words of cleaned text (letters and digits; every other character separates words;
/// possessive 's and the n't of contractions dropped).
std::vector<std::string> plain_words(const std::string& cleaned);

/// The content words of cleaned text: plain words minus stop words and interview filler, with a few
/// synonyms folded and light stemming (plural s, -ing, -ed, -ment).
std::vector<std::string> content_words(const std::string& cleaned);

/// True for a content word of a generic follow-up ("How did you handle it?", "What did you learn?").
bool is_follow_up_word(const std::string& content_word);

/// How much sharing a content word says about two questions asking the same thing: 1 for most words,
/// less for words nearly every customer-service leadership question uses ("customer", "team", "handle").
double content_word_weight(const std::string& content_word);

}  // namespace ikit
