#include "export/print_model.h"

#include "export/printable_text.h"

#include <algorithm>

namespace ikit {

namespace {

std::vector<std::u32string> lines_of(const std::vector<std::string>& items) {
    std::vector<std::u32string> out;
    for (const auto& item : items) {
        std::u32string line = printable_line(item);
        if (!line.empty()) out.push_back(std::move(line));
    }
    return out;
}

// The rubric's levels as printed; `with_anchors` false leaves the anchors out (a scale's header).
std::vector<PrintLevel> levels_of(const Rubric& rubric, bool with_anchors) {
    std::vector<PrintLevel> levels;
    for (const auto& level : rubric.levels) {
        const RubricExample* example = with_anchors ? rubric.example(level.score) : nullptr;
        levels.push_back({level.score, printable_line(level.label), with_anchors ? printable_line(level.anchor) : U"",
                          example ? printable_line(example->text) : U""});
    }
    return levels;
}

// 1–5 with the default labels in the form's language, for what no rubric is attached to.
std::vector<PrintLevel> default_levels(const PrintLabels& L) {
    std::vector<PrintLevel> levels;
    const auto& labels = default_level_labels();
    for (std::size_t i = 0; i < labels.size(); ++i) levels.push_back({static_cast<int>(i + 1), L.tr(labels[i]), {}, {}});
    return levels;
}

// The rubric competency `id` is rated on: the first one attached to a scored question in the kit that was
// made for it, else the first one attached to a scored question whose main competency it is; nullptr when
// there is none.
const Rubric* competency_rubric(const Kit& kit, const std::string& id) {
    const Rubric* of_main_competency = nullptr;
    for (const auto& section : kit.sections) {
        for (const auto& q : section.questions) {
            if (q.rubric.empty() || !q.scored) continue;
            if (q.rubric.competency_id == id) return &q.rubric;
            if (!of_main_competency && !q.competency_ids.empty() && q.competency_ids.front() == id)
                of_main_competency = &q.rubric;
        }
    }
    return of_main_competency;
}

// The rubric a section is rated on in the summary: that of its competency, else the first one attached
// to one of its questions; nullptr when there is none.
const Rubric* section_rubric(const Kit& kit, const KitSection& section) {
    if (!section.competency_id.empty())
        if (const Rubric* rubric = competency_rubric(kit, section.competency_id)) return rubric;
    for (const auto& q : section.questions)
        if (!q.rubric.empty() && q.scored) return &q.rubric;
    return nullptr;
}

bool has_scored_question(const KitSection& section) {
    for (const auto& q : section.questions)
        if (q.scored) return true;
    return false;
}

// A summary row named `name`, rated on `rubric` (nullptr: the default scale).
PrintCompetency summary_row(std::u32string name, const Rubric* rubric, const PrintLabels& L) {
    return {std::move(name), rubric ? levels_of(*rubric, false) : default_levels(L)};
}

// The scorecard summary's rows: the kit's named competencies, else those its scored questions cover, else its
// sections with a scored question (`sections`, as printed); each rated on its rubric's scale. Unscored
// questions (openers, the close) add no row.
std::vector<PrintCompetency> summary_rows(const Kit& kit, const std::vector<PrintSection>& sections,
                                          const PrintLabels& L) {
    std::vector<PrintCompetency> rows;
    if (!kit.competencies.empty()) {
        for (const auto& c : kit.competencies)
            rows.push_back(summary_row(printable_line(c.name.empty() ? c.id : c.name), competency_rubric(kit, c.id), L));
    } else {
        for (const auto& [id, count] : questions_per_competency(kit))
            if (count > 0)
                rows.push_back(summary_row(printable_line(kit.competency_name(id)), competency_rubric(kit, id), L));
    }
    if (rows.empty())
        for (std::size_t i = 0; i < sections.size(); ++i)
            if (has_scored_question(kit.sections[i]))
                rows.push_back(summary_row(sections[i].title, section_rubric(kit, kit.sections[i]), L));
    return rows;
}

PrintQuestion make_question(const Kit& kit, const KitQuestion& q, int number, const PrintLabels& L) {
    PrintQuestion p;
    p.number = number;
    p.text = printable_paragraphs(q.text);
    if (!q.competency_ids.empty()) p.competency = printable_line(kit.competency_name(q.competency_ids.front()));
    p.type = printable_line(std::string(to_label(q.type)));
    p.minutes = q.minutes > 0 ? q.minutes : 0;
    p.listen_for = lines_of(q.listen_for);
    p.probes = lines_of(q.probes);
    p.red_flags = lines_of(q.red_flags);
    p.scored = q.scored;
    p.has_rubric = !q.rubric.empty();
    if (p.has_rubric) p.rubric_name = printable_line(q.rubric.name);
    p.levels = p.has_rubric ? levels_of(q.rubric, true) : default_levels(L);
    return p;
}

// The interview of a loop, cleaned for paper.
void add_interview(PrintInterview& out, const PdfInterview& in, const PrintLabels& L) {
    out.name = printable_line(in.name);
    if (out.name.empty() && !in.name.empty()) out.name = fill32(L.tr("Interview {1}"), {digits(in.number)});
    out.number = in.number;
    out.count = in.count;
    out.minutes = in.minutes;
    out.panel = lines_of(in.panel);
    out.focus = lines_of(in.focus);
    out.elsewhere = lines_of(in.elsewhere);
}

}  // namespace

PrintModel make_print_model(const Kit& kit, const PdfOptions& options) {
    PrintModel m;
    m.labels = PrintLabels(options.labels);
    const PrintLabels& L = m.labels;
    const KitProperties& props = kit.properties;
    m.title = printable_line(props.title);
    if (m.title.empty()) m.title = L.tr("Interview kit");
    m.role = printable_line(props.role_name);
    m.stage = printable_line(props.stage);
    m.length_minutes = props.length_minutes > 0 ? props.length_minutes : 0;
    m.instructions = printable_paragraphs(props.instructions);
    m.author = printable_line(props.author);
    m.modified = L.date(printable_line(props.modified));
    m.candidate = printable_line(options.candidate);
    for (const auto& name : options.interviewers) m.interviewers.push_back(printable_line(name));
    if (m.interviewers.empty()) m.interviewers.emplace_back();
    m.date = L.date(printable_line(options.date));
    m.check_line = printable_line(options.check_line);

    int number = 0;
    for (const auto& section : kit.sections) {
        PrintSection s;
        s.title = printable_line(section.title);
        if (s.title.empty() && !section.competency_id.empty())
            s.title = printable_line(kit.competency_name(section.competency_id));
        if (s.title.empty()) s.title = fill32(L.tr("Section {1}"), {digits(static_cast<int>(m.sections.size() + 1))});
        for (const auto& q : section.questions) {
            s.questions.push_back(make_question(kit, q, ++number, L));
            s.minutes += s.questions.back().minutes;
        }
        s.candidate_minutes = std::max(0, section.candidate_minutes);
        s.minutes += s.candidate_minutes;
        m.planned_minutes += s.minutes;
        m.sections.push_back(std::move(s));
    }
    m.question_count = number;

    m.competencies = summary_rows(kit, m.sections, L);

    // The default scale prints in the form's language; a scale the user wrote is kit content, printed as written.
    if (kit.recommendation_labels != default_recommendation_labels())
        m.recommendations = lines_of(kit.recommendation_labels);
    if (m.recommendations.empty())
        for (const auto& label : default_recommendation_labels()) m.recommendations.push_back(L.tr(label));
    add_interview(m.interview, options.interview, L);
    return m;
}

std::set<char32_t> PrintModel::characters() const {
    std::set<char32_t> out;
    const auto add = [&out](const std::u32string& text) { out.insert(text.begin(), text.end()); };
    const auto add_all = [&add](const std::vector<std::u32string>& texts) {
        for (const auto& t : texts) add(t);
    };
    // The documents' own labels: ASCII and a few typographic marks.
    for (char32_t cp = 0x20; cp < 0x7F; ++cp) out.insert(cp);
    for (char32_t cp : {U'\u2026', U'\u2013', U'\u2014', U'\u2022', U'\u00B7'}) out.insert(cp);
    for (const auto* text : {&title, &role, &stage, &author, &modified, &candidate, &date, &check_line}) add(*text);
    add_all(instructions);
    add_all(interviewers);
    for (const auto& c : competencies) {
        add(c.name);
        for (const auto& level : c.levels) add(level.label);
    }
    add_all(recommendations);
    add(interview.name);
    add_all(interview.panel);
    add_all(interview.focus);
    add_all(interview.elsewhere);
    add(std::u32string(labels.used().begin(), labels.used().end()));
    for (const auto& s : sections) {
        add(s.title);
        for (const auto& q : s.questions) {
            add_all(q.text);
            add(q.competency);
            add(q.type);
            add_all(q.listen_for);
            add_all(q.probes);
            add_all(q.red_flags);
            add(q.rubric_name);
            for (const auto& level : q.levels) {
                add(level.label);
                add(level.anchor);
                add(level.example);
            }
        }
    }
    return out;
}

}  // namespace ikit
