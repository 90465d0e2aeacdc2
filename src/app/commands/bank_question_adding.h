#pragma once
/// \file bank_question_adding.h
/// Adding bank questions to the kit, shared by the bank's double-click and Add button, drops on the
/// outline and Kit ▸ Add Selected Bank Questions.

#include "document/kit_document.h"
#include "model/question.h"

#include <optional>
#include <vector>

namespace ikit {

struct CommandContext;

/// Adds `questions` at `where` (default: the selection's insertion point), each with its default rubric,
/// starting a section first when the kit has none; selects the last one added.
void add_bank_questions(const CommandContext& context, const std::vector<const Question*>& questions,
                        std::optional<QuestionPosition> where = std::nullopt);

}  // namespace ikit
