#include "export/loop_forms.h"

#include "model/coverage_matrix.h"

#include <algorithm>

namespace ikit {

using namespace form_style;

namespace {

std::vector<std::u32string> printable_lines(const std::vector<std::string>& items) {
    std::vector<std::u32string> out;
    for (const auto& item : items)
        if (auto line = printable_line(item); !line.empty()) out.push_back(std::move(line));
    return out;
}

// `items` joined with ", ".
std::u32string comma_list(const std::vector<std::u32string>& items) {
    std::u32string out;
    for (const auto& item : items) out += (out.empty() ? U"" : U", ") + item;
    return out;
}

// Paragraphs of mixed runs in a tinted box with an accent bar at the left, split into rows of one line each so
// the box can follow the page flow (its lines are kept together).
void tinted_box(FormBuilder& b, const std::vector<StyledLine>& paragraphs, Rgb tint, Rgb bar) {
    constexpr float kPad = 7, kLine = 12.5f, kGap = 3;
    const float x = b.left(), w = b.width();
    struct Line {
        StyledLine runs;
        bool paragraph_start = false;
    };
    std::vector<Line> lines;
    for (const auto& paragraph : paragraphs) {
        bool first = true;
        for (auto& line : b.typesetter().wrap(paragraph, w - 2 * kPad - 4)) {
            lines.push_back({std::move(line), first && !lines.empty()});
            first = false;
        }
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool top_row = i == 0, last_row = i + 1 == lines.size();
        const float extra_top = top_row ? kPad - 1 : (lines[i].paragraph_start ? kGap : 0);
        const float h = kLine + extra_top + (last_row ? kPad - 1 : 0);
        const StyledLine runs = lines[i].runs;
        b.add(h, last_row ? Glue::None : Glue::Hard, [=](Painter& p, float top) {
            p.fill(x, top - h, w, h, tint);
            p.fill(x, top - h, 2.5f, h, bar);
            p.line_of_runs(x + kPad + 4, p.typesetter().baseline(top - extra_top, kLine, kBodyStyle), runs);
        });
    }
}

constexpr TextStyle kBoxLabelStyle{9, Weight::Bold, kInk, 0};
constexpr TextStyle kBoxTextStyle{9, Weight::Regular, kInk, 0};
constexpr TextStyle kBoxHeadStyle{9.5f, Weight::Bold, kAccent, 0};
constexpr TextStyle kCellStyle{8.6f, Weight::Regular, kInk, 0};
constexpr TextStyle kCellMutedStyle{8.6f, Weight::Regular, kMuted, 0};
constexpr TextStyle kCellFaintStyle{8.6f, Weight::Regular, kFaint, 0};
constexpr TextStyle kCellBoldStyle{8.6f, Weight::Bold, kInk, 0};
constexpr TextStyle kCellWarnStyle{8.6f, Weight::Bold, kWarn, 0};
constexpr TextStyle kColumnNameStyle{6.6f, Weight::Regular, kFaint, 0};
constexpr TextStyle kColumnNumberStyle{8.6f, Weight::Bold, kAccent, 0};

// A table's column labels over a rule: (x, label, right-aligned).
struct HeadCell {
    float x;
    std::u32string label;
    bool right;
    float room;  // the column's width
};

void table_header(FormBuilder& b, const std::vector<HeadCell>& cells) {
    const float left = b.left(), right = b.right();
    std::vector<FittedLabel> labels;
    for (const auto& c : cells) labels.push_back(b.typesetter().fit_label(c.label, label_style(), c.room));
    b.add(16, Glue::Hard, [=](Painter& p, float top) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const HeadCell& c = cells[i];
            if (c.right)
                p.text_right(c.x, top - 10, labels[i].text, labels[i].style);
            else
                p.text(c.x, top - 10, labels[i].text, labels[i].style);
        }
        p.line(left, top - 15.5f, right, top - 15.5f, 0.6f, kRule);
    });
}

