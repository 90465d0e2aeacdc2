#include "kit_selection.h"

namespace ikit {

std::string KitSelection::section_id() const {
    if (!section_.empty()) return section_;
    if (question_.empty()) return {};
    for (const auto& s : document_.kit().sections)
        for (const auto& q : s.questions)
            if (q.id == question_) return s.id;
    return {};
}

void KitSelection::select_question(const std::string& id) {
    if (document_.kit().find_question(id)) set(id, "");
    else clear();
}

void KitSelection::select_section(const std::string& id) {
    if (document_.kit().find_section(id)) set("", id);
    else clear();
}

void KitSelection::clear() { set("", ""); }

void KitSelection::forget_missing() {
    if (!question_.empty() && !document_.kit().find_question(question_)) clear();
    else if (!section_.empty() && !document_.kit().find_section(section_)) clear();
}

std::optional<QuestionPosition> KitSelection::insertion_point() const {
    const Kit& kit = document_.kit();
    if (kit.sections.empty()) return std::nullopt;
    if (!section_.empty()) {
        const std::size_t s = document_.section_index(section_);
        return QuestionPosition{s, kit.sections[s].questions.size()};
    }
    if (!question_.empty()) {
        QuestionPosition p = document_.position_of(question_);
        ++p.index;
        return p;
    }
    return QuestionPosition{kit.sections.size() - 1, kit.sections.back().questions.size()};
}

void KitSelection::set(std::string question, std::string section) {
    if (question == question_ && section == section_) return;
    question_ = std::move(question);
    section_ = std::move(section);
    for (const auto& listener : listeners_) listener();
}

}  // namespace ikit
