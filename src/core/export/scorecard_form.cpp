#include "export/pdf_forms.h"

#include <algorithm>

namespace ikit {

using namespace form_style;

namespace {

constexpr float kBox = 10;  // rating box side
constexpr TextStyle kListenForStyle{7.4f, Weight::Regular, kMuted, 0};  // listen-for signals above the notes

// A tick box with its top-left corner at (x, top).
void tick_box(Painter& p, float x, float top, float side = kBox) { p.frame(x, top - side, side, side, 0.7f, kMuted); }

// "RATING" and a row with a box per level of the question's scale, each with its score and short label.
void add_rating_row(FormBuilder& b, const PrintQuestion& q) {
    b.space(7);
    b.label(b.labels().tr("RATING"), kGutter);
    const float x0 = b.left() + kGutter;
    const float cell = (b.right() - x0) / static_cast<float>(std::max<std::size_t>(q.levels.size(), 1));
    constexpr float kLabelLine = 10.0f;
    struct Cell {
        float x;
        std::u32string number;
        std::vector<std::u32string> label;
        TextStyle style;
    };
    std::vector<Cell> cells;
    std::size_t most_lines = 1;
    for (std::size_t i = 0; i < q.levels.size(); ++i) {
        Cell c{x0 + cell * static_cast<float>(i), digits(q.levels[i].score), {}, kRatingLabelStyle};
        const float label_x = kBox + 5 + b.typesetter().width(c.number, kScoreStyle) + 3.5f;
        // keep the row compact: three lines at most
        FittedLines fitted = b.typesetter().wrap_label(q.levels[i].label, kRatingLabelStyle, cell - label_x - 6, 3);
        c.label = std::move(fitted.lines);
        c.style = fitted.style;
        most_lines = std::max(most_lines, c.label.size());
        cells.push_back(std::move(c));
    }
    const float h = std::max(15.0f, kLabelLine * static_cast<float>(most_lines) + 4);
    b.add(h, Glue::Soft, [=](Painter& p, float top) {
        for (const auto& c : cells) {
            tick_box(p, c.x, top - 1.5f);
            const float base = top - 1.5f - kBox + 1.6f;
            p.text(c.x + kBox + 5, base, c.number, kScoreStyle);
            const float label_x = c.x + kBox + 5 + p.typesetter().width(c.number, kScoreStyle) + 3.5f;
            float line_base = base;
            for (const auto& line : c.label) {
                p.text(label_x, line_base, line, c.style);
                line_base -= kLabelLine;
            }
        }
    });
}

// The rubric's anchors in small type, one line per level ("3 Meets the bar — …").
void add_anchors(FormBuilder& b, const PrintQuestion& q) {
    if (!q.has_rubric) return;
    bool any = false;
    for (const auto& level : q.levels) any = any || !level.anchor.empty();
    if (!any) return;
    b.space(5);
    const float x = b.left() + kGutter;
    const float hang = 9;
    constexpr float kLine = 10.6f;
    for (const auto& level : q.levels) {
        StyledLine runs{{digits(level.score) + U" " + level.label, kAnchorLevelStyle}};
        if (!level.anchor.empty()) runs.push_back({U" \u2014 " + level.anchor, kAnchorStyle});
        const auto lines = b.typesetter().wrap(runs, b.right() - x - hang);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const StyledLine line = lines[i];
            const float lx = i == 0 ? x : x + hang;
            b.add(kLine, i + 1 < lines.size() ? Glue::Hard : Glue::Soft, [=](Painter& p, float top) {
            p.line_of_runs(lx, p.typesetter().baseline(top, kLine, kAnchorStyle), line);
        });
        }
    }
    b.glue_last(Glue::None);
}

// The listen-for signals in small type just above the notes lines: a "LISTEN FOR" label, and beside it the
// signals run together ("signal · signal · signal"), continuation lines under the first signal, so the
// interviewer sees what to note down without turning to the guide.
void add_listen_for(FormBuilder& b, const PrintQuestion& q) {
    if (q.listen_for.empty()) return;
    constexpr float kLine = 10.2f;
    const TextStyle label = label_style(kAccent);
    const float x = b.left() + kGutter;
    const std::u32string listen_for = b.labels().tr("LISTEN FOR");
    const float signals_x = x + b.typesetter().width(listen_for, label) + 7;
    StyledLine runs;
    for (std::size_t i = 0; i < q.listen_for.size(); ++i)
        runs.push_back({(i == 0 ? U"" : U"  \u00B7  ") + q.listen_for[i], kListenForStyle});
    const auto lines = b.typesetter().wrap(runs, b.right() - signals_x);
    b.space(6);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const StyledLine line = lines[i];
        const bool first = i == 0;
        b.add(kLine, Glue::Hard, [=](Painter& p, float top) {
            const float base = p.typesetter().baseline(top, kLine, kListenForStyle);
            if (first) p.text(x, base, listen_for, label);
            p.line_of_runs(signals_x, base, line);
        });
    }
}