// The interviews in order: number, name, interviewers, length, planned minutes, minutes left.
void add_loop_table(FormBuilder& b, const PrintLoop& loop) {
    const PrintLabels& L = b.labels();
    const float left = b.left(), right = b.right();
    const float number_x = left + 4, name_x = left + 24;
    const float left_right = right - 4, planned_right = right - 56, length_right = right - 108;
    const float panel_x = name_x + (length_right - 40 - name_x) * 0.45f;
    const float name_width = panel_x - name_x - 10, panel_width = length_right - 40 - panel_x;
    table_header(b, {{number_x, U"#", false, 16},
                     {name_x, L.tr("INTERVIEW"), false, name_width},
                     {panel_x, L.tr("INTERVIEWERS"), false, panel_width},
                     {length_right, L.tr("LENGTH"), true, 50},
                     {planned_right, L.tr("PLANNED"), true, 50},
                     {left_right, L.tr("LEFT"), true, 50}});
    constexpr float kLine = 11.5f;
    int total = 0;
    for (std::size_t i = 0; i < loop.interviews.size(); ++i) {
        const PrintLoopInterview& in = loop.interviews[i];
        total += in.minutes;
        const auto names = b.typesetter().wrap(in.name, kCellBoldStyle, name_width);
        const auto panel = b.typesetter().wrap(in.panel.empty() ? L.tr("(no interviewer yet)") : comma_list(in.panel),
                                               in.panel.empty() ? kCellWarnStyle : kCellMutedStyle, panel_width);
        const std::size_t lines = std::max(names.size(), panel.size());
        const float h = kLine * static_cast<float>(lines) + 6;
        const bool zebra = i % 2 == 1, no_panel = in.panel.empty();
        const int left_minutes = in.minutes - in.planned;
        const std::u32string number = digits(static_cast<int>(i + 1));
        const std::u32string min = L.tr("{1} min");
        const std::u32string length = fill32(min, {digits(in.minutes)});
        const std::u32string planned = fill32(min, {digits(in.planned)});
        const std::u32string free = left_minutes < 0 ? fill32(min, {U"\u2212" + digits(-left_minutes)})
                                                     : fill32(min, {digits(left_minutes)});
        const bool late = left_minutes < 0;
        b.add(h, Glue::Soft, [=](Painter& p, float top) {
            if (zebra) p.fill(left, top - h, right - left, h, kZebra);
            const float base = p.typesetter().baseline(top - 3, kLine, kCellStyle);
            p.text(number_x, base, number, kCellMutedStyle);
            for (std::size_t k = 0; k < names.size(); ++k) p.text(name_x, base - kLine * k, names[k], kCellBoldStyle);
            for (std::size_t k = 0; k < panel.size(); ++k)
                p.text(panel_x, base - kLine * k, panel[k], no_panel ? kCellWarnStyle : kCellMutedStyle);
            p.text_right(length_right, base, length, kCellStyle);
            p.text_right(planned_right, base, planned, kCellMutedStyle);
            p.text_right(left_right, base, free, late ? kCellWarnStyle : kCellMutedStyle);
        });
    }
    const std::u32string total_text = duration_text(L, total);
    const std::u32string count =
        fill32(L.trn("{1} interview in all", "{1} interviews in all", loop.interviews.size()),
               {digits(static_cast<int>(loop.interviews.size()))});
    b.add(19, Glue::None, [=](Painter& p, float top) {
        p.line(left, top - 1, right, top - 1, 0.6f, kRule);
        p.text(name_x, top - 13, count, kPlanTotalStyle);
        p.text_right(length_right, top - 13, total_text, kPlanTotalStyle);
    });
}

