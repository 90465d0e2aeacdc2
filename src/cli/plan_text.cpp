// `ikit show`: the interview plan and its coverage matrix as text.
#include "plan_text.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "model/coverage_matrix.h"
#include "util/text.h"

#include <algorithm>

namespace ikit::cli {

namespace {

// Characters shown (code points; close enough for names in a terminal).
std::size_t shown_width(const std::string& text) {
    std::size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;
    return n;
}

// `text` cut to `width` characters ("…" at the end when cut) and padded with spaces to it.
std::string column(const std::string& text, std::size_t width) {
    // Line breaks or tabs in a name would break the table.
    std::string out = join(split_words(text), " ");
    for (std::size_t keep = width; shown_width(out) > width && keep > 1; --keep) out = shorten(out, keep - 1);
    return out + std::string(width - std::min(width, shown_width(out)), ' ');
}

std::string right(const std::string& text, std::size_t width) {
    return std::string(width - std::min(width, shown_width(text)), ' ') + text;
}

std::string duration(int minutes) {
    if (minutes < 60) return fill(tr("{1} min"), {std::to_string(minutes)});
    // TRANSLATORS: a duration in hours ({1}) and minutes ({2}).
    if (minutes % 60) return fill(tr("{1} h {2} min"), {std::to_string(minutes / 60), std::to_string(minutes % 60)});
    return fill(tr("{1} h"), {std::to_string(minutes / 60)});
}

std::string slot_text(const InterviewerSlot& slot) {
    if (!slot.name.empty() && !slot.role.empty()) return slot.name + " (" + slot.role + ")";
    // TRANSLATORS: an interviewer slot with a role ({1}) and no one named yet.
    if (slot.name.empty() && !slot.role.empty()) return fill(tr("{1} (to fill)"), {slot.role});
    return slot.display_name();
}

// Words of `text` wrapped to `width` characters, each line after `indent`.
void wrapped(std::ostream& out, const std::string& text, std::size_t indent, std::size_t width) {
    std::string line;
    for (const auto& word : split_words(text)) {
        if (!line.empty() && shown_width(line) + 1 + shown_width(word) > width) {
            out << std::string(indent, ' ') << line << "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty()) out << std::string(indent, ' ') << line << "\n";
}

}  // namespace

void write_plan_text(std::ostream& out, const Kit& kit) {
    const CoverageMatrix m = coverage_matrix(kit);
    if (m.empty()) return;
    int total = 0;
    for (const auto& c : m.interviews) total += c.length;
    // TRANSLATORS: {1} "3 interviews", {2} their duration ("2 h 15 min").
    out << "\n"
        << fill(tr("Interview plan: {1}, {2}"),
                {fill(trn("{1} interview", "{1} interviews", m.interviews.size()), {std::to_string(m.interviews.size())}),
                 duration(total)})
        << "\n";
    for (std::size_t i = 0; i < m.interviews.size(); ++i) {
        const CoverageColumn& c = m.interviews[i];
        const std::string number = right(std::to_string(i + 1) + ".", 4);
        const std::string questions =
            fill(trn("{1} question", "{1} questions", static_cast<unsigned long>(c.questions)), {std::to_string(c.questions)});
        // TRANSLATORS: an interview's time: {1} its length in minutes, {2} "4 questions", {3} and {4} minutes.
        const std::string time =
            c.left < 0 ? fill(tr("{1} min  {2}, {3} planned, {4} over"),
                              {right(std::to_string(c.length), 4), questions, std::to_string(c.planned), std::to_string(-c.left)})
                       : fill(tr("{1} min  {2}, {3} planned, {4} left"),
                              {right(std::to_string(c.length), 4), questions, std::to_string(c.planned), std::to_string(c.left)});
        out << number << " " << column(c.name, 30) << " " << time << "\n";
        std::vector<std::string> people;
        for (const auto& slot : kit.plan.interviews[i].interviewers) people.push_back(slot_text(slot));
        wrapped(out, people.empty() ? tr("no interviewer yet") : join(people, ", "), 8, 72);
    }
    if (m.unassigned_questions > 0)
        out << "    "
            << fill(trn("{1} question is in no interview", "{1} questions are in no interview",
                        static_cast<unsigned long>(m.unassigned_questions)),
                    {std::to_string(m.unassigned_questions)})
            << "\n";

    out << "\n" << tr("Coverage (questions per competency and interview; rated by: different people)") << "\n";
    const std::size_t n = m.interviews.size();
    if (n <= 10) {
        // TRANSLATORS: the header of the coverage matrix's last column (how many different people rate a competency).
        const std::string rated_by = tr("rated by");
        const std::size_t rated = std::max<std::size_t>(10, shown_width(rated_by) + 2);
        const std::size_t cell = 4, name = std::min<std::size_t>(36, 80 - 2 - n * cell - rated);
        std::string head = "  " + column("", name);
        for (std::size_t i = 0; i < n; ++i) head += right(std::to_string(i + 1), cell);
        out << head << right(rated_by, rated) << "\n";
        for (const auto& r : m.rows) {
            std::string line = "  " + column(r.name + (r.required ? "" : " *"), name);
            for (const auto& c : r.cells) line += right(c.questions ? std::to_string(c.questions) : ".", cell);
            line += right(std::to_string(r.interviewers), rated);
            out << line << "\n";
        }
    } else {
        for (const auto& r : m.rows) {
            std::vector<std::string> cells;
            for (std::size_t i = 0; i < n; ++i)
                if (r.cells[i].questions) cells.push_back(std::to_string(i + 1) + ": " + std::to_string(r.cells[i].questions));
            out << "  " << fill(tr("{1}, rated by {2}"), {r.name + (r.required ? "" : " *"), std::to_string(r.interviewers)}) << "\n";
            // TRANSLATORS: {1} the interviews asking about a competency and how many questions each: "1: 2, 4: 1".
            wrapped(out, cells.empty() ? tr("in no interview") : fill(tr("interviews {1}"), {join(cells, ", ")}), 6, 74);
        }
    }
    if (std::any_of(m.rows.begin(), m.rows.end(), [](const CoverageRow& r) { return !r.required; }))
        out << "  * " << tr("not one of the kit's competencies") << "\n";
}

}  // namespace ikit::cli
