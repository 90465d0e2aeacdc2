#include "commands/bank_question_adding.h"

#include "app_services.h"
#include "commands/command_context.h"
#include "commands/window_actions.h"
#include "edit_path.h"
#include "kit_selection.h"
#include "prompts.h"
#include "wx_text.h"

#include <algorithm>
#include <string>

namespace ikit {

namespace {

/// True when the kit holds a question taken from bank question `bank_id`.
bool in_kit(const Kit& kit, const std::string& bank_id) {
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions)
            if (q.bank_id == bank_id) return true;
    return false;
}

/// True when the kit's sections are made by competency (a kit from the bank, a sample) or there is no
/// section yet; false for a kit of the user's own sections (a new empty kit's "Questions", say).
bool sections_by_competency(const Kit& kit) {
    return kit.sections.empty() || std::any_of(kit.sections.begin(), kit.sections.end(),
                                               [](const KitSection& s) { return !s.competency_id.empty(); });
}

/// Where a question goes: a place in the kit, or a new section (with this title and competency) to
/// add at the end of the kit first.
struct Placement {
    std::optional<QuestionPosition> at;
    std::string new_section_title;
    std::string new_section_competency;
};

/// Where a question added without a place goes: in a kit of competency sections, the end of its main
/// competency's section (a new one when missing); else `fallback` (moved on past it), else the end of
/// the last section (a new one when there is none).
Placement place_for(const Kit& kit, const Question& question, const QuestionBank& bank,
                    std::optional<QuestionPosition>& fallback) {
    const std::string& competency = question.main_competency();
    if (!competency.empty() && sections_by_competency(kit)) {
        for (std::size_t s = 0; s < kit.sections.size(); ++s)
            if (kit.sections[s].competency_id == competency)
                return {QuestionPosition{s, kit.sections[s].questions.size()}, "", ""};
        const bool named_in_kit = find_competency(kit.competencies, competency) != nullptr;
        return {std::nullopt, named_in_kit ? kit.competency_name(competency) : bank.competency_name(competency),
                competency};
    }
    if (fallback && fallback->section < kit.sections.size())
        return {QuestionPosition{fallback->section, fallback->index++}, "", ""};
    if (kit.sections.empty()) return {std::nullopt, utf8(_("Questions")), ""};
    return {QuestionPosition{kit.sections.size() - 1, kit.sections.back().questions.size()}, "", ""};
}

}  // namespace

void add_bank_questions(const CommandContext& context, const std::vector<const Question*>& questions,
                        std::optional<QuestionPosition> where) {
    if (questions.empty()) return;
    const LoadedLibrary& library = context.services.library;
    std::vector<std::string> repeated;
    for (const Question* q : questions)
        if (in_kit(context.document.kit(), q->id)) repeated.push_back(q->text);
    if (!repeated.empty()) {
        const std::string message =
            repeated.size() == 1
                ? utf8(wxString::Format(_(L"This question is already in the kit:\n\n\u201c%s\u201d\n\nAdd it again anyway?"),
                                        wx(repeated.front())))
                : utf8(wxString::Format(wxPLURAL("%d of these questions is already in the kit.\n\nAdd them again anyway?",
                                                 "%d of these questions are already in the kit.\n\nAdd them again anyway?",
                                                 static_cast<int>(repeated.size())),
                                        static_cast<int>(repeated.size())));
        if (!context.prompts.ask_yes_no(context.window.dialog_parent(), utf8(_("Already in the kit")), message,
                                        utf8(_("&Add Again")), utf8(_("&Cancel"))))
            return;
    }
    context.edits.flush();  // the insertion point is read once pending edits are in
    std::optional<QuestionPosition> fallback = context.selection.insertion_point();
    const std::string last = context.edits.apply([&](KitDocument& doc) {
        if (where && doc.kit().sections.empty()) {  // dropped on a kit without sections: start one
            const std::string& competency = questions.front()->main_competency();
            const std::string title = competency.empty() ? utf8(_("Questions")) : library.bank.competency_name(competency);
            doc.add_section(title, 0, competency);
            where = QuestionPosition{0, 0};
        }
        std::string id;
        for (const Question* q : questions) {
            const Rubric* rubric = library.rubrics.for_question(*q);
            QuestionPosition at;
            if (where) {
                at = *where;
            } else {
                const Placement placement = place_for(doc.kit(), *q, library.bank, fallback);
                if (!placement.at)
                    doc.add_section(placement.new_section_title, doc.kit().sections.size(),
                                    placement.new_section_competency);
                at = placement.at ? *placement.at : QuestionPosition{doc.kit().sections.size() - 1, 0};
            }
            id = doc.add_bank_question(*q, rubric ? *rubric : Rubric{}, at);
            if (where) ++where->index;
        }
        return id;
    });
    context.selection.select_question(last);
}

}  // namespace ikit