// Competencies x interviews: the questions of each interview that assess each competency, and how many
// different people rate it.
void add_matrix(FormBuilder& b, const PrintLoop& loop) {
    const float left = b.left(), right = b.right();
    const float name_width = b.width() * 0.34f;
    const float raters_width = 58;
    const std::size_t n = std::max<std::size_t>(loop.interviews.size(), 1);
    const float column = (right - left - name_width - raters_width) / static_cast<float>(n);
    const auto center = [=](std::size_t i) { return left + name_width + column * (static_cast<float>(i) + 0.5f); };
    const float raters_center = right - raters_width / 2;
    const bool names_fit = column >= 34;
    std::vector<std::vector<std::u32string>> heads;
    for (const auto& in : loop.interviews) {
        std::vector<std::u32string> lines;
        if (names_fit) {
            lines = b.typesetter().wrap(in.name, kColumnNameStyle, column - 6);
            if (lines.size() > 2) {
                lines.resize(2);
                lines[1] = b.typesetter().fit(lines[1] + U"\u2026", kColumnNameStyle, column - 6);
            }
        }
        heads.push_back(std::move(lines));
    }
    std::size_t head_lines = 0;
    for (const auto& h : heads) head_lines = std::max(head_lines, h.size());
    const float head_h = 14 + 8.5f * static_cast<float>(head_lines) + 4;
    const FittedLabel competency = b.typesetter().fit_label(b.labels().tr("COMPETENCY"), label_style(), name_width - 6);
    const FittedLabel rated_by = b.typesetter().fit_label(b.labels().tr("RATED BY"), label_style(), raters_width);
    b.add(head_h, Glue::Hard, [=](Painter& p, float top) {
        p.text(left, top - head_h + 6, competency.text, competency.style);
        for (std::size_t i = 0; i < heads.size(); ++i) {
            p.text_centered(center(i), top - 10, digits(static_cast<int>(i + 1)), kColumnNumberStyle);
            for (std::size_t k = 0; k < heads[i].size(); ++k)
                p.text_centered(center(i), top - 19 - 8.5f * static_cast<float>(k), heads[i][k], kColumnNameStyle);
        }
        p.text_centered(raters_center, top - 10, rated_by.text, rated_by.style);
        p.line(left, top - head_h + 1, right, top - head_h + 1, 0.6f, kRule);
    });
    constexpr float kLine = 11.5f;
    for (std::size_t r = 0; r < loop.rows.size(); ++r) {
        const PrintLoopRow& row = loop.rows[r];
        const TextStyle name_style = row.required ? kCellStyle : kCellMutedStyle;
        const auto names = b.typesetter().wrap(row.competency, name_style, name_width - 10);
        const float h = std::max(17.0f, kLine * static_cast<float>(names.size()) + 6);
        const bool zebra = r % 2 == 1;
        const bool weak = row.required && row.interviewers < 2;
        const std::u32string raters =
            row.interviewers == 0
                ? U"\u2013"
                : fill32(b.labels().trn("{1} person", "{1} people", static_cast<unsigned long>(row.interviewers)),
                         {digits(row.interviewers)});
        b.add(h, Glue::Soft, [=](Painter& p, float top) {
            if (zebra) p.fill(left, top - h, right - left, h, kZebra);
            float line_top = top - (h - kLine * static_cast<float>(names.size())) / 2;
            for (const auto& line : names) {
                p.text(left + 4, p.typesetter().baseline(line_top, kLine, name_style), line, name_style);
                line_top -= kLine;
            }
            const float base = p.typesetter().baseline(top - (h - kLine) / 2, kLine, kCellStyle);
            for (std::size_t i = 0; i < row.cells.size(); ++i) {
                if (row.cells[i] > 0) {
                    const float d = 14;
                    p.fill(center(i) - d / 2, base - 3.2f, d, d - 2, kTint);
                    p.text_centered(center(i), base, digits(row.cells[i]), kCellBoldStyle);
                } else {
                    p.text_centered(center(i), base, U"\u00B7", kCellFaintStyle);
                }
            }
            p.text_centered(raters_center, base, raters, weak ? kCellWarnStyle : kCellStyle);
        });
    }
    b.glue_last(Glue::None);
}

}  // namespace

std::u32string duration_text(const PrintLabels& L, int minutes) {
    if (minutes < 60) return fill32(L.tr("{1} min"), {digits(minutes)});
    const int m = minutes % 60;
    // TRANSLATORS: a length of time in hours, e.g. "2 h"; and in hours and minutes, e.g. "1 h 15 min".
    if (m == 0) return fill32(L.tr("{1} h"), {digits(minutes / 60)});
    return fill32(L.tr("{1} h {2} min"), {digits(minutes / 60), digits(m)});
}

std::set<char32_t> PrintLoop::characters() const {
    std::set<char32_t> out;
    const auto add = [&out](const std::u32string& text) { out.insert(text.begin(), text.end()); };
    for (const auto* text : {&title, &role, &author, &modified, &candidate, &date, &check_line}) add(*text);
    for (const auto& p : instructions) add(p);
    for (const auto& in : interviews) {
        add(in.name);
        for (const auto& person : in.panel) add(person);
    }
    for (const auto& row : rows) add(row.competency);
    for (char32_t cp : {U'\u2212', U'\u00B7', U'\u2013', U'\u2026'}) out.insert(cp);
    out.insert(labels.used().begin(), labels.used().end());
    return out;
}

