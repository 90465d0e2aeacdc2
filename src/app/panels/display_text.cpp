#include "panels/display_text.h"

#include "util/text.h"
#include "wx_text.h"

#include <wx/string.h>
#include <wx/translation.h>

namespace ikit {

namespace {

int section_minutes(const KitSection& section) {
    int minutes = 0;
    for (const auto& q : section.questions) minutes += q.minutes;
    return minutes;
}

std::string section_title(const KitSection& section) {
    return section.title.empty() ? utf8(_("(untitled section)")) : section.title;
}

}  // namespace

std::string minutes_text(int minutes) {
    // TRANSLATORS: a length in minutes, short.
    return utf8(wxString::Format(_("%d min"), minutes));
}

std::string short_type_label(QuestionType type) {
    switch (type) {
        case QuestionType::Behavioural: return utf8(_("Behavioural"));
        case QuestionType::Situational: return utf8(_("Situational"));
        case QuestionType::Technical: return utf8(_("Technical"));
        // TRANSLATORS: a question type: questions about the candidate's background (career, motivation).
        case QuestionType::Background: return utf8(_("Background"));
    }
    return utf8(_("Behavioural"));
}

std::string more_competencies_text(std::size_t others) { return others ? "+" + std::to_string(others) : std::string(); }

std::string bank_count_text(std::size_t shown, std::size_t total) {
    const unsigned long n = static_cast<unsigned long>(total);
    if (shown == total) return utf8(wxString::Format(wxPLURAL("%s question", "%s questions", n), wx(grouped_count(total))));
    // TRANSLATORS: how many of the bank's questions the filters show, e.g. "12 of 1,024 questions".
    return utf8(wxString::Format(wxPLURAL("%1$s of %2$s question", "%1$s of %2$s questions", n), wx(grouped_count(shown)),
                                 wx(grouped_count(total))));
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
    const int count = static_cast<int>(section.questions.size());
    if (section.candidate_minutes > 0)
        // TRANSLATORS: a section in the kit's outline: title, number of questions, their minutes, the minutes left
        // for the candidate's own questions.
        return utf8(wxString::Format(_(L"%1$s  (%2$d \u00b7 %3$s + %4$s for the candidate\u2019s questions)"),
                                     wx(section_title(section)), count, wx(minutes_text(section_minutes(section))),
                                     wx(minutes_text(section.candidate_minutes))));
    return section_title(section) + "  (" + std::to_string(count) + " \u00b7 " + minutes_text(section_minutes(section)) + ")";
}

std::string question_label(const KitQuestion& question, int number) {
    const std::string text = question.text.empty() ? utf8(_("(no text yet)")) : question.text;
    if (!question.scored)
        // TRANSLATORS: a question in the kit's outline: its number, minutes, that it is not scored, its text.
        return utf8(wxString::Format(_("%1$d.  (%2$s, not scored)  %3$s"), number, wx(minutes_text(question.minutes)), wx(text)));
    return std::to_string(number) + ".  (" + minutes_text(question.minutes) + ")  " + text;
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
    const int n = static_cast<int>(count);
    return section_title(section) + "\n" + utf8(wxString::Format(wxPLURAL("%d question", "%d questions", n), n)) +
           " \u00b7 " + minutes_text(section_minutes(section));
}

std::string question_tooltip(const KitQuestion& question, int number) {
    const std::string text = question.text.empty() ? utf8(_("(no text yet)")) : question.text;
    std::string tip = std::to_string(number) + ". " + text + "\n" + short_type_label(question.type) + " \u00b7 " +
                      minutes_text(question.minutes);
    if (question.is_custom()) tip += " \u00b7 " + utf8(_("custom question"));
    return tip;
}

}  // namespace ikit
