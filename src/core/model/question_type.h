#pragma once
/// \file question_type.h
/// The four kinds of interview question and their text names.

#include <optional>
#include <string>
#include <string_view>

namespace ikit {

/// What kind of evidence a question asks for.
enum class QuestionType {
    Behavioural,  ///< past behaviour: "tell me about a time…"
    Situational,  ///< hypothetical or scenario: "what would you do if…"
    Technical,    ///< job knowledge: "how do you measure…"
    Background,   ///< motivation and background: "why this role?"
};

/// The file/command-line id of a type ("behavioural", "situational", "technical", "background").
std::string_view to_id(QuestionType type);

/// A human label ("Behavioural", "Situational", "Technical / job knowledge", "Background / motivation").
std::string_view to_label(QuestionType type);

/// Parses an id (case-insensitive; "behavioral" is accepted too); nullopt when unknown.
std::optional<QuestionType> question_type_from_id(std::string_view id);

}  // namespace ikit