PrintLoop make_print_loop(const Kit& kit, const PdfOptions& options) {
    PrintLoop loop;
    loop.labels = PrintLabels(options.labels);
    const PrintLabels& L = loop.labels;
    loop.title = printable_line(kit.properties.title);
    if (loop.title.empty()) loop.title = L.tr("Interview kit");
    loop.role = printable_line(kit.properties.role_name);
    loop.author = printable_line(kit.properties.author);
    loop.modified = L.date(printable_line(kit.properties.modified));
    loop.candidate = printable_line(options.candidate);
    loop.date = L.date(printable_line(options.date));
    loop.check_line = printable_line(options.check_line);
    loop.instructions = printable_paragraphs(kit.properties.instructions);
    const CoverageMatrix m = coverage_matrix(kit);
    for (std::size_t i = 0; i < m.interviews.size(); ++i) {
        const CoverageColumn& c = m.interviews[i];
        PrintLoopInterview in;
        in.name = printable_line(c.name);
        if (in.name.empty()) in.name = fill32(L.tr("Interview {1}"), {digits(static_cast<int>(i + 1))});
        in.minutes = c.length;
        in.planned = c.planned;
        in.questions = c.questions;
        for (const auto& slot : kit.plan.interviews[i].interviewers) {
            std::string shown = slot.display_name();
            if (!slot.name.empty() && !slot.role.empty()) shown += " (" + slot.role + ")";
            if (auto line = printable_line(shown); !line.empty()) in.panel.push_back(std::move(line));
        }
        loop.interviews.push_back(std::move(in));
    }
    for (const auto& r : m.rows) {
        PrintLoopRow row;
        row.competency = printable_line(r.name);
        row.required = r.required;
        for (const auto& cell : r.cells) row.cells.push_back(cell.questions);
        row.interviewers = r.interviewers;
        loop.rows.push_back(std::move(row));
    }
    loop.unassigned = m.unassigned_questions;
    return loop;
}

FormPart loop_overview_part(const PrintLoop& loop, const Typesetter& ts, const PageGeometry& geometry) {
    FormBuilder b(ts, geometry, loop.labels);
    const PrintLabels& L = loop.labels;
    int total = 0;
    for (const auto& in : loop.interviews) total += in.minutes;
    const std::u32string count =
        fill32(L.trn("Interview loop of {1} interview", "Interview loop of {1} interviews", loop.interviews.size()),
               {digits(static_cast<int>(loop.interviews.size()))});
    std::vector<std::u32string> subtitle{joined({loop.role, count, duration_text(L, total)})};
    const std::u32string made = joined({loop.author.empty() ? U"" : fill32(L.tr("Prepared by {1}"), {loop.author}),
                                        loop.modified.empty() ? U"" : fill32(L.tr("updated {1}"), {loop.modified})});
    if (!made.empty()) subtitle.push_back(made);
    b.title_block(L.tr("INTERVIEWER GUIDE"), loop.title, subtitle);
    if (!loop.candidate.empty() || !loop.date.empty()) {
        b.space(12);
        b.fields({{L.tr("CANDIDATE"), loop.candidate, 6}, {L.tr("DATE"), loop.date, 2.5f}});
    }
    if (!loop.check_line.empty()) {
        b.space(12);
        b.note_box(loop.check_line, kNoteStyle, kTint);
    }
    b.space(18);
    b.heading(L.tr("The loop"));
    b.paragraphs({L.tr("The candidate meets these interviews in this order. Each interviewer asks only the questions "
                       "of their interview and rates only its focus competencies, on their own, before any discussion.")},
                 kNoteStyle, 0, 12);
    b.space(6);
    add_loop_table(b, loop);
    if (loop.unassigned > 0) {
        b.space(8);
        b.note_box(fill32(L.trn("{1} question is in no interview and printed nowhere: assign it in the plan.",
                                "{1} questions are in no interview and printed nowhere: assign them in the plan.",
                                static_cast<unsigned long>(loop.unassigned)),
                          {digits(loop.unassigned)}),
                   kWarningStyle, kWarnTint);
    }
    b.continued_label({});
    b.space(20);
    b.heading(L.tr("Coverage"));
    b.paragraphs({L.tr("Questions per competency in each interview (numbered as above), and how many different "
                       "people rate it. Two or more independent ratings make the decision more reliable than one.")},
                 kNoteStyle, 0, 12);
    b.space(6);
    b.continued_label(L.tr("Coverage (continued)"));
    add_matrix(b, loop);
    if (std::any_of(loop.rows.begin(), loop.rows.end(), [](const PrintLoopRow& r) { return !r.required; })) {
        b.space(5);
        b.paragraphs({L.tr("Competencies in grey are not the kit's own: questions list them beside their main one.")},
                     kNoteStyle, 0, 12);
    }
    if (!loop.instructions.empty()) {
        b.continued_label({});
        b.space(20);
        b.heading(L.tr("Instructions"));
        b.paragraphs(loop.instructions, kBodyStyle, 0, 13.5f, 5);
    }
    FormPart part;
    part.rows = b.take();
    part.labels = L;
    part.footer = joined({loop.title, L.tr("Interviewer guide: the loop"),
                          loop.candidate.empty() ? U"" : fill32(L.tr("Candidate: {1}"), {loop.candidate})});
    part.outline_title = L.tr("The loop");
    return part;
}

