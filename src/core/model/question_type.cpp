#include "model/question_type.h"

#include "i18n/tr.h"
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
        // Marked for translation; translated where shown (tr(label), or the printed form's labels).
        case QuestionType::Behavioural: return N_("Behavioural");
        case QuestionType::Situational: return N_("Situational");
        case QuestionType::Technical: return N_("Technical / job knowledge");
        case QuestionType::Background: return N_("Background / motivation");
    }
    return N_("Behavioural");
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
