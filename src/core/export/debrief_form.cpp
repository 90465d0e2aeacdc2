#include "export/debrief_pdf.h"
#include "export/variant_roster_pdf.h"

#include "export/form_renderer.h"
#include "export/haru_document.h"
#include "export/pdf_fonts.h"
#include "export/printable_text.h"
#include "i18n/text_fill.h"
#include "model/competency_weight.h"
#include "util/version.h"

#include <algorithm>
#include <set>

namespace ikit {

using namespace form_style;

namespace {

// Every text of a score PDF goes through here, so the fonts know each character before anything is laid out.
class Texts {
public:
    /// The form's own words, translated (UTF-8; pass the result through operator() to print it).
    Translator labels;

    explicit Texts(Translator translator = {}) : labels(std::move(translator)) {}

    /// A label of the form, translated and recorded.
    std::u32string tr(const char* msgid) { return add(printable_line(labels.tr(msgid))); }

    std::u32string operator()(const std::string& utf8) { return add(printable_line(utf8)); }
    std::u32string add(std::u32string text) {
        characters_.insert(text.begin(), text.end());
        return text;
    }
    std::vector<std::u32string> paragraphs(const std::string& utf8) {
        auto list = printable_paragraphs(utf8);
        for (const auto& p : list) characters_.insert(p.begin(), p.end());
        return list;
    }
    const std::set<char32_t>& characters() {
        // The documents' own words and the digits of page numbers and figures.
        for (const char32_t* fixed : {U"0123456789.,:;()[]–—·×=+-−/ %", U"abcdefghijklmnopqrstuvwxyz",
                                      U"ABCDEFGHIJKLMNOPQRSTUVWXYZ", U"Page of (continued)"})
            characters_.insert(fixed, fixed + std::char_traits<char32_t>::length(fixed));
        add(printable_line(labels.tr("Page {1} of {2}")));
        return characters_;
    }

private:
    std::set<char32_t> characters_;
};

constexpr TextStyle kCellStyle{8.8f, Weight::Regular, kInk, 0};
constexpr TextStyle kCellBoldStyle{8.8f, Weight::Bold, kInk, 0};
constexpr TextStyle kCellWarnStyle{8.8f, Weight::Bold, kWarn, 0};
constexpr TextStyle kCellMutedStyle{8.8f, Weight::Regular, kFaint, 0};
constexpr TextStyle kCellFlagStyle{7.8f, Weight::Bold, kWarn, 0};
constexpr TextStyle kHeadStyle{6.8f, Weight::Bold, kFaint, 0.5f};
constexpr TextStyle kRaterHeadStyle{6.8f, Weight::Bold, kMuted, 0};  // interviewers' names over the grid
constexpr TextStyle kBigFigureStyle{22, Weight::Bold, kAccent, 0};
constexpr TextStyle kTileNoteStyle{8.2f, Weight::Regular, kMuted, 0};
constexpr TextStyle kEvidenceHeadStyle{8.8f, Weight::Bold, kMuted, 0};
constexpr TextStyle kEvidenceStyle{8.8f, Weight::Regular, kInk, 0};
constexpr TextStyle kFlagStyle{7.2f, Weight::Bold, kWhite, 0.3f};

// Issue 19, defined at the end: the debrief's and the comparison's part on pooled questions.
void add_asked_variants(FormBuilder& b, Texts& t, const DebriefInput& d);
void add_compared_variants(FormBuilder& b, Texts& t, const Comparison& cmp);

std::string optional_score(const std::optional<double>& v) { return v ? score_text(*v) : "\xE2\x80\x93"; }

std::string range_of(const CompetencyScore& c) {
    return c.low ? (*c.low == *c.high ? score_text(*c.low) : score_text(*c.low) + "\xE2\x80\x93" + score_text(*c.high))
                 : "\xE2\x80\x93";
}

// A competency's flags: an id ("split", "one-rater", "no-evidence") and the words shown for it.
struct Flag {
    std::string id;
    std::u32string text;
};

// `short_words`: the grid's narrow flags column ("ONE", "NONE").
std::vector<Flag> flags_of(const CompetencyScore& c, Texts& t, bool short_words = false) {
    std::vector<Flag> flags;
    if (c.split) flags.push_back({"split", t.tr("SPLIT")});
    if (c.single_rater()) flags.push_back({"one-rater", short_words ? t.tr("ONE") : t.tr("ONE RATER")});
    if (c.no_evidence()) flags.push_back({"no-evidence", short_words ? t.tr("NONE") : t.tr("NO EVIDENCE")});
    return flags;
}

// A recommendation label of the tally: the kit's default scale in the form's language, any other as written.
std::string recommendation_text(const Kit& kit, const Translator& labels, const std::string& label) {
    if (kit.recommendation_labels != default_recommendation_labels()) return label;
    for (const auto& d : default_recommendation_labels())
        if (d == label) return labels.tr(d);
    return label;
}

// "3 interviewers", "1 competency", … in the form's language.
std::string count_text(const Translator& labels, const char* one, const char* many, std::size_t n) {
    return fill(labels.trn(one, many, n), {std::to_string(n)});
}

// A small coloured label ("SPLIT") at x; returns its width.
float flag_pill(Painter& p, float x, float baseline, const std::u32string& text, Rgb color) {
    const float w = p.typesetter().width(text, kFlagStyle) + 8;
    p.fill(x, baseline - 2.8f, w, 10.5f, color);
    p.text(x + 4, baseline, text, kFlagStyle);
    return w;
}

// A table row of cells: x positions, texts and styles; `zebra` tints it. A cell that `wraps` takes two lines
// at most (the row grows), the others are shortened to fit.
struct Cell {
    float x = 0;
    float width = 0;
    std::u32string text;
    TextStyle style = kCellStyle;
    bool centered = false;
    bool wraps = false;
};

void table_row(FormBuilder& b, const std::vector<Cell>& cells, float height, bool zebra, bool header,
               std::vector<std::pair<std::u32string, Rgb>> pills = {}, float pill_x = 0) {
    constexpr float kLine = 10.5f;
    const float left = b.left(), right = b.right();
    std::vector<std::vector<std::u32string>> lines;
    std::vector<TextStyle> styles;
    float h = height;
    for (const auto& c : cells) {
        // A header's labels are the form's own words: they may take two lines or a smaller size (a cut one is
        // recorded); values are shortened.
        if (header && !c.wraps) {
            FittedLines head = b.typesetter().wrap_label(c.text, c.style, c.width - 4, 2);
            styles.push_back(head.style);
            if (head.lines.empty()) head.lines.emplace_back();
            h = std::max(h, kLine * static_cast<float>(head.lines.size()) + (height - kLine));
            lines.push_back(std::move(head.lines));
            continue;
        }
        styles.push_back(c.style);
        std::vector<std::u32string> wrapped{b.typesetter().fit(c.text, c.style, c.width - 4)};
        if (c.wraps) {
            wrapped = b.typesetter().wrap(c.text, c.style, c.width - 4);
            if (wrapped.size() > 2) {
                wrapped.resize(2);
                wrapped[1] = b.typesetter().fit(wrapped[1] + U" \u2026", c.style, c.width - 4);
            }
            if (wrapped.empty()) wrapped.emplace_back();
            h = std::max(h, kLine * static_cast<float>(wrapped.size()) + (height - kLine));
        }
        lines.push_back(std::move(wrapped));
    }
    b.add(h, header ? Glue::Hard : Glue::None, [=](Painter& p, float top) {
        if (zebra) p.fill(left, top - h, right - left, h, kZebra);
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const Cell& c = cells[i];
            float line_top = top - (h - kLine * static_cast<float>(lines[i].size())) / 2;
            for (const auto& line : lines[i]) {
                const float baseline = p.typesetter().baseline(line_top, kLine, c.style);
                if (c.centered) p.text_centered(c.x + c.width / 2, baseline, line, styles[i]);
                else p.text(c.x + 3, baseline, line, styles[i]);
                line_top -= kLine;
            }
        }
        float x = pill_x + 3;
        for (const auto& [text, color] : pills) x += flag_pill(p, x, p.typesetter().baseline(top, h, kFlagStyle), text, color) + 3;
        p.line(left, top - h, right, top - h, header ? 0.7f : 0.4f, header ? kRule : kHairline);
    });
}

// Three tiles side by side: a big figure over a label and a note.
struct Tile {
    std::u32string label, figure, note;
    Rgb color = kAccent;
};

void tiles(FormBuilder& b, const std::vector<Tile>& list) {
    constexpr float kGap = 10, kHeight = 58;
    const float w = (b.width() - kGap * static_cast<float>(list.size() - 1)) / static_cast<float>(list.size());
    std::vector<Tile> fitted = list;
    std::vector<FittedLabel> labels;
    std::vector<std::vector<std::u32string>> notes;
    for (auto& t : fitted) {
        labels.push_back(b.typesetter().fit_label(t.label, label_style(), w - 16));
        t.figure = b.typesetter().fit(t.figure, kBigFigureStyle, w - 16);
        auto lines = b.typesetter().wrap(t.note, kTileNoteStyle, w - 16);
        if (lines.size() > 2) lines.resize(2);
        notes.push_back(lines);
    }
    const float x0 = b.left();
    b.add(kHeight, Glue::None, [=](Painter& p, float top) {
        for (std::size_t i = 0; i < fitted.size(); ++i) {
            const float x = x0 + static_cast<float>(i) * (w + kGap);
            p.fill(x, top - kHeight, w, kHeight, kTint);
            p.fill(x, top - kHeight, 2.5f, kHeight, fitted[i].color);
            p.text(x + 9, top - 12, labels[i].text, labels[i].style);
            TextStyle figure = kBigFigureStyle;
            figure.color = fitted[i].color;
            p.text(x + 9, top - 34, fitted[i].figure, figure);
            float y = top - 45;
            for (const auto& line : notes[i]) {
                p.text(x + 9, y, line, kTileNoteStyle);
                y -= 10;
            }
        }
    });
}

FormPart debrief_part(const DebriefInput& d, Texts& t, const Typesetter& ts, const PageGeometry& geometry) {
    const Combination& c = d.combination;
    const Translator& L = t.labels;
    FormBuilder b(ts, geometry, PrintLabels(L));
    std::vector<std::u32string> subtitle{
        t(fill(L.tr("Kit: {1}"), {d.kit.properties.title}) +
          (d.sheet.reference.empty() ? "" : "  \xC2\xB7  " + fill(L.tr("Reference {1}"), {d.sheet.reference}))),
        t(count_text(L, "{1} interviewer", "{1} interviewers", c.raters.size()) + "  \xC2\xB7  " +
          count_text(L, "{1} competency", "{1} competencies", c.competencies.size()) + "  \xC2\xB7  " +
          L.tr("combined by the rule of docs/scoring.md"))};
    b.title_block(t.tr("INTERVIEW DEBRIEF"), d.sheet.candidate.empty() ? t.tr("(no name)") : t(d.sheet.candidate), subtitle);
    if (d.mismatch.any()) {
        b.space(10);
        // TRANSLATORS: {1} says how the kit differs from the one the candidate was scored against.
        b.note_box(t(fill(L.tr("Kit mismatch: {1}. The scores are shown against the kit at hand, read-only."),
                          {d.mismatch.message(d.sheet.kit, kit_identity(d.kit))})),
                   kWarningStyle, kWarnTint);
    }
    b.space(14);

    // The figures at a glance.
    std::string tally;
    for (const auto& entry : c.tally)
        if (entry.count > 0)
            tally += (tally.empty() ? "" : ", ") + recommendation_text(d.kit, L, entry.label) + " " + std::to_string(entry.count);
    if (c.no_recommendation)
        tally += (tally.empty() ? "" : ", ") + fill(L.tr("none {1}"), {std::to_string(c.no_recommendation)});
    std::size_t splits = 0;
    for (const auto& s : c.competencies) splits += s.split ? 1 : 0;
    std::vector<std::string> missing_names;
    for (const auto& id : c.missing) missing_names.push_back(c.find(id)->name);
    std::string missing_text;
    for (std::size_t i = 0; i < missing_names.size(); ++i) missing_text += (i ? ", " : "") + missing_names[i];
    tiles(b, {{t.tr("COMPOSITE"), t(c.composite ? composite_text(*c.composite) : "\xE2\x80\x93"),
               c.incomplete ? t(fill(L.tr("Incomplete: no evidence for {1}"), {missing_text}))
                            : t.tr("Weighted mean of the competency medians"),
               c.incomplete ? kWarn : kAccent},
              {t.tr("SPLITS"), t(std::to_string(splits)), t.tr("Competencies whose ratings differ by 2 points or more"),
               splits ? kWarn : kAccent},
              {t.tr("RECOMMENDATIONS"), t(std::to_string(c.raters.size() - static_cast<std::size_t>(c.no_recommendation))),
               tally.empty() ? t.tr("None given") : t(tally), kAccent}});

    // Discussion order.
    b.space(20);
    b.section_band(t.tr("Discuss in this order"), t.tr("splits first, then single raters and gaps"));
    b.space(6);
    for (std::size_t i = 0; i < c.discussion_order.size(); ++i) {
        const CompetencyScore& s = c.competencies[c.discussion_order[i]];
        std::string why = s.split ? fill(L.tr("ratings {1} \xE2\x80\x94 start from the evidence below"), {range_of(s)})
                          : s.single_rater() ? L.tr("only one interviewer has evidence")
                          : s.no_evidence() ? (s.required ? L.tr("no evidence: a required competency") : L.tr("no evidence"))
                                            : fill(L.tr("agreed: median {1}"), {optional_score(s.median)});
        std::vector<std::pair<std::u32string, Rgb>> pills;
        for (const auto& f : flags_of(s, t)) pills.emplace_back(f.text, f.id == "split" ? kWarn : kMuted);
        const float x = b.left();
        const float name_w = b.width() * 0.40f;
        table_row(b,
                  {{x, 22, t(std::to_string(i + 1)), kCellBoldStyle, true},
                   {x + 22, name_w, t(s.name), kCellBoldStyle},
                   {x + 22 + name_w + 62, b.width() - 22 - name_w - 62, t(why), kCellMutedStyle}},
                  18, false, false, pills, x + 22 + name_w);
    }

    // The grid.
    b.space(20);
    b.section_band(t.tr("Ratings"), t.tr("each interviewer's rating of each competency"));
    b.space(6);
    const std::size_t n = c.raters.size();
    const float x = b.left();
    const float fixed = 44 + 44 + 70;  // median, range, weight+flags
    const float name_w = std::max(90.0f, std::min(150.0f, b.width() - fixed - 52.0f * static_cast<float>(n)));
    const float rater_w = n ? (b.width() - name_w - fixed) / static_cast<float>(n) : 0;
    std::vector<Cell> head{{x, name_w, t.tr("COMPETENCY"), kHeadStyle}};
    for (std::size_t i = 0; i < n; ++i)
        head.push_back({x + name_w + rater_w * static_cast<float>(i), rater_w, t(c.raters[i].label), kRaterHeadStyle, true, true});
    const float after = x + name_w + rater_w * static_cast<float>(n);
    head.push_back({after, 44, t.tr("MEDIAN"), kHeadStyle, true});
    head.push_back({after + 44, 44, t.tr("RANGE"), kHeadStyle, true});
    head.push_back({after + 88, 70, t.tr("FLAGS"), kHeadStyle});
    table_row(b, head, 20, false, true);
    bool zebra = false;
    for (const auto& s : c.competencies) {
        std::vector<Cell> row{{x, name_w, t(s.name + (s.weight != 1.0 ? "  \xC3\x97" + competency_weight_text(s.weight) : "")),
                               kCellStyle}};
        for (std::size_t i = 0; i < n; ++i) {
            const RaterScore& r = s.raters[i];
            row.push_back({x + name_w + rater_w * static_cast<float>(i), rater_w,
                           t(r.rating ? score_text(*r.rating) + (r.from_summary ? "" : "*") : "\xE2\x80\x93"),
                           r.rating ? kCellStyle : kCellMutedStyle, true});
        }
        row.push_back({after, 44, t(optional_score(s.median)), s.split ? kCellWarnStyle : kCellBoldStyle, true});
        row.push_back({after + 44, 44, t(range_of(s)), kCellStyle, true});
        std::vector<std::pair<std::u32string, Rgb>> pills;
        for (const auto& f : flags_of(s, t, true)) pills.emplace_back(f.text, f.id == "split" ? kWarn : kMuted);
        table_row(b, row, 19, zebra, false, pills, after + 88);
        zebra = !zebra;
    }
    b.space(5);
    b.paragraphs({t.tr("* the mean of the interviewer's question ratings (no summary rating given); \xE2\x80\x93 no "
                       "evidence. Median: the panel's score. \xC3\x97" "2: the competency's weight in the composite.")},
                 kNoteStyle, 0, 11);

    // Evidence, in discussion order.
    b.space(18);
    b.section_band(t.tr("Evidence"), t.tr("by competency, in discussion order"));
    for (std::size_t i : c.discussion_order) {
        const CompetencyScore& s = c.competencies[i];
        b.space(10);
        // TRANSLATORS: the heading of a competency's evidence: {1} its name, {2} the median, {3} the range ("2–4").
        b.heading(t(fill(L.tr("{1}  \xC2\xB7  median {2}  \xC2\xB7  range {3}"), {s.name, optional_score(s.median), range_of(s)})));
        b.space(2);
        for (std::size_t r = 0; r < n; ++r) {
            const RaterScore& score = s.raters[r];
            if (!score.rating && score.evidence.empty()) continue;
            const auto questions = static_cast<std::size_t>(score.questions);
            const std::string how = !score.rating ? L.tr("no evidence")
                                    : score.from_summary ? L.tr("summary")
                                    : fill(L.trn("mean of {1} question", "mean of {1} questions", questions),
                                           {std::to_string(questions)});
            b.paragraphs({t(c.raters[r].label + "  \xC2\xB7  " +
                            (score.rating ? score_text(*score.rating) : std::string("\xE2\x80\x93")) + "  (" + how + ")")},
                         kEvidenceHeadStyle, 8, 12, 0);
            b.glue_last(Glue::Hard);
            auto paragraphs = score.evidence.empty() ? std::vector<std::u32string>{t.tr("(no note)")}
                                                     : t.paragraphs(score.evidence);
            b.paragraphs(paragraphs, kEvidenceStyle, 18, 11.5f, 2);
            b.space(5);
        }
        if (s.no_evidence()) b.paragraphs({t.tr("No interviewer has evidence of this competency.")}, kNoteStyle, 8, 11);
    }

    // Recommendations.
    b.space(18);
    b.section_band(t.tr("Recommendations"), t.tr("each interviewer's overall recommendation"));
    b.space(6);
    const float label_w = b.width() * 0.3f;
    for (const auto& entry : c.tally) {
        std::string who;
        for (const auto& r : c.raters)
            if (r.recommendation == entry.label) who += (who.empty() ? "" : ", ") + r.label;
        table_row(b,
                  {{x, label_w,
                    t(entry.on_scale ? recommendation_text(d.kit, L, entry.label)
                                     : fill(L.tr("{1} (not on the kit's scale)"), {entry.label})),
                    kCellStyle},
                   {x + label_w, 30, t(std::to_string(entry.count)), entry.count ? kCellBoldStyle : kCellMutedStyle, true},
                   {x + label_w + 40, b.width() - label_w - 40, t(who), kCellMutedStyle}},
                  18, false, false);
    }
    if (c.no_recommendation) {
        std::string who;
        for (const auto& r : c.raters)
            if (r.recommendation.empty()) who += (who.empty() ? "" : ", ") + r.label;
        table_row(b,
                  {{x, label_w, t.tr("None given"), kCellMutedStyle},
                   {x + label_w, 30, t(std::to_string(c.no_recommendation)), kCellBoldStyle, true},
                   {x + label_w + 40, b.width() - label_w - 40, t(who), kCellMutedStyle}},
                  18, false, false);
    }
    add_asked_variants(b, t, d);
    if (!c.not_counted.empty()) {
        b.space(16);
        b.label(t.tr("RATINGS NOT COUNTED"), 0, kWarn);
        std::vector<std::u32string> items;
        for (const auto& reason : c.not_counted_reasons) items.push_back(t(reason.text(t.labels)));
        b.bullets(items, kNoteStyle, 0, 11);
    }

    FormPart part;
    part.rows = b.take();
    part.labels = PrintLabels(L);
    // TRANSLATORS: the debrief's page footer: {1} the candidate, {2} the kit's title.
    part.footer = t(fill(L.tr("Debrief \xC2\xB7 {1} \xC2\xB7 {2} \xC2\xB7 confidential"), {d.sheet.candidate, d.kit.properties.title}));
    return part;
}

// A comparison row's flags in the form's language (ComparisonRow::flags() words them for machine output).
std::string row_flags(const Translator& L, const ComparisonRow& row) {
    std::vector<std::string> parts;
    std::string missing;
    for (const auto& m : row.missing) missing += (missing.empty() ? "" : ", ") + m;
    if (row.incomplete) parts.push_back(fill(L.tr("incomplete ({1})"), {missing}));
    if (row.mismatch.questions) parts.push_back(L.tr("kit changed"));
    else if (row.mismatch.title) parts.push_back(L.tr("kit renamed"));
    if (row.tied) parts.push_back(L.tr("tied"));
    if (!row.composite) parts.push_back(L.tr("no evidence"));
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
    return out;
}

FormPart comparison_part(const Kit& kit, const Comparison& cmp, Texts& t, const Typesetter& ts,
                         const PageGeometry& geometry) {
    const Translator& L = t.labels;
    FormBuilder b(ts, geometry, PrintLabels(L));
    b.title_block(t.tr("CANDIDATE COMPARISON"), t(kit.properties.title),
                  {t(count_text(L, "{1} candidate", "{1} candidates", cmp.rows.size()) + "  \xC2\xB7  " +
                     L.tr("ranked by composite; equal composites share a rank"))});
    b.space(16);
    const float x = b.left();
    const std::size_t n = cmp.competency_ids.size();
    const float rank_w = 38, composite_w = 66, flags_w = 150;
    const float name_w = std::max(90.0f, std::min(200.0f, b.width() - rank_w - composite_w - flags_w - 62.0f * static_cast<float>(n)));
    const float comp_w = n ? (b.width() - rank_w - name_w - composite_w - flags_w) / static_cast<float>(n) : 0;
    std::vector<Cell> head{{x, rank_w, t.tr("RANK"), kHeadStyle, true},
                           {x + rank_w, name_w, t.tr("CANDIDATE"), kHeadStyle},
                           {x + rank_w + name_w, composite_w, t.tr("COMPOSITE"), kHeadStyle, true}};
    const float comp_x = x + rank_w + name_w + composite_w;
    for (std::size_t i = 0; i < n; ++i)
        head.push_back({comp_x + comp_w * static_cast<float>(i), comp_w, t(cmp.competency_names[i]), kHeadStyle, true, true});
    const float flags_x = comp_x + comp_w * static_cast<float>(n);
    head.push_back({flags_x, flags_w, t.tr("FLAGS"), kHeadStyle});
    table_row(b, head, 22, false, true);
    bool zebra = false;
    for (const auto& row : cmp.rows) {
        std::vector<Cell> cells{
            {x, rank_w, t(row.rank ? std::to_string(*row.rank) + (row.tied ? "=" : "") : "\xE2\x80\x93"), kCellBoldStyle, true},
            {x + rank_w, name_w, t(row.candidate), kCellStyle},
            {x + rank_w + name_w, composite_w, t(row.composite ? composite_text(*row.composite) : "\xE2\x80\x93"),
             row.incomplete ? kCellWarnStyle : kCellBoldStyle, true}};
        for (std::size_t i = 0; i < row.competencies.size(); ++i) {
            const auto& cell = row.competencies[i];
            std::string text = cell.score ? score_text(*cell.score) : "\xE2\x80\x93";
            if (cell.split) text += " !";
            if (cell.single_rater) text += " (1)";
            cells.push_back({comp_x + comp_w * static_cast<float>(i), comp_w, t(text),
                             cell.split ? kCellWarnStyle : cell.score ? kCellStyle : kCellMutedStyle, true});
        }
        cells.push_back({flags_x, flags_w, t(row_flags(L, row)), kCellFlagStyle, false, true});
        table_row(b, cells, 19, zebra, false);
        zebra = !zebra;
    }
    b.space(8);
    b.paragraphs({t.tr("! split: the interviewers' ratings differ by 2 points or more.  (1): one interviewer only.  "
                       "\xE2\x80\x93 no evidence.  = tied.  Incomplete: a competency the kit names has no evidence.  "
                       "Kit changed: the candidate was scored against other questions or rubrics.")},
                 kNoteStyle, 0, 11);
    add_compared_variants(b, t, cmp);
    FormPart part;
    part.rows = b.take();
    part.labels = PrintLabels(L);
    // TRANSLATORS: the comparison's page footer: {1} the kit's title.
    part.footer = t(fill(L.tr("Comparison \xC2\xB7 {1} \xC2\xB7 confidential"), {kit.properties.title}));
    return part;
}

// ---- Issue 19: which variant of a pooled question was asked (the debrief, the comparison, the roster) ----

// Which variant of each pooled question was asked (issue 19), flagged when the interviewers recorded different ones.
void add_asked_variants(FormBuilder& b, Texts& t, const DebriefInput& d) {
    std::vector<std::string> warnings;
    const std::vector<AskedVariant> list = asked_variants(d.kit, d.sheet, &warnings);
    if (list.empty()) return;
    b.space(18);
    b.section_band(t.tr("Questions asked in variants"), t.tr("the wording this candidate was asked"));
    b.space(6);
    const float x = b.left(), name_w = b.width() * 0.34f;
    for (const AskedVariant& a : list) {
        std::string asked;
        if (a.recorded.empty()) asked = t.labels.tr("not rated");
        else if (!a.differs) asked = a.member ? variant_label(*a.slot, *a.member) : t.labels.tr("a wording the pool no longer has");
        else
            for (const RecordedVariant& r : a.recorded)
                asked += (asked.empty() ? "" : "; ") + d.sheet.scorecards[r.scorecard].interviewer + ": " +
                         (r.member ? variant_position_text(*r.member, a.pool_size) : t.labels.tr("not in the pool"));
        std::vector<std::pair<std::u32string, Rgb>> pills;
        if (a.differs) pills.emplace_back(t.tr("DIFFERENT VARIANTS"), kWarn);
        table_row(b,
                  {{x, name_w, t(a.slot->text), kCellBoldStyle, false, true},
                   {x + name_w, b.width() - name_w - (a.differs ? 110 : 0), t(asked), kCellStyle, false, true}},
                  18, false, false, pills, b.right() - 108);
    }
    if (!warnings.empty()) {
        std::vector<std::u32string> items;
        for (const auto& w : warnings) items.push_back(t(w));
        b.space(4);
        b.bullets(items, kNoteStyle, 0, 11);
    }
}

// A table of candidates × pooled questions (issue 19): the variant each candidate was asked.
void add_compared_variants(FormBuilder& b, Texts& t, const Comparison& cmp) {
    if (cmp.pooled.empty()) return;
    b.space(16);
    b.section_band(t.tr("Questions asked in variants"), t.tr("the variant each candidate was asked"));
    b.space(6);
    const float x = b.left(), name_w = 160;
    const float col_w = std::min(90.0f, (b.width() - name_w) / static_cast<float>(cmp.pooled.size()));
    std::vector<Cell> head{{x, name_w, t.tr("CANDIDATE"), kHeadStyle}};
    for (std::size_t i = 0; i < cmp.pooled.size(); ++i)
        head.push_back({x + name_w + col_w * static_cast<float>(i), col_w, t(fill(t.labels.tr("Q{1}"), {std::to_string(cmp.pooled[i].number)})),
                        kHeadStyle, true});
    table_row(b, head, 18, false, true);
    bool zebra = false;
    for (const auto& row : cmp.rows) {
        std::vector<Cell> cells{{x, name_w, t(row.candidate), kCellStyle}};
        for (std::size_t i = 0; i < row.variants.size() && i < cmp.pooled.size(); ++i)
            cells.push_back({x + name_w + col_w * static_cast<float>(i), col_w,
                             t(row.variants[i] ? fill(t.labels.tr("{1} of {2}"), {std::to_string(*row.variants[i] + 1), std::to_string(cmp.pooled[i].size)})
                                               : std::string("\xE2\x80\x93")),
                             kCellStyle, true});
        table_row(b, cells, 17, zebra, false);
        zebra = !zebra;
    }
    b.space(6);
    b.paragraphs({t(comparable_variants_note())}, kNoteStyle, 0, 11);
}

// The hiring manager's sheet: each pool's wordings, then candidates × pooled questions.
FormPart variant_roster_part(const Kit& kit, const VariantRoster& roster, Texts& t, const Typesetter& ts,
                             const PageGeometry& geometry) {
    FormBuilder b(ts, geometry);
    b.title_block(t.tr("WHO IS ASKED WHICH VARIANT"), t(kit.properties.title),
                  {t(fill(t.labels.trn("{1} candidate", "{1} candidates", roster.candidates.size()), {std::to_string(roster.candidates.size())}) +
                     "  \xC2\xB7  " +
                     fill(t.labels.trn("{1} question with variants", "{1} questions with variants", roster.questions.size()),
                          {std::to_string(roster.questions.size())}) +
                     "  \xC2\xB7  " + t.labels.tr("for the hiring manager; the candidates never see this sheet"))});
    const float x = b.left();
    if (roster.questions.empty()) {
        b.space(14);
        b.paragraphs({t.tr("The kit has no question with variants: every candidate is asked the same questions.")},
                     kNoteStyle, 0, 11);
    }
    for (std::size_t i = 0; i < roster.questions.size(); ++i) {
        const KitQuestion& q = *roster.questions[i];
        b.space(14);
        b.section_band(t(fill(t.labels.tr("Question {1}"), {std::to_string(roster.numbers[i])})),
                       t(fill(t.labels.trn("{1} variant", "{1} variants", q.pool.size()), {std::to_string(q.pool.size())})));
        b.space(4);
        for (std::size_t m = 0; m < q.pool.size(); ++m)
            table_row(b,
                      {{x, 24, t(std::to_string(m + 1)), kCellBoldStyle, true},
                       {x + 24, b.width() - 24, t(m == 0 ? q.text : q.pool.variants[m - 1].text), kCellStyle, false, true}},
                      17, m % 2 == 1, false);
    }
    if (!roster.questions.empty() && !roster.candidates.empty()) {
        b.space(18);
        b.section_band(t.tr("Candidates"), t.tr("the variant of each question each candidate is asked"));
        b.space(6);
        const float name_w = std::min(200.0f, b.width() * 0.4f);
        const float col_w = std::min(70.0f, (b.width() - name_w) / static_cast<float>(roster.questions.size()));
        std::vector<Cell> head{{x, name_w, t.tr("CANDIDATE"), kHeadStyle}};
        for (std::size_t i = 0; i < roster.questions.size(); ++i)
            head.push_back({x + name_w + col_w * static_cast<float>(i), col_w, t(fill(t.labels.tr("Q{1}"), {std::to_string(roster.numbers[i])})),
                            kHeadStyle, true});
        table_row(b, head, 18, false, true);
        for (std::size_t c = 0; c < roster.candidates.size(); ++c) {
            std::vector<Cell> cells{{x, name_w, t(roster.candidates[c]), kCellStyle}};
            for (std::size_t i = 0; i < roster.members[c].size(); ++i)
                cells.push_back({x + name_w + col_w * static_cast<float>(i), col_w, t(std::to_string(roster.members[c][i] + 1)),
                                 kCellBoldStyle, true});
            table_row(b, cells, 17, c % 2 == 1, false);
        }
        b.space(6);
        b.paragraphs({t(comparable_variants_note())}, kNoteStyle, 0, 11);
    }
    FormPart part;
    part.rows = b.take();
    part.footer = t(fill(t.labels.tr("Variants by candidate \xC2\xB7 {1} \xC2\xB7 confidential"), {kit.properties.title}));
    return part;
}

// Renders one part with the fonts `texts` needs.
template <typename MakePart>
ScorePdf render(const std::string& title, const std::string& subject, const ScorePdfOptions& options, bool landscape,
                MakePart make) {
    PageGeometry geometry = page_geometry(options.paper);
    if (landscape) std::swap(geometry.width, geometry.height);
    // First pass: collect the characters (the part is built and thrown away with a measuring typesetter).
    HaruDocument probe_doc;
    Texts texts(options.labels);
    {
        const PdfFonts fonts(probe_doc, {U'a'}, options.font_file);
        const Typesetter ts(fonts);
        make(texts, ts, geometry);
    }
    HaruDocument doc;
    const PdfFonts fonts(doc, texts.characters(), options.font_file);
    doc.set_info(HPDF_INFO_TITLE, pdf_property_text(printable_line(title)));
    doc.set_info(HPDF_INFO_SUBJECT, subject);
    doc.set_info(HPDF_INFO_CREATOR, std::string(product_name()) + " " + version());
    HPDF_SetPageMode(doc.get(), HPDF_PAGE_MODE_USE_OUTLINE);
    doc.check("setting the page mode");
    LayoutCheck layout;
    layout.fitting = options.fit_labels;
    const Typesetter ts(fonts, nullptr, &layout);
    Painter painter(doc, fonts);
    Texts again(options.labels);
    ScorePdf result;
    result.pages = render_part(doc, painter, geometry, make(again, ts, geometry));
    result.bytes = doc.save();
    result.warnings = fonts.warnings();
    result.layout_problems = std::move(layout.problems);
    return result;
}

}  // namespace

ScorePdf render_debrief_pdf(const DebriefInput& debrief, const ScorePdfOptions& options) {
    return render("Debrief: " + debrief.sheet.candidate, "Interview debrief", options, false,
                  [&](Texts& t, const Typesetter& ts, const PageGeometry& g) { return debrief_part(debrief, t, ts, g); });
}

ScorePdf render_comparison_pdf(const Kit& kit, const Comparison& comparison, const ScorePdfOptions& options) {
    return render("Comparison: " + kit.properties.title, "Candidate comparison", options, true,
                  [&](Texts& t, const Typesetter& ts, const PageGeometry& g) { return comparison_part(kit, comparison, t, ts, g); });
}

ScorePdf render_variant_roster_pdf(const Kit& kit, const VariantRoster& roster, const ScorePdfOptions& options) {
    return render("Variants by candidate: " + kit.properties.title, "Variants by candidate", options, false,
                  [&](Texts& t, const Typesetter& ts, const PageGeometry& g) { return variant_roster_part(kit, roster, t, ts, g); });
}

}  // namespace ikit