void add_interview_focus(FormBuilder& b, const PrintModel& m) {
    const PrintInterview& in = m.interview;
    if (in.name.empty()) return;
    const PrintLabels& L = b.labels();
    // TRANSLATORS: the head of the focus box: {1} the interview's place in the loop, {2} the number of interviews,
    // {3} its name.
    std::u32string head = fill32(L.tr("Interview {1} of {2}: {3}"), {digits(in.number), digits(in.count), in.name});
    if (in.minutes > 0) head += U"  \u00B7  " + fill32(L.tr("{1} min"), {digits(in.minutes)});
    std::vector<StyledLine> paragraphs{{{head, kBoxHeadStyle}}};
    // TRANSLATORS: the focus box's labels end with a colon and a space; the text follows on the same line.
    paragraphs.push_back({{L.tr("Your focus: "), kBoxLabelStyle},
                          {in.focus.empty() ? L.tr("no competency is assigned yet") : comma_list(in.focus), kBoxTextStyle}});
    if (!in.panel.empty()) paragraphs.push_back({{L.tr("Panel: "), kBoxLabelStyle}, {comma_list(in.panel), kBoxTextStyle}});
    if (!in.elsewhere.empty())
        paragraphs.push_back(
            {{L.tr("Other interviews assess: "), kBoxLabelStyle},
             {fill32(L.tr("{1}. Leave them to those interviews and rate only your focus."), {comma_list(in.elsewhere)}),
              kBoxTextStyle}});
    b.space(12);
    tinted_box(b, paragraphs, kTint, kAccent);
}

// The agenda.

std::set<char32_t> PrintAgenda::characters() const {
    std::set<char32_t> out;
    const auto add = [&out](const std::u32string& text) { out.insert(text.begin(), text.end()); };
    for (const auto* text : {&title, &organiser, &candidate, &date}) add(*text);
    for (const auto& m : meetings) {
        add(m.interview);
        for (const auto& p : m.people) add(p);
        for (const auto& t : m.topics) add(t);
    }
    for (char32_t cp : {U'\u00B7', U'\u2013', U'\u2014', U'\u2026', U'\u2019'}) out.insert(cp);
    out.insert(labels.used().begin(), labels.used().end());
    return out;
}

PrintAgenda make_print_agenda(const CandidateAgenda& agenda) {
    PrintAgenda a;
    a.labels = PrintLabels(agenda.labels);
    const PrintLabels& L = a.labels;
    a.title = printable_line(agenda.title);
    if (a.title.empty()) a.title = L.tr("Interview");
    a.organiser = printable_line(agenda.organiser);
    a.candidate = printable_line(agenda.candidate);
    a.date = L.date(printable_line(agenda.date));
    for (std::size_t i = 0; i < agenda.meetings.size(); ++i) {
        const AgendaMeeting& in = agenda.meetings[i];
        PrintAgenda::Meeting m;
        m.interview = printable_line(in.interview);
        if (m.interview.empty()) m.interview = fill32(L.tr("Interview {1}"), {digits(static_cast<int>(i + 1))});
        m.minutes = in.minutes;
        m.people = printable_lines(in.people);
        m.topics = printable_lines(in.topics);
        a.meetings.push_back(std::move(m));
    }
    return a;
}

