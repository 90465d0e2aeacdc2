#pragma once
/// \file display_text.h
/// The short texts the panes show for kit and bank questions: outline rows numbered as on the
/// printed scorecard, their tooltips, and the compact cells of the bank list. Plain UTF-8 without
/// wx, so the tests read them directly.

#include "bank/question_bank.h"
#include "model/kit.h"
#include "model/question_type.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace ikit {

/// Planned minutes as the scorecard prints them: "6 min".
std::string minutes_text(int minutes);

/// A question type in one word for narrow columns: "Behavioural", "Situational", "Technical", "Background".
std::string short_type_label(QuestionType type);

/// The count of further competencies after the main one: "+2"; "" when there are none.
std::string more_competencies_text(std::size_t others);

/// The count under the bank list: "78 questions", "1 question", "46,089 of 100,078 questions".
std::string bank_count_text(std::size_t shown, std::size_t total);

/// The bank list's competency cell: the main competency's name, then a tab and "+N" when there are others.
std::string competencies_cell(const QuestionBank& bank, const Question& question);

/// The tooltip of a bank list row: the whole text, then "Behavioural · 6 min", then every competency.
std::string bank_question_tooltip(const QuestionBank& bank, const Question& question);

/// An outline row of a section: "KPIs & metrics  (2 · 12 min)", "Close  (1 · 3 min + 10 min for the
/// candidate's questions)".
std::string section_label(const KitSection& section);

/// An outline row of a question with its running number across the kit: "4.  (6 min)  How do you …",
/// "1.  (3 min, not scored)  Why …" for an unscored one.
std::string question_label(const KitQuestion& question, int number);

/// The running number of a question across the kit's sections (1 = first), as on the scorecard; 0 when absent.
int question_number(const Kit& kit, const std::string& question_id);

/// The tooltip of a section row: the whole title, then "2 questions · 12 min".
std::string section_tooltip(const KitSection& section);

/// The tooltip of a question row: "4. " and the whole text, then "Behavioural · 6 min" (and "custom question").
std::string question_tooltip(const KitQuestion& question, int number);

}  // namespace ikit