void add_question(FormBuilder& b, const PrintQuestion& q, const std::u32string& section_title, bool first_in_section) {
    b.space(first_in_section ? 10 : 18);
    add_question_header(b, q, section_title);
    if (!q.probes.empty()) {
        b.space(4);
        b.label(b.labels().tr("PROBES"), kGutter);
        b.bullets(q.probes, kNoteStyle, kGutter, 11.5f, Glue::Hard);
        b.glue_last(Glue::Hard);
    }
    if (q.scored) {  // an unscored question (an opener, the close) gets notes lines but no rating
        add_rating_row(b, q);
        add_anchors(b, q);
    }
    b.glue_last(Glue::Soft);  // the notes area starts with the question when there is room
    add_listen_for(b, q);
    b.space(7);
    b.label(b.labels().tr("NOTES"), kGutter);
    const int lines = std::clamp(2 + q.minutes / 2, 3, 7);
    b.ruled_lines(lines, kGutter, 18);
}

// Where the summary table's parts go: the competency names on the left, then one column per level.
struct SummaryColumns {
    float left = 0;        // the table's left edge
    float right = 0;       // the table's right edge
    float name_width = 0;  // the width of the competency names' column
    float column = 0;      // the width of one level's column

    // The centre of the column of level `i` (0-based).
    float center(std::size_t i) const { return left + name_width + column * (static_cast<float>(i) + 0.5f); }
};

SummaryColumns summary_columns(const FormBuilder& b, std::size_t levels) {
    SummaryColumns c;
    c.left = b.left();
    c.right = b.right();
    c.name_width = b.width() * 0.40f;
    c.column = (c.right - (c.left + c.name_width)) / static_cast<float>(std::max<std::size_t>(levels, 1));
    return c;
}

// True when two scales have the same scores and labels, so that one header serves both.
bool same_scale(const std::vector<PrintLevel>& a, const std::vector<PrintLevel>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const PrintLevel& x, const PrintLevel& y) {
        return x.score == y.score && x.label == y.label;
    });
}

// The header of a scale: "COMPETENCY", then each level's score over its label.
void add_scale_header(FormBuilder& b, const std::vector<PrintLevel>& levels) {
    const SummaryColumns c = summary_columns(b, levels.size());
    std::vector<std::pair<std::u32string, FittedLabel>> heads;  // score, label
    for (const auto& level : levels)
        heads.emplace_back(digits(level.score), b.typesetter().fit_label(level.label, kScaleLabelStyle, c.column - 4));
    const FittedLabel competency = b.typesetter().fit_label(b.labels().tr("COMPETENCY"), label_style(), c.name_width - 6);
    b.add(25, Glue::Hard, [=](Painter& p, float top) {
        p.text(c.left, top - 17, competency.text, competency.style);
        for (std::size_t i = 0; i < heads.size(); ++i) {
            p.text_centered(c.center(i), top - 10, heads[i].first, kScoreStyle);
            p.text_centered(c.center(i), top - 19.5f, heads[i].second.text, heads[i].second.style);
        }
        p.line(c.left, top - 24.5f, c.right, top - 24.5f, 0.6f, kRule);
    });
}

// A competency's row: its name, and a box under each level of its scale; `zebra` tints it.
void add_competency_row(FormBuilder& b, const PrintCompetency& competency, bool zebra) {
    constexpr float kLine = 12.5f;
    const SummaryColumns c = summary_columns(b, competency.levels.size());
    const std::size_t boxes = competency.levels.size();
    const auto lines = b.typesetter().wrap(competency.name, kCompetencyNameStyle, c.name_width - 10);
    const float h = std::max(22.0f, kLine * static_cast<float>(lines.size()) + 9);
    b.add(h, Glue::Soft, [=](Painter& p, float top) {
        if (zebra) p.fill(c.left, top - h, c.right - c.left, h, kZebra);
        float line_top = top - (h - kLine * static_cast<float>(lines.size())) / 2;
        for (const auto& line : lines) {
            p.text(c.left + 4, p.typesetter().baseline(line_top, kLine, kCompetencyNameStyle), line,
                   kCompetencyNameStyle);
            line_top -= kLine;
        }
        for (std::size_t i = 0; i < boxes; ++i) tick_box(p, c.center(i) - kBox / 2, top - (h - kBox) / 2);
        p.line(c.left, top - h, c.right, top - h, 0.4f, kHairline);
    });
}

