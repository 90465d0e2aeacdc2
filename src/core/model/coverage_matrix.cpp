#include "model/coverage_matrix.h"

#include "util/text.h"

#include <algorithm>
#include <map>
#include <set>

namespace ikit {

const CoverageRow* CoverageMatrix::find(const std::string& id) const {
    for (const auto& row : rows)
        if (row.competency_id == id) return &row;
    return nullptr;
}

namespace {

// An id in words for a competency the kit does not name: "customer-experience" → "Customer experience".
std::string words_of_id(const std::string& id) {
    std::string out = id;
    for (char& c : out)
        if (c == '-' || c == '_') c = ' ';
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

bool names_competencies(const CoverageMatrix& m) {
    return std::any_of(m.rows.begin(), m.rows.end(), [](const CoverageRow& r) { return r.required; });
}

}  // namespace

std::vector<const CoverageRow*> focus_rows(const CoverageMatrix& m, std::size_t index) {
    std::vector<const CoverageRow*> out;
    const bool named = names_competencies(m);
    for (const auto& r : m.rows)
        if (index < r.cells.size() && (named ? r.required && r.cells[index].questions > 0 : r.cells[index].main_questions > 0))
            out.push_back(&r);
    return out;
}

std::vector<const CoverageRow*> elsewhere_rows(const CoverageMatrix& m, std::size_t index) {
    std::vector<const CoverageRow*> out;
    const bool named = names_competencies(m);
    for (const auto& r : m.rows) {
        if (index >= r.cells.size() || r.cells[index].questions > 0 || (named && !r.required)) continue;
        for (std::size_t i = 0; i < r.cells.size(); ++i)
            if (i != index && (named ? r.cells[i].questions > 0 : r.cells[i].main_questions > 0)) {
                out.push_back(&r);
                break;
            }
    }
    return out;
}

std::string interviewer_key(const InterviewerSlot& slot, const std::string& interview_id, std::size_t index) {
    const std::string name = trim(slot.name);
    if (!name.empty()) return "name:" + ascii_lower(name);
    return "slot:" + interview_id + "#" + std::to_string(index);
}

CoverageMatrix coverage_matrix(const Kit& kit) {
    CoverageMatrix m;
    const auto& interviews = kit.plan.interviews;
    if (interviews.empty()) return m;
    for (std::size_t i = 0; i < interviews.size(); ++i) {
        const Interview& interview = interviews[i];
        CoverageColumn c;
        c.interview_id = interview.id;
        c.name = trim(interview.name).empty() ? "Interview " + std::to_string(i + 1) : interview.name;
        c.length = interview.minutes;
        c.interviewers = static_cast<int>(interview.interviewers.size());
        m.interviews.push_back(std::move(c));
    }

    std::map<std::string, std::size_t> row_of;
    const auto row = [&](const std::string& id) -> CoverageRow& {
        const auto [it, added] = row_of.emplace(id, m.rows.size());
        if (added) {
            CoverageRow r;
            r.competency_id = id;
            r.name = kit.competency_name(id);
            if (r.name == id) r.name = words_of_id(id);
            r.cells.resize(interviews.size());
            m.rows.push_back(std::move(r));
        }
        return m.rows[it->second];
    };
    for (const auto& c : kit.competencies) row(c.id).required = true;

    const auto assignment = interview_index_of_questions(kit);
    for (const auto& s : kit.sections)
        for (const auto& q : s.questions) {
            const auto it = assignment.find(q.id);
            if (it == assignment.end()) {
                ++m.unassigned_questions;
                for (const auto& id : q.competency_ids) row(id);  // listed, even when asked nowhere
                continue;
            }
            CoverageColumn& column = m.interviews[it->second];
            ++column.questions;
            column.planned += std::max(0, q.minutes);
            std::set<std::string> seen;  // a question listing a competency twice counts once
            for (std::size_t k = 0; k < q.competency_ids.size(); ++k) {
                const std::string& id = q.competency_ids[k];
                if (!seen.insert(id).second) continue;
                CoverageCell& cell = row(id).cells[it->second];
                ++cell.questions;
                cell.main_questions += k == 0;
                cell.minutes += std::max(0, q.minutes);
            }
        }
    for (auto& c : m.interviews) c.left = c.length - c.planned;

    for (auto& r : m.rows) {
        std::set<std::string> people;
        for (std::size_t i = 0; i < interviews.size(); ++i) {
            if (r.cells[i].questions == 0) continue;
            ++r.interviews;
            r.questions += r.cells[i].questions;
            for (std::size_t k = 0; k < interviews[i].interviewers.size(); ++k)
                people.insert(interviewer_key(interviews[i].interviewers[k], interviews[i].id, k));
        }
        r.interviewers = static_cast<int>(people.size());
    }
    return m;
}

}  // namespace ikit
