#pragma once
/// \file pdf_forms.h
/// The two printed documents as rows: an interviewer's scorecard and the interviewer guide.

#include "export/form_renderer.h"
#include "export/print_model.h"
#include "export/printable_text.h"

#include <string>

namespace ikit {

/// One interviewer's scorecard (`interviewer` "" = a blank line to write on).
FormPart scorecard_part(const PrintModel& model, const std::u32string& interviewer, const Typesetter& typesetter,
                        const PageGeometry& geometry);

/// The interviewer guide.
FormPart guide_part(const PrintModel& model, const Typesetter& typesetter, const PageGeometry& geometry);

/// The box naming an interview's place in its loop, its panel and its focus competencies (nothing when the
/// model is of a whole kit); in loop_forms.cpp.
void add_interview_focus(FormBuilder& b, const PrintModel& model);

/// `parts` that are not empty, joined with " · ".
std::u32string joined(const std::vector<std::u32string>& parts);

/// "1 question" or "N questions", in the language of `labels`.
std::u32string question_count_text(const PrintLabels& labels, int n);

/// The line under a document's title: role, stage, interview length and number of questions.
std::u32string kit_summary(const PrintModel& model);

/// "Section N · 3 questions · 18 min"-style note for a section band.
std::u32string section_note(const PrintLabels& labels, const PrintSection& section);

/// Adds one question of a section (`first_in_section` when it opens the section).
using AddQuestionFn = void (*)(FormBuilder& b, const PrintQuestion& q, const std::u32string& section_title,
                               bool first_in_section);

/// Adds each section of `model`: `space_before` points of space, its band (bookmarked), then its questions
/// by `add_question`.
void add_sections(FormBuilder& b, const PrintModel& model, float space_before, AddQuestionFn add_question);

/// Adds a question's number, its section/competency/type/minutes line and its text, shared by both
/// documents (the competency is named once when it is the section's title); rows added afterwards
/// say "Question N (continued)" when they start a page.
void add_question_header(FormBuilder& b, const PrintQuestion& q, const std::u32string& section_title);

}  // namespace ikit
