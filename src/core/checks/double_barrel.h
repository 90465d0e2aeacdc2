#pragma once
/// \file double_barrel.h
/// Finds double-barrelled questions: two different questions asked as one ("How do you motivate
/// your team and what metrics do you track?"), which leave the candidate to pick the one to answer.

#include <string>

namespace ikit {

/// The second, unrelated ask of a double-barrelled question as written in the lower-cased text
/// ("what metrics do you track"), or "" when the question asks one thing. Follow-ups about the same
/// story or subject ("How did you handle it? What was the outcome?", "…and what did you learn?") and
/// asks that share a subject word with an earlier ask are not double-barrelled.
std::string double_barrelled_part(const std::string& text);

}  // namespace ikit
