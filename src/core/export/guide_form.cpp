#include "export/pdf_forms.h"

#include <algorithm>

namespace ikit {

using namespace form_style;

namespace {

constexpr TextStyle kExampleStyle{8.2f, Weight::Regular, kMuted, 0};  // an example answer under a rubric

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
    b.note_box(fill32(b.labels().trn("The plan runs {1} minute over the {2}-minute interview. Shorten or drop "
                                     "questions, or book a longer slot.",
                                     "The plan runs {1} minutes over the {2}-minute interview. Shorten or drop "
                                     "questions, or book a longer slot.",
                                     static_cast<unsigned long>(over)),
                      {digits(over), digits(m.length_minutes)}),
               kWarningStyle, kWarnTint);
    b.glue_last(Glue::Hard);
    b.space(8);
}

// The column labels over a rule.
void add_plan_header(FormBuilder& b, const PlanColumns& c) {
    const PrintLabels& L = b.labels();
    const Typesetter& ts = b.typesetter();
    const TextStyle head = label_style();
    // Each label in its column: the question's up to the minutes', the minutes' in the gap before the clock's
    // column, the clock's over "0:05–0:11", the running total's in the rest.
    const float clock_room = ts.width(U"00:00\u201300:00", kPlanCellStyle) + 4;
    const FittedLabel question = ts.fit_label(L.tr("QUESTION"), head, c.minutes_right - 40 - c.text_x);
    const FittedLabel minutes = ts.fit_label(L.tr("MIN"), head, 36);
    const FittedLabel clock = ts.fit_label(L.tr("CLOCK"), head, clock_room);
    const FittedLabel total = ts.fit_label(L.tr("RUNNING TOTAL"), head, c.total_right - c.clock_x - clock_room - 6);
    b.add(16, Glue::Hard, [=](Painter& p, float top) {
        const float base = top - 10;
        p.text(c.number_x, base, U"#", head);
        p.text(c.text_x, base, question.text, question.style);
        p.text_right(c.minutes_right, base, minutes.text, minutes.style);
        p.text(c.clock_x, base, clock.text, clock.style);
        p.text_right(c.total_right, base, total.text, total.style);
        p.line(c.left, top - 15.5f, c.right, top - 15.5f, 0.6f, kRule);
    });
}

// A question's line, asked from minute `start`: times past the interview's end are shown in red.
void add_plan_question(FormBuilder& b, const PlanColumns& c, const PrintModel& m, const PrintQuestion& q, int start,
                       bool zebra) {
    constexpr float kRow = 15;
    const int end = start + q.minutes;
    const bool late = m.length_minutes > 0 && end > m.length_minutes;
    const std::u32string first = q.text.empty() ? b.labels().tr("(no question text)") : q.text.front();
    const std::u32string text = b.typesetter().fit(first, kPlanCellStyle, c.text_width);
    const std::u32string minutes = q.minutes > 0 ? digits(q.minutes) : U"\u2013";
    const std::u32string span = q.minutes > 0 ? clock(start) + U"\u2013" + clock(end) : U"\u2013";
    const std::u32string total = fill32(b.labels().tr("{1} min"), {digits(end) + out_of_length(m)});
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

// The close's minutes reserved for the candidate's own questions, as a line of the plan from minute `start`.
void add_plan_reserved(FormBuilder& b, const PlanColumns& c, const PrintModel& m, int minutes, int start, bool zebra) {
    constexpr float kRow = 15;
    const int end = start + minutes;
    const bool late = m.length_minutes > 0 && end > m.length_minutes;
    const std::u32string span = clock(start) + U"\u2013" + clock(end);
    const std::u32string total = fill32(b.labels().tr("{1} min"), {digits(end) + out_of_length(m)});
    const std::u32string amount = digits(minutes);
    const std::u32string reserved = b.typesetter().fit(b.labels().tr("The candidate\u2019s questions (reserved)"),
                                                       kPlanSecondaryStyle, c.text_width);
    b.add(kRow, Glue::Soft, [=](Painter& p, float top) {
        if (zebra) p.fill(c.left, top - kRow, c.right - c.left, kRow, kZebra);
        const float base = p.typesetter().baseline(top, kRow, kPlanCellStyle);
        p.text(c.text_x, base, reserved, kPlanSecondaryStyle);
        p.text_right(c.minutes_right, base, amount, kPlanCellStyle);
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
        if (section.candidate_minutes > 0) {
            add_plan_reserved(b, c, m, section.candidate_minutes, elapsed, row++ % 2 == 1);
            elapsed += section.candidate_minutes;
        }
    }
}

// The total planned minutes under a rule, then what the total leaves of the interview.
void add_plan_total(FormBuilder& b, const PlanColumns& c, const PrintModel& m, int over) {
    const std::u32string planned = digits(m.planned_minutes);
    const PrintLabels& L = b.labels();
    const std::u32string total = fill32(L.tr("{1} min"), {planned + out_of_length(m)});
    const std::u32string total_label = L.tr("Total planned");
    const bool late = over > 0;
    b.add(19, Glue::None, [=](Painter& p, float top) {
        p.line(c.left, top - 1, c.right, top - 1, 0.6f, kRule);
        const float base = top - 13;
        p.text(c.text_x, base, total_label, kPlanTotalStyle);
        p.text_right(c.minutes_right, base, planned, kPlanTotalStyle);
        p.text_right(c.total_right, base, total, late ? kPlanLateStyle : kPlanTotalStyle);
    });
    bool reserved = false;
    for (const auto& s : m.sections) reserved = reserved || s.candidate_minutes > 0;
    if (m.length_minutes > 0 && over < 0) {
        b.space(4);
        const auto left = static_cast<unsigned long>(-over);
        b.paragraphs({fill32(reserved ? L.trn("{1} minute is left as slack for overruns.",
                                              "{1} minutes are left as slack for overruns.", left)
                                      : L.trn("{1} minute is left for the candidate's questions and the close.",
                                              "{1} minutes are left for the candidate's questions and the close.", left),
                             {digits(-over)})},
                     kNoteStyle, c.text_x - c.left, 12);
    } else if (m.length_minutes == 0) {
        b.space(4);
        b.paragraphs({L.tr("The kit sets no interview length.")}, kNoteStyle, c.text_x - c.left, 12);
    }
}

// The timing plan: each question's minutes and clock times against the interview's length.
void add_timing_plan(FormBuilder& b, const PrintModel& m) {
    b.continued_label({});
    b.space(20);
    b.heading(b.labels().tr("Timing plan"));
    const int over = m.length_minutes > 0 ? m.planned_minutes - m.length_minutes : 0;
    if (over > 0) add_over_time_warning(b, m, over);
    b.continued_label(b.labels().tr("Timing plan (continued)"));
    const PlanColumns columns = plan_columns(b);
    add_plan_header(b, columns);
    add_plan_questions(b, columns, m);
    add_plan_total(b, columns, m, over);
    b.glue_last(Glue::None);
}

// For a question without a rubric: the scale it is rated on, in one sentence.
void add_rating_scale_note(FormBuilder& b, const PrintQuestion& q) {
    b.label(b.labels().tr("RATING SCALE"), kGutter);
    std::u32string scale;
    for (const auto& level : q.levels)
        scale += (scale.empty() ? U"" : U", ") + digits(level.score) + U" " + level.label;
    // TRANSLATORS: {1} is the scale, e.g. "1 Unsatisfactory, 2 Weak, 3 Meets the bar, 4 Strong, 5 Exceptional".
    b.paragraphs({fill32(b.labels().tr("No rubric is attached to this question. Rate it {1}."), {scale})}, kNoteStyle,
                 kGutter, 11.5f);
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

// The rubric's calibration examples under its table: "EXAMPLE ANSWERS", then per level that has one its score
// and label in bold and the answer in quotes, lines after the first indented.
void add_examples(FormBuilder& b, const PrintQuestion& q) {
    bool any = false;
    for (const auto& level : q.levels) any = any || !level.example.empty();
    if (!any) return;
    b.space(7);
    b.label(b.labels().tr("EXAMPLE ANSWERS"), kGutter);
    const float x = b.left() + kGutter;
    const float hang = 14;
    constexpr float kLine = 11;
    for (const auto& level : q.levels) {
        if (level.example.empty()) continue;
        const StyledLine runs{{digits(level.score) + U" " + level.label + U"  ", kRubricLabelStyle},
                              {U"\u201C" + level.example + U"\u201D", kExampleStyle}};
        const auto lines = b.typesetter().wrap(runs, b.right() - x - hang);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const StyledLine line = lines[i];
            const float lx = i == 0 ? x : x + hang;
            b.add(kLine, i + 1 < lines.size() ? Glue::Hard : Glue::Soft, [=](Painter& p, float top) {
                p.line_of_runs(lx, p.typesetter().baseline(top, kLine, kExampleStyle), line);
            });
        }
        b.space(2);
    }
    b.glue_last(Glue::None);
}

// For an unscored question: why there is no rubric or rating.
void add_not_scored_note(FormBuilder& b) {
    b.label(b.labels().tr("NOT SCORED"), kGutter);
    b.paragraphs({b.labels().tr("This question is not scored: ask it for rapport and context, take notes, and give no "
                                "rating. It is left out of the competency summary.")},
                 kNoteStyle, kGutter, 11.5f);
}

// A rubric as a table: level number and label on the left, the anchor on the right (or, without a rubric,
// the scale in a sentence; for an unscored question, a note saying so), then its example answers.
void add_rubric(FormBuilder& b, const PrintQuestion& q) {
    b.space(8);
    if (!q.scored) {
        add_not_scored_note(b);
        b.glue_last(Glue::None);
        return;
    }
    if (!q.has_rubric) {
        add_rating_scale_note(b, q);
        b.glue_last(Glue::None);
        return;
    }
    const std::u32string rubric = b.labels().tr("RUBRIC");
    b.label(q.rubric_name.empty() ? rubric : rubric + U"  \u00B7  " + q.rubric_name, kGutter);
    const float x = b.left() + kGutter;
    for (const auto& level : q.levels) add_rubric_level(b, level, x, 104);
    b.glue_last(Glue::None);
    add_examples(b, q);
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
    add_list(b, b.labels().tr("LISTEN FOR"), kAccent, q.listen_for);
    add_list(b, b.labels().tr("RED FLAGS"), kWarn, q.red_flags);
    add_list(b, b.labels().tr("PROBES"), kFaint, q.probes);
    add_rubric(b, q);
}

}  // namespace

FormPart guide_part(const PrintModel& m, const Typesetter& ts, const PageGeometry& geometry) {
    FormBuilder b(ts, geometry, m.labels);
    const PrintLabels& L = m.labels;
    std::vector<std::u32string> subtitle{kit_summary(m)};
    const std::u32string made = joined({m.author.empty() ? U"" : fill32(L.tr("Prepared by {1}"), {m.author}),
                                        m.modified.empty() ? U"" : fill32(L.tr("updated {1}"), {m.modified})});
    if (!made.empty()) subtitle.push_back(made);
    b.title_block(L.tr("INTERVIEWER GUIDE"), m.title, subtitle);
    if (!m.candidate.empty() || !m.date.empty()) {
        b.space(12);
        b.fields({{L.tr("CANDIDATE"), m.candidate, 6}, {L.tr("DATE"), m.date, 2.5f}});
    }
    add_interview_focus(b, m);
    if (!m.check_line.empty()) {
        b.space(12);
        b.note_box(m.check_line, kNoteStyle, kTint);
    }
    if (!m.instructions.empty()) {
        b.space(20);
        b.heading(L.tr("Instructions"));
        b.paragraphs(m.instructions, kBodyStyle, 0, 13.5f, 5);
    }
    add_timing_plan(b, m);
    add_sections(b, m, 24, add_question);

    FormPart part;
    part.rows = b.take();
    part.labels = L;
    part.footer = joined({m.title, L.tr("Interviewer guide"),
                          m.candidate.empty() ? U"" : fill32(L.tr("Candidate: {1}"), {m.candidate})});
    return part;
}

}  // namespace ikit