namespace {

constexpr TextStyle kMeetingNameStyle{12, Weight::Bold, kInk, 0};
constexpr TextStyle kMeetingTimeStyle{10, Weight::Bold, kAccent, 0};
constexpr TextStyle kMeetingLabelStyle{8.8f, Weight::Bold, kMuted, 0};
constexpr TextStyle kMeetingTextStyle{9.5f, Weight::Regular, kInk, 0};
constexpr TextStyle kStepNumberStyle{9, Weight::Bold, kWhite, 0};

// One conversation: a numbered marker on a line joining the steps, its name and length, whom and what about.
void add_meeting(FormBuilder& b, const PrintAgenda::Meeting& m, int number, bool last) {
    constexpr float kMarker = 40, kLine = 13;
    const float left = b.left(), right = b.right(), x = left + kMarker;
    const std::u32string name = b.typesetter().fit(m.interview, kMeetingNameStyle, right - x - 80);
    const std::u32string length = duration_text(b.labels(), m.minutes);
    std::vector<StyledLine> lines;
    const auto add_line = [&](const std::u32string& label, const std::u32string& text) {
        for (auto& l : b.typesetter().wrap(StyledLine{{label, kMeetingLabelStyle}, {text, kMeetingTextStyle}}, right - x))
            lines.push_back(std::move(l));
    };
    // TRANSLATORS: on the candidate's agenda, before whom a conversation is with and what it is about.
    if (!m.people.empty()) add_line(b.labels().tr("With") + U"  ", comma_list(m.people));
    if (!m.topics.empty()) add_line(b.labels().tr("About") + U"  ", comma_list(m.topics));
    const float h = 22 + kLine * static_cast<float>(lines.size()) + 16;
    const std::u32string n = digits(number);
    b.add(h, Glue::None, [=](Painter& p, float top) {
        const float cx = left + 11, cy = top - 11;
        if (!last) p.line(cx, cy, cx, top - h - 2, 1.2f, kHairline);
        p.pill(cx - 11, cy - 11, 22, 22, kAccent);
        p.text_centered(cx, cy - 3.2f, n, kStepNumberStyle);
        p.text(x, top - 15, name, kMeetingNameStyle);
        p.text_right(right, top - 15, length, kMeetingTimeStyle);
        p.line(x, top - 21, right, top - 21, 0.4f, kHairline);
        float base = top - 22 - 10.5f;
        for (const auto& line : lines) {
            p.line_of_runs(x, base, line);
            base -= kLine;
        }
    });
}

}  // namespace

FormPart agenda_part(const PrintAgenda& a, const Typesetter& ts, const PageGeometry& geometry) {
    FormBuilder b(ts, geometry, a.labels);
    const PrintLabels& L = a.labels;
    int total = 0;
    for (const auto& m : a.meetings) total += m.minutes;
    const std::u32string count = fill32(L.trn("{1} conversation", "{1} conversations", a.meetings.size()),
                                        {digits(static_cast<int>(a.meetings.size()))});
    b.title_block(L.tr("YOUR INTERVIEW DAY"), a.title,
                  {count + U"  \u00B7  " + fill32(L.tr("about {1} in all"), {duration_text(L, total)})});
    b.space(14);
    b.fields({{L.tr("CANDIDATE"), a.candidate, 6}, {L.tr("DATE"), a.date, 2.5f}});
    b.space(16);
    b.paragraphs({L.tr("Thank you for your time. Below are the conversations we have planned for you, in the order you "
                       "will have them. Each one looks at a few areas of the role, so that together they give a full "
                       "and fair picture. Everyone interviewing for this role is asked the same questions, and each "
                       "conversation leaves time for your own questions.")},
                 kBodyStyle, 0, 13.5f);
    b.space(20);
    for (std::size_t i = 0; i < a.meetings.size(); ++i)
        add_meeting(b, a.meetings[i], static_cast<int>(i + 1), i + 1 == a.meetings.size());
    b.space(10);
    b.note_box(L.tr("If you need an adjustment to take part at your best \u2014 more time, a different format, "
                    "step-free access or anything else \u2014 please tell us before the day. It will not count "
                    "against you."),
               kNoteStyle, kTint);
    FormPart part;
    part.rows = b.take();
    part.labels = L;
    part.footer = joined({a.title, a.organiser.empty() ? L.tr("Interview agenda") : fill32(L.tr("Prepared by {1}"), {a.organiser}),
                          a.candidate.empty() ? U"" : fill32(L.tr("For {1}"), {a.candidate})});
    part.outline_title = L.tr("Agenda");
    return part;
}

}  // namespace ikit
