#include "panels/kit_summary.h"

#include "util/text.h"
#include "wx_text.h"

#include <wx/string.h>
#include <wx/translation.h>

namespace ikit {

KitSummary summarise_kit(const Kit& kit) {
    KitSummary s;
    const std::size_t count = kit.question_count();
    s.questions = utf8(wxString::Format(wxPLURAL("%d question", "%d questions", count), static_cast<int>(count)));
    const int planned = kit.planned_minutes(), length = kit.properties.length_minutes;
    s.time = utf8(wxString::Format(_("%1$d of %2$d min"), planned, length));
    if (length > 0 && planned > length) {
        s.over_time = true;
        s.time = utf8(wxString::Format(_("%1$d of %2$d min (%3$d over)"), planned, length, planned - length));
    }
    const auto uncovered = uncovered_competencies(kit);
    if (kit.competencies.empty()) {
        const auto covered = questions_per_competency(kit);
        const int n = static_cast<int>(covered.size());
        s.coverage = covered.empty() ? utf8(_("No competencies yet"))
                                     : utf8(wxString::Format(wxPLURAL("Covers %d competency", "Covers %d competencies", n), n));
    } else if (uncovered.empty()) {
        const int n = static_cast<int>(kit.competencies.size());
        s.coverage = utf8(wxString::Format(wxPLURAL("Covers all %d competency", "Covers all %d competencies", n), n));
    } else {
        std::vector<std::string> names;
        for (const auto& c : uncovered) names.push_back(c.name.empty() ? c.id : c.name);
        const int all = static_cast<int>(kit.competencies.size());
        s.coverage = utf8(wxString::Format(wxPLURAL("Covers %1$d of %2$d competency; not covered: %3$s",
                                                    "Covers %1$d of %2$d competencies; not covered: %3$s", all),
                                           all - static_cast<int>(uncovered.size()), all, wx(join(names, ", "))));
        s.uncovered = true;
    }
    return s;
}

}  // namespace ikit
