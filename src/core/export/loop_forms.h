#pragma once
/// \file loop_forms.h
/// The printed parts of an interview loop: the guide's loop overview (agenda and coverage matrix), the focus
/// box on an interview's scorecard and guide, and the candidate's agenda (internal to export/).

#include "export/pdf_bundle.h"
#include "export/pdf_forms.h"

#include <set>
#include <string>
#include <vector>

namespace ikit {

/// An interview in the loop overview.
struct PrintLoopInterview {
    std::u32string name;                 ///< never empty ("Interview N")
    int minutes = 0;                     ///< its length
    int planned = 0;                     ///< its questions' minutes
    int questions = 0;                   ///< its questions
    std::vector<std::u32string> panel;   ///< its interviewers as shown
};

/// A competency's row of the printed coverage matrix.
struct PrintLoopRow {
    std::u32string competency;  ///< its name
    bool required = false;      ///< named by the kit
    std::vector<int> cells;     ///< questions per interview
    int interviewers = 0;       ///< independent interviewers
};

/// The loop overview as printed.
struct PrintLoop {
    std::u32string title;                       ///< kit title
    std::u32string role;                        ///< may be empty
    std::u32string author;                      ///< may be empty
    std::u32string modified;                    ///< may be empty
    std::u32string candidate;                   ///< may be empty
    std::u32string date;                        ///< may be empty
    std::u32string check_line;                  ///< may be empty
    std::vector<std::u32string> instructions;   ///< paragraphs
    std::vector<PrintLoopInterview> interviews; ///< in order
    std::vector<PrintLoopRow> rows;             ///< competencies
    int unassigned = 0;                         ///< questions in no interview
    PrintLabels labels;                         ///< the form's own words, in the kit's language

    /// Every code point the overview draws.
    std::set<char32_t> characters() const;
};

/// The loop overview of `kit` (which has a plan) for `options`.
PrintLoop make_print_loop(const Kit& kit, const PdfOptions& options);

/// The guide's first part for a loop: title, the interviews in order, the coverage matrix, instructions.
FormPart loop_overview_part(const PrintLoop& loop, const Typesetter& typesetter, const PageGeometry& geometry);

/// The agenda as printed.
struct PrintAgenda {
    std::u32string title;      ///< role or kit title
    std::u32string organiser;  ///< may be empty
    std::u32string candidate;  ///< may be empty
    std::u32string date;       ///< may be empty
    struct Meeting {
        std::u32string interview;            ///< name
        int minutes = 0;                     ///< length
        std::vector<std::u32string> people;  ///< whom
        std::vector<std::u32string> topics;  ///< about what
    };
    std::vector<Meeting> meetings;  ///< in order
    PrintLabels labels;             ///< the agenda's own words

    /// Every code point the agenda draws.
    std::set<char32_t> characters() const;
};

/// The agenda cleaned for printing.
PrintAgenda make_print_agenda(const CandidateAgenda& agenda);

/// The candidate's agenda as one part.
FormPart agenda_part(const PrintAgenda& agenda, const Typesetter& typesetter, const PageGeometry& geometry);

/// "45 min" or "1 h 15 min", in the language of `labels`.
std::u32string duration_text(const PrintLabels& labels, int minutes);

}  // namespace ikit
