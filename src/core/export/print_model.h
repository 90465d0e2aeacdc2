#pragma once
/// \file print_model.h
/// Everything a printed document shows, taken from a kit and the print options and cleaned for
/// paper once, so that the set of characters to draw is known before any font is chosen.

#include "export/pdf_export.h"
#include "export/print_labels.h"

#include <set>
#include <string>
#include <vector>

namespace ikit {

/// One level of a rating scale as printed.
struct PrintLevel {
    int score = 0;          ///< e.g. 1..5 (rubrics have 4 or 5 levels)
    std::u32string label;   ///< short label, e.g. "Meets the bar"
    std::u32string anchor;  ///< behaviour that earns it; may be empty
    std::u32string example; ///< an example answer that earns it (guide only); may be empty
};

/// A question as printed.
struct PrintQuestion {
    int number = 0;                          ///< 1-based across the kit
    std::vector<std::u32string> text;        ///< paragraphs
    std::u32string competency;               ///< main competency's name; may be empty
    std::u32string type;                     ///< e.g. "Behavioural"
    int minutes = 0;                         ///< planned minutes (0 = not planned)
    std::vector<std::u32string> listen_for;  ///< signals of a strong answer
    std::vector<std::u32string> probes;      ///< follow-up questions
    std::vector<std::u32string> red_flags;   ///< warning signs
    std::u32string rubric_name;              ///< "" when no rubric is attached
    std::vector<PrintLevel> levels;          ///< the rubric's levels, or 1–5 with default labels
    bool has_rubric = false;                 ///< false: default labels, no anchors
    bool scored = true;                      ///< false: asked but not rated (no rating row, "Not scored")
};

/// A row of the scorecard's summary: a competency and the scale it is rated on.
struct PrintCompetency {
    std::u32string name;             ///< as shown
    std::vector<PrintLevel> levels;  ///< its rubric's scores and labels (no anchors), or 1–5 with default labels
};

/// A section as printed.
struct PrintSection {
    std::u32string title;                  ///< heading (never empty: "Section N" when the kit has none)
    std::vector<PrintQuestion> questions;  ///< in asking order
    int minutes = 0;                       ///< sum of the questions' minutes and candidate_minutes
    int candidate_minutes = 0;             ///< minutes reserved for the candidate's own questions (a close's)
};

/// The interview of a loop a document is printed for, as printed (empty name = the whole kit).
struct PrintInterview {
    std::u32string name;                    ///< e.g. "Panel: operations"
    int number = 0;                         ///< place in the loop, from 1
    int count = 0;                          ///< interviews in the loop
    int minutes = 0;                        ///< length
    std::vector<std::u32string> panel;      ///< interviewers as shown
    std::vector<std::u32string> focus;      ///< competencies assessed here
    std::vector<std::u32string> elsewhere;  ///< competencies left to other interviews
};

/// The whole printed content.
struct PrintModel {
    std::u32string title;                         ///< kit title ("Interview kit" when empty)
    std::u32string role;                          ///< role name; may be empty
    std::u32string stage;                         ///< e.g. "Panel"; may be empty
    int length_minutes = 0;                       ///< planned interview length
    std::vector<std::u32string> instructions;     ///< paragraphs
    std::u32string author;                        ///< may be empty
    std::u32string modified;                      ///< YYYY-MM-DD; may be empty
    std::u32string candidate;                     ///< may be empty
    std::vector<std::u32string> interviewers;     ///< at least one entry ("" = blank line)
    std::u32string date;                          ///< may be empty
    std::u32string check_line;                    ///< may be empty
    std::vector<PrintSection> sections;           ///< in asking order
    std::vector<PrintCompetency> competencies;    ///< rows of the scorecard summary
    std::vector<std::u32string> recommendations;  ///< overall recommendation labels, lowest first
    int question_count = 0;                       ///< questions across all sections
    int planned_minutes = 0;                      ///< sum of the sections' minutes (questions and reserved time)
    PrintInterview interview;                     ///< the loop's interview printed; empty name = whole kit
    PrintLabels labels;                           ///< the form's own words, in the kit's language

    /// Every code point the documents may draw: the text above and the documents' own labels.
    std::set<char32_t> characters() const;
};

/// Builds the print model of `kit` for `options`.
PrintModel make_print_model(const Kit& kit, const PdfOptions& options);

}  // namespace ikit