// One row per competency with a box per level of its rubric's scale, under a header naming the scale; the
// header is repeated where the scale changes (rubrics may have 4 or 5 levels, and labels of their own).
void add_competency_table(FormBuilder& b, const PrintModel& m) {
    std::size_t row_under_header = 0;
    for (std::size_t r = 0; r < m.competencies.size(); ++r) {
        const PrintCompetency& competency = m.competencies[r];
        if (r == 0 || !same_scale(competency.levels, m.competencies[r - 1].levels)) {
            if (r > 0) b.space(10);
            add_scale_header(b, competency.levels);
            row_under_header = 0;
        }
        add_competency_row(b, competency, row_under_header++ % 2 == 1);
    }
    b.glue_last(Glue::None);
}

// The overall recommendation: one box per label, spread across the width.
void add_recommendation(FormBuilder& b, const PrintModel& m) {
    b.label(b.labels().tr("OVERALL RECOMMENDATION"), 0);
    const float x = b.left();
    const std::size_t n = std::max<std::size_t>(m.recommendations.size(), 1);
    const float cell = b.width() / static_cast<float>(n);
    std::vector<FittedLabel> labels;
    for (const auto& label : m.recommendations)
        labels.push_back(b.typesetter().fit_label(label, kRecommendationStyle, cell - 26));
    b.add(22, Glue::None, [=](Painter& p, float top) {
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const float cx = x + cell * static_cast<float>(i);
            tick_box(p, cx, top - 5, 12);
            p.text(cx + 18, top - 15, labels[i].text, labels[i].style);
        }
    });
}

// The summary moves to a new page whole when it does not fit below the last question.
void add_summary(FormBuilder& b, const PrintModel& m) {
    const PrintLabels& L = b.labels();
    b.continued_label({});
    b.space(24);
    b.section_band(L.tr("Summary"), L.tr("complete before the debrief"));
    b.continued_label(L.tr("Summary (continued)"));
    b.space(7);
    b.paragraphs({L.tr("Rate each competency on all the evidence from this interview, then give one overall "
                       "recommendation. Leave a competency blank when the interview gave no evidence of it.")},
                 kNoteStyle, 0, 12);
    b.glue_last(Glue::Hard);
    b.space(8);
    add_competency_table(b, m);
    b.glue_last(Glue::Soft);
    b.space(18);
    add_recommendation(b, m);
    b.glue_last(Glue::Soft);
    b.space(16);
    b.label(L.tr("KEY TAKE-AWAYS"), 0);
    b.ruled_lines(4, 0, 19, true);
    b.glue_last(Glue::Hard);
    b.space(20);
    b.fields({{L.tr("SIGNATURE"), U"", 6}, {L.tr("DATE"), U"", 3}});
}

}  // namespace

FormPart scorecard_part(const PrintModel& m, const std::u32string& interviewer, const Typesetter& ts,
                        const PageGeometry& geometry) {
    FormBuilder b(ts, geometry, m.labels);
    const PrintLabels& L = m.labels;
    b.title_block(L.tr("INTERVIEW SCORECARD"), m.title, {kit_summary(m)});
    b.space(14);
    // the date field holds a written-out date ("23 de septiembre de 2026")
    b.fields({{L.tr("CANDIDATE"), m.candidate, 3.8f}, {L.tr("INTERVIEWER"), interviewer, 3.2f}, {L.tr("DATE"), m.date, 3}});
    add_interview_focus(b, m);
    b.space(12);
    b.paragraphs({L.tr("Ask each question as written and use the probes to get specifics. Write down what you hear. "
                       "Right after the interview, tick one rating per question against its anchors and complete the "
                       "summary before you discuss the candidate with anyone.")},
                 kNoteStyle, 0, 12);
    add_sections(b, m, 22, add_question);
    add_summary(b, m);

    FormPart part;
    part.rows = b.take();
    part.labels = L;
    std::vector<std::u32string> footer{m.title};
    if (!m.candidate.empty()) footer.push_back(fill32(L.tr("Candidate: {1}"), {m.candidate}));
    if (!interviewer.empty()) footer.push_back(fill32(L.tr("Interviewer: {1}"), {interviewer}));
    part.footer = joined(footer);
    return part;
}

}  // namespace ikit
