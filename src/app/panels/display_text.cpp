#include "panels/display_text.h"

#include "util/text.h"

namespace ikit {

namespace {

int section_minutes(const KitSection& section) {
    int minutes = 0;
    for (const auto& q : section.questions) minutes += q.minutes;
    return minutes;
}

std::string section_title(const KitSection& section) {
    return section.title.empty() ? "(untitled section)" : section.title;
}

}  // namespace

std::string minutes_text(int minutes) { return std::to_string(minutes) + " min"; }

std::string_view short_type_label(QuestionType type) {
    switch (type) {
        case QuestionType::Behavioural: return "Behavioural";
        case QuestionType::Situational: return "Situational";
        case QuestionType::Technical: return "Technical";
        case QuestionType::Background: return "Background";
    }
    return "Behavioural";
}

std::string more_competencies_text(std::size_t others) { return others ? "+" + std::to_string(others) : std::string(); }

std::string bank_count_text(std::size_t shown, std::size_t total) {
    const std::string noun = total == 1 ? " question" : " questions";
    if (shown == total) return grouped_count(total) + noun;
    return grouped_count(shown) + " of " + grouped_count(total) + noun;
}

std::string competencies_cell(const QuestionBank& bank, const Question& question) {
    if (question.competency_ids.empty()) return {};
    std::string cell = bank.competency_name(question.competency_ids.front());
    if (question.competency_ids.size() > 1) cell += "\t" + more_competencies_text(question.competency_ids.size() - 1);
    return cell;
}

std::string bank_question_tooltip(const QuestionBank& bank, const Question& question) {
    std::string tip = question.text + "\n" + std::string(short_type_label(question.type)) + " \u00b7 " +
                      minutes_text(question.minutes);
    std::vector<std::string> names;
    for (const auto& id : question.competency_ids) names.push_back(bank.competency_name(id));
    if (!names.empty()) tip += "\n" + join(names, ", ");
    return tip;
}

std::string section_label(const KitSection& section) {
    std::string label = section_title(section) + "  (" + std::to_string(section.questions.size()) + " \u00b7 " +
                        minutes_text(section_minutes(section));
    if (section.candidate_minutes > 0)
        label += " + " + minutes_text(section.candidate_minutes) + " for the candidate\u2019s questions";
    return label + ")";
}

std::string question_label(const KitQuestion& question, int number) {
    const std::string text = question.text.empty() ? "(no text yet)" : question.text;
    return std::to_string(number) + ".  (" + minutes_text(question.minutes) + (question.scored ? "" : ", not scored") +
           ")  " + text;
}

int question_number(const Kit& kit, const std::string& question_id) {
    int number = 0;
    for (const auto& section : kit.sections)
        for (const auto& q : section.questions) {
            ++number;
            if (q.id == question_id) return number;
        }
    return 0;
}

std::string section_tooltip(const KitSection& section) {
    const std::size_t count = section.questions.size();
    return section_title(section) + "\n" + std::to_string(count) + (count == 1 ? " question" : " questions") +
           " \u00b7 " + minutes_text(section_minutes(section));
}

std::string question_tooltip(const KitQuestion& question, int number) {
    const std::string text = question.text.empty() ? "(no text yet)" : question.text;
    std::string tip = std::to_string(number) + ". " + text + "\n" + std::string(short_type_label(question.type)) +
                      " \u00b7 " + minutes_text(question.minutes);
    if (question.is_custom()) tip += " \u00b7 custom question";
    return tip;
}

}  // namespace ikit
