#include "commands/bank_question_adding.h"

#include "app_services.h"
#include "commands/command_context.h"
#include "edit_path.h"
#include "kit_selection.h"

namespace ikit {

void add_bank_questions(const CommandContext& context, const std::vector<const Question*>& questions,
                        std::optional<QuestionPosition> where) {
    if (questions.empty()) return;
    const LoadedLibrary& library = context.services.library;
    context.edits.flush();  // the insertion point is read once pending edits are in
    if (!where) where = context.selection.insertion_point();
    const std::string last = context.edits.apply([&](KitDocument& doc) {
        if (!where || doc.kit().sections.empty()) {  // a kit without sections: start one for the first question
            const std::string& competency = questions.front()->main_competency();
            const std::string title = competency.empty() ? "Questions" : library.bank.competency_name(competency);
            doc.add_section(title, 0, competency);
            where = QuestionPosition{0, 0};
        }
        std::string id;
        for (const Question* q : questions) {
            const Rubric* rubric = library.rubrics.for_question(*q);
            id = doc.add_bank_question(*q, rubric ? *rubric : Rubric{}, *where);
            ++where->index;
        }
        return id;
    });
    context.selection.select_question(last);
}

}  // namespace ikit
