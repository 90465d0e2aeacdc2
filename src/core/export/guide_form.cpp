#include "export/pdf_forms.h"

#include <algorithm>

namespace ikit {

using namespace form_style;

namespace {

// "1:05" for 65 minutes.
std::u32string clock(int minutes) {
    const int m = minutes % 60;
    return digits(minutes / 60) + U":" + (m < 10 ? U"0" : U"") + digits(m);
}

// " / 60" after a running total when the kit sets an interview length, else "".
std::u32string out_of_length(const PrintModel& m) {
    return m.length_minutes > 0 ? U" / " + digits(m.length_minutes) : U"";
}

// The timing plan's columns: "#", the question, its minutes, its clock times and the running total.
struct PlanColumns {
    float left = 0;           // the table's left edge
    float right = 0;          // the table's right edge
    float number_x = 0;       // question number
    float text_x = 0;         // question text, section titles, notes
    float text_width = 0;     // room for the question text
    float minutes_right = 0;  // minutes, aligned right
    float clock_x = 0;        // "0:05–0:11"
    float total_right = 0;    // running total, aligned right
};

PlanColumns plan_columns(const FormBuilder& b) {
    PlanColumns c;
    c.left = b.left();
    c.right = b.right();
    c.number_x = c.left + 4;
    c.text_x = c.left + 28;
    c.total_right = c.right - 4;
    c.clock_x = c.right - 170;
    c.minutes_right = c.clock_x - 14;
    c.text_width = c.minutes_right - 28 - c.text_x;
    return c;
}

// A warning box when the questions' minutes add up to more than the interview (`over` minutes).
void add_over_time_warning(FormBuilder& b, const PrintModel& m, int over) {
    b.note_box(U"The plan runs " + digits(over) + (over == 1 ? U" minute" : U" minutes") + U" over the " +
                   digits(m.length_minutes) + U"-minute interview. Shorten or drop questions, or book a longer slot.",
               kWarningStyle, kWarnTint);
    b.glue_last(Glue::Hard);
    b.space(8);
}

// The column labels over a rule.
void add_plan_header(FormBuilder& b, const PlanColumns& c) {
    b.add(16, Glue::Hard, [=](Painter& p, float top) {
        const TextStyle head = label_style();
        const float base = top - 10;
        p.text(c.number_x, base, U"#", head);
        p.text(c.text_x, base, U"QUESTION", head);
        p.text_right(c.minutes_right, base, U"MIN", head);
        p.text(c.clock_x, base, U"CLOCK", head);
        p.text_right(c.total_right, base, U"RUNNING TOTAL", head);
        p.line(c.left, top - 15.5f, c.right, top - 15.5f, 0.6f, kRule);
    });
}

// A question's line, asked from minute `start`: times past the interview's end are shown in red.
void add_plan_question(FormBuilder& b, const PlanColumns& c, const PrintModel& m, const PrintQuestion& q, int start,
                       bool zebra) {
    constexpr float kRow = 15;
    const int end = start + q.minutes;
    const bool late = m.length_minutes > 0 && end > m.length_minutes;
    const std::u32string first = q.text.empty() ? U"(no question text)" : q.text.front();
    const std::u32string text = b.typesetter().fit(first, kPlanCellStyle, c.text_width);
    const std::u32string minutes = q.minutes > 0 ? digits(q.minutes) : U"\u2013";
    const std::u32string span = q.minutes > 0 ? clock(start) + U"\u2013" + clock(end) : U"\u2013";
    const std::u32string total = digits(end) + out_of_length(m) + U" min";
    const std::u32string number = digits(q.number);
    b.add(kRow, Glue::Soft, [=](Painter& p, float top) {
        if (zebra) p.fill(c.left, top - kRow, c.right - c.left, kRow, kZebra);
        const float base = p.typesetter().baseline(top, kRow, kPlanCellStyle);
        p.text(c.number_x, base, number, kPlanSecondaryStyle);
        p.text(c.text_x, base, text, kPlanCellStyle);
        p.text_right(c.minutes_right, base, minutes, kPlanCellStyle);
        p.text(c.clock_x, base, span, late ? kPlanLateStyle : kPlanCellStyle);
        p.text_right(c.total_right, base, total, late ? kPlanLateStyle : kPlanSecondaryStyle);
    });
}

// Each section's title, then a line per question, the clock running on from one question to the next.
void add_plan_questions(FormBuilder& b, const PlanColumns& c, const PrintModel& m) {
    int elapsed = 0;
    int row = 0;
    for (const auto& section : m.sections) {
        const std::u32string title = b.typesetter().fit(section.title, kPlanSectionStyle, c.right - c.text_x);
        b.add(17, Glue::Hard, [=](Painter& p, float top) { p.text(c.text_x, top - 12.5f, title, kPlanSectionStyle); });
        for (const auto& q : section.questions) {
            add_plan_question(b, c, m, q, elapsed, row++ % 2 == 1);
            elapsed += q.minutes;
        }
    }
}

// The total planned minutes under a rule, then what the total leaves of the interview.
void add_plan_total(FormBuilder& b, const PlanColumns& c, const PrintModel& m, int over) {
    const std::u32string planned = digits(m.planned_minutes);
    const std::u32string total = planned + out_of_length(m) + U" min";
    const bool late = over > 0;
    b.add(19, Glue::None, [=](Painter& p, float top) {
        p.line(c.left, top - 1, c.right, top - 1, 0.6f, kRule);
        const float base = top - 13;
        p.text(c.text_x, base, U"Total planned", kPlanTotalStyle);
        p.text_right(c.minutes_right, base, planned, kPlanTotalStyle);
        p.text_right(c.total_right, base, total, late ? kPlanLateStyle : kPlanTotalStyle);
    });
    if (m.length_minutes > 0 && over < 0) {
        b.space(4);
        b.paragraphs({digits(-over) + U" minutes are left for the candidate's questions and the close."}, kNoteStyle,
                     c.text_x - c.left, 12);
    } else if (m.length_minutes == 0) {
        b.space(4);
        b.paragraphs({U"The kit sets no interview length."}, kNoteStyle, c.text_x - c.left, 12);
    }
}

// The timing plan: each question's minutes and clock times against the interview's length.
void add_timing_plan(FormBuilder& b, const PrintModel& m) {
    b.continued_label({});
    b.space(20);
    b.heading(U"Timing plan");
    const int over = m.length_minutes > 0 ? m.planned_minutes - m.length_minutes : 0;
    if (over > 0) add_over_time_warning(b, m, over);
    b.continued_label(U"Timing plan (continued)");
    const PlanColumns columns = plan_columns(b);
    add_plan_header(b, columns);
    add_plan_questions(b, columns, m);
    add_plan_total(b, columns, m, over);
    b.glue_last(Glue::None);
}

// For a question without a rubric: the scale it is rated on, in one sentence.
void add_rating_scale_note(FormBuilder& b, const PrintQuestion& q) {
    b.label(U"RATING SCALE", kGutter);
    std::u32string scale;
    for (const auto& level : q.levels)
        scale += (scale.empty() ? U"" : U", ") + digits(level.score) + U" " + level.label;
    b.paragraphs({U"No rubric is attached to this question. Rate it " + scale + U"."}, kNoteStyle, kGutter, 11.5f);
}

// One level of a rubric table under a hairline: its score and label in `label_width` from `x`, then its
// anchor; long anchors are split into rows of a few lines so that they can continue on the next page.
void add_rubric_level(FormBuilder& b, const PrintLevel& level, float x, float label_width) {
    constexpr float kLine = 11.2f;
    constexpr std::size_t kChunk = 4;
    const float anchor_x = x + label_width;
    const float right = b.right();
    const auto labels = b.typesetter().wrap(level.label, kRubricLabelStyle, label_width - 24);
    const auto anchors = b.typesetter().wrap(level.anchor.empty() ? std::u32string(U"\u2013") : level.anchor,
                                             kRubricAnchorStyle, right - anchor_x - 4);
    const std::size_t lines = std::max(labels.size(), anchors.size());
    const std::u32string number = digits(level.score);
    for (std::size_t first = 0; first < lines; first += kChunk) {
        const std::size_t count = std::min(kChunk, lines - first);
        const bool top_row = first == 0;
        const bool last_row = first + count >= lines;
        const float h = kLine * static_cast<float>(count) + (top_row ? 4 : 0) + (last_row ? 4 : 0);
        std::vector<std::u32string> left_part, right_part;
        for (std::size_t k = first; k < first + count; ++k) {
            left_part.push_back(k < labels.size() ? labels[k] : U"");
            right_part.push_back(k < anchors.size() ? anchors[k] : U"");
        }
        b.add(h, last_row ? Glue::Soft : Glue::Hard, [=](Painter& p, float top) {
            if (top_row) p.line(x, top, right, top, 0.4f, kHairline);
            float line_top = top - (top_row ? 4 : 0);
            for (std::size_t k = 0; k < left_part.size(); ++k) {
                const float base = p.typesetter().baseline(line_top, kLine, kRubricAnchorStyle);
                if (top_row && k == 0) p.text(x + 2, base, number, kRubricScoreStyle);
                p.text(x + 16, base, left_part[k], kRubricLabelStyle);
                p.text(anchor_x, base, right_part[k], kRubricAnchorStyle);
                line_top -= kLine;
            }
        });
    }
}

// A rubric as a table: level number and label on the left, the anchor on the right (or, without a rubric,
// the scale in a sentence).
void add_rubric(FormBuilder& b, const PrintQuestion& q) {
    b.space(8);
    if (!q.has_rubric) {
        add_rating_scale_note(b, q);
        b.glue_last(Glue::None);
        return;
    }
    b.label(q.rubric_name.empty() ? std::u32string(U"RUBRIC") : U"RUBRIC  \u00B7  " + q.rubric_name, kGutter);
    const float x = b.left() + kGutter;
    for (const auto& level : q.levels) add_rubric_level(b, level, x, 104);
    b.glue_last(Glue::None);
}

// A labelled list; the label stays with the first item, and a list moves to the next page whole when it can.
void add_list(FormBuilder& b, const std::u32string& label, Rgb color, const std::vector<std::u32string>& items) {
    if (items.empty()) return;
    b.space(7);
    b.label(label, kGutter, color);
    b.bullets(items, kListStyle, kGutter, 12.5f);
    b.glue_last(Glue::None);
}

void add_question(FormBuilder& b, const PrintQuestion& q, const std::u32string& section_title, bool first_in_section) {
    b.space(first_in_section ? 10 : 20);
    add_question_header(b, q, section_title);
    b.glue_last(Glue::Hard);  // the question keeps its first list (or rubric) label and first line
    add_list(b, U"LISTEN FOR", kAccent, q.listen_for);
    add_list(b, U"RED FLAGS", kWarn, q.red_flags);
    add_list(b, U"PROBES", kFaint, q.probes);
    add_rubric(b, q);
}

}  // namespace

FormPart guide_part(const PrintModel& m, const Typesetter& ts, const PageGeometry& geometry) {
    FormBuilder b(ts, geometry);
    std::vector<std::u32string> subtitle{kit_summary(m)};
    const std::u32string made = joined(
        {m.author.empty() ? U"" : U"Prepared by " + m.author, m.modified.empty() ? U"" : U"updated " + m.modified});
    if (!made.empty()) subtitle.push_back(made);
    b.title_block(U"INTERVIEWER GUIDE", m.title, subtitle);
    if (!m.candidate.empty() || !m.date.empty()) {
        b.space(12);
        b.fields({{U"CANDIDATE", m.candidate, 6}, {U"DATE", m.date, 2.5f}});
    }
    add_interview_focus(b, m);
    if (!m.check_line.empty()) {
        b.space(12);
        b.note_box(m.check_line, kNoteStyle, kTint);
    }
    if (!m.instructions.empty()) {
        b.space(20);
        b.heading(U"Instructions");
        b.paragraphs(m.instructions, kBodyStyle, 0, 13.5f, 5);
    }
    add_timing_plan(b, m);
    add_sections(b, m, 24, add_question);

    FormPart part;
    part.rows = b.take();
    part.footer = joined({m.title, U"Interviewer guide", m.candidate.empty() ? U"" : U"Candidate: " + m.candidate});
    return part;
}

}  // namespace ikit
