#include "model/question_type.h"

#include "util/text.h"

namespace ikit {

std::string_view to_id(QuestionType type) {
    switch (type) {
        case QuestionType::Behavioural: return "behavioural";
        case QuestionType::Situational: return "situational";
        case QuestionType::Technical: return "technical";
        case QuestionType::Background: return "background";
    }
    return "behavioural";
}

std::string_view to_label(QuestionType type) {
    switch (type) {
        case QuestionType::Behavioural: return "Behavioural";
        case QuestionType::Situational: return "Situational";
        case QuestionType::Technical: return "Technical / job knowledge";
        case QuestionType::Background: return "Background / motivation";
    }
    return "Behavioural";
}

std::optional<QuestionType> question_type_from_id(std::string_view id) {
    for (QuestionType t : {QuestionType::Behavioural, QuestionType::Situational, QuestionType::Technical,
                           QuestionType::Background}) {
        if (iequals(id, to_id(t))) return t;
    }
    if (iequals(id, "behavioral")) return QuestionType::Behavioural;
    return std::nullopt;
}

}  // namespace ikit
