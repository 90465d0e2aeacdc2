#pragma once
/// \file pdf_forms.h
/// The two printed documents as rows: an interviewer's scorecard and the interviewer guide.

#include "export/form_renderer.h"
#include "export/print_model.h"

#include <string>

namespace ikit {

/// One interviewer's scorecard (`interviewer` "" = a blank line to write on).
FormPart scorecard_part(const PrintModel& model, const std::u32string& interviewer, const Typesetter& typesetter,
                        const PageGeometry& geometry);

/// The interviewer guide.
FormPart guide_part(const PrintModel& model, const Typesetter& typesetter, const PageGeometry& geometry);

/// Decimal digits of `n`.
std::u32string digits(int n);

/// `parts` that are not empty, joined with " · ".
std::u32string joined(const std::vector<std::u32string>& parts);

/// "Section N · 3 questions · 18 min"-style note for a section band.
std::u32string section_note(const PrintSection& section);

/// Adds a question's number, its section/competency/type/minutes line and its text, shared by both
/// documents (the competency is named once when it is the section's title); rows added afterwards
/// say "Question N (continued)" when they start a page.
void add_question_header(FormBuilder& b, const PrintQuestion& q, const std::u32string& section_title);

}  // namespace ikit
