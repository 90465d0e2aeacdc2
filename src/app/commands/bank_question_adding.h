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

/// Adds `questions`, each with its default rubric, and selects the last one added. Dropped at `where`
/// (the user chose the place), they go there in order. Otherwise, in a kit whose sections are made by
/// competency (from the bank, a sample, or no section yet), each goes at the end of the section of its
/// main competency, a section for it being added at the end when there is none; in a kit of the user's
/// own sections, and for a question without a competency, at the selection's insertion point.
/// Questions already in the kit are first asked about: Add Again, or Cancel (nothing added).
void add_bank_questions(const CommandContext& context, const std::vector<const Question*>& questions,
                        std::optional<QuestionPosition> where = std::nullopt);

}  // namespace ikit
