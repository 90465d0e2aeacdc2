// `ikit show`: the interview plan and its coverage matrix as text.
#include "plan_text.h"

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
    if (minutes < 60) return std::to_string(minutes) + " min";
    return std::to_string(minutes / 60) + " h" + (minutes % 60 ? " " + std::to_string(minutes % 60) + " min" : "");
}

std::string slot_text(const InterviewerSlot& slot) {
    if (!slot.name.empty() && !slot.role.empty()) return slot.name + " (" + slot.role + ")";
    if (slot.name.empty() && !slot.role.empty()) return slot.role + " (to fill)";
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
    out << "\nInterview plan: " << m.interviews.size() << (m.interviews.size() == 1 ? " interview, " : " interviews, ")
        << duration(total) << "\n";
    for (std::size_t i = 0; i < m.interviews.size(); ++i) {
        const CoverageColumn& c = m.interviews[i];
        const std::string number = right(std::to_string(i + 1) + ".", 4);
        std::string time = right(std::to_string(c.length), 4) + " min  " + std::to_string(c.questions) +
                           (c.questions == 1 ? " question, " : " questions, ") + std::to_string(c.planned) + " planned, ";
        time += c.left < 0 ? std::to_string(-c.left) + " over" : std::to_string(c.left) + " left";
        out << number << " " << column(c.name, 30) << " " << time << "\n";
        std::vector<std::string> people;
        for (const auto& slot : kit.plan.interviews[i].interviewers) people.push_back(slot_text(slot));
        wrapped(out, people.empty() ? "no interviewer yet" : join(people, ", "), 8, 72);
    }
    if (m.unassigned_questions > 0)
        out << "    " << m.unassigned_questions
            << (m.unassigned_questions == 1 ? " question is" : " questions are") << " in no interview\n";

    out << "\nCoverage (questions per competency and interview; rated by: different people)\n";
    const std::size_t n = m.interviews.size();
    if (n <= 10) {
        const std::size_t cell = 4, name = std::min<std::size_t>(36, 80 - 2 - n * cell - 10);
        std::string head = "  " + column("", name);
        for (std::size_t i = 0; i < n; ++i) head += right(std::to_string(i + 1), cell);
        out << head << right("rated by", 10) << "\n";
        for (const auto& r : m.rows) {
            std::string line = "  " + column(r.name + (r.required ? "" : " *"), name);
            for (const auto& c : r.cells) line += right(c.questions ? std::to_string(c.questions) : ".", cell);
            line += right(std::to_string(r.interviewers), 10);
            out << line << "\n";
        }
    } else {
        for (const auto& r : m.rows) {
            std::vector<std::string> cells;
            for (std::size_t i = 0; i < n; ++i)
                if (r.cells[i].questions) cells.push_back(std::to_string(i + 1) + ": " + std::to_string(r.cells[i].questions));
            out << "  " << r.name << (r.required ? "" : " *") << ", rated by " << r.interviewers << "\n";
            wrapped(out, cells.empty() ? "in no interview" : "interviews " + join(cells, ", "), 6, 74);
        }
    }
    if (std::any_of(m.rows.begin(), m.rows.end(), [](const CoverageRow& r) { return !r.required; }))
        out << "  * not one of the kit's competencies\n";
}

}  // namespace ikit::cli
