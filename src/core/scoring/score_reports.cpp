#include "scoring/score_reports.h"

#include "model/competency_weight.h"
#include "scoring/asked_variants.h"
#include "io/csv_table.h"
#include "util/text.h"

#include <cstdio>

namespace ikit {

namespace {

const char* const kDash = "\xE2\x80\x93";
const char* const kBom = "\xEF\xBB\xBF";

std::string optional_score(const std::optional<double>& value, const char* none = "-") {
    return value ? score_text(*value) : std::string(none);
}

std::string range_text(const CompetencyScore& c) {
    return c.low ? score_text(*c.low) + kDash + score_text(*c.high) : std::string("-");
}

std::vector<std::string> competency_flags(const CompetencyScore& c) {
    std::vector<std::string> flags;
    if (c.split) flags.push_back("split");
    if (c.single_rater()) flags.push_back("single rater");
    if (c.no_evidence()) flags.push_back(c.required ? "no evidence (required)" : "no evidence");
    return flags;
}

// Text indented by `indent` on every line after the first.
std::string indented(const std::string& text, const std::string& indent) {
    std::string out;
    for (char ch : text) {
        if (ch == '\r') continue;
        out += ch;
        if (ch == '\n') out += indent;
    }
    return out;
}

std::string pad(const std::string& text, std::size_t width) {
    const std::size_t chars = decode_utf8(text).size();
    return chars >= width ? text + " " : text + std::string(width - chars, ' ');
}

std::string rater_source(const RaterScore& r) {
    if (!r.rating) return "no evidence";
    if (r.from_summary) return "summary";
    return "mean of " + std::to_string(r.questions) + (r.questions == 1 ? " question" : " questions");
}

std::string line(const std::vector<std::string>& cells) { return csv_record(cells) + "\r\n"; }

}  // namespace

std::string debrief_text(const DebriefInput& d) {
    const Combination& c = d.combination;
    std::string out = "Debrief: " + (d.sheet.candidate.empty() ? std::string("(no name)") : d.sheet.candidate);
    if (!d.sheet.reference.empty()) out += " (" + d.sheet.reference + ")";
    out += "\nKit: " + d.kit.properties.title + "\n";
    if (d.mismatch.any())
        out += "WARNING: " + d.mismatch.message(d.sheet.kit, kit_identity(d.kit)) + ". Shown read-only.\n";
    out += "Interviewers:";
    for (std::size_t i = 0; i < c.raters.size(); ++i)
        out += std::string(i ? ", " : " ") + c.raters[i].label + (c.raters[i].submitted ? "" : " (not submitted)");
    if (c.raters.empty()) out += " none";
    out += "\nComposite: " + (c.composite ? composite_text(*c.composite) : std::string("none (no evidence)"));
    if (c.incomplete) {
        std::vector<std::string> names;
        for (const auto& id : c.missing) names.push_back(c.find(id)->name);
        out += "  INCOMPLETE: no evidence for " + join(names, ", ");
    }
    out += "\n\nDiscuss in this order:\n";
    for (std::size_t i = 0; i < c.discussion_order.size(); ++i) {
        const CompetencyScore& s = c.competencies[c.discussion_order[i]];
        const auto flags = competency_flags(s);
        out += "  " + std::to_string(i + 1) + ". " + s.name;
        if (s.split) out += " " + std::string("\xE2\x80\x94") + " split " + range_text(s);
        else if (!flags.empty()) out += " \xE2\x80\x94 " + join(flags, ", ");
        out += "\n";
    }
    std::size_t width = 12;
    for (const auto& r : c.raters) width = std::max(width, decode_utf8(r.label).size() + 2);
    out += "\nCompetencies\n";
    for (const auto& s : c.competencies) {
        out += "  " + s.name + "  (weight " + competency_weight_text(s.weight) + ")  median " + optional_score(s.median) +
               "  range " + range_text(s);
        const auto flags = competency_flags(s);
        if (!flags.empty()) out += "  [" + join(flags, ", ") + "]";
        out += "\n";
        for (std::size_t i = 0; i < c.raters.size(); ++i) {
            const RaterScore& r = s.raters[i];
            std::string row = "    " + pad(c.raters[i].label, width) + pad(optional_score(r.rating), 6) + pad(rater_source(r), 22);
            if (!r.evidence.empty()) row += indented(r.evidence, std::string(4 + width + 6 + 22, ' '));
            while (!row.empty() && row.back() == ' ') row.pop_back();
            out += row + "\n";
        }
    }
    out += "\nRecommendations:";
    for (const auto& t : c.tally)
        out += " " + t.label + (t.on_scale ? "" : " (not on the kit's scale)") + " " + std::to_string(t.count) + ";";
    out += " none given " + std::to_string(c.no_recommendation) + "\n";
    for (std::size_t i = 0; i < c.raters.size(); ++i)
        if (!c.raters[i].recommendation.empty()) out += "  " + c.raters[i].label + ": " + c.raters[i].recommendation + "\n";
    out += asked_variants_text(d.kit, d.sheet);
    if (!c.not_counted.empty()) {
        out += "\nNot counted:\n";
        for (const auto& n : c.not_counted) out += "  - " + n + "\n";
    }
    return out;
}

std::string debrief_csv(const DebriefInput& d) {
    const Combination& c = d.combination;
    std::string out = std::string(kBom) + line({"kind", "item", "label", "interviewer", "rating", "low", "high", "evidence", "flags"});
    if (d.mismatch.any())
        out += line({"kit", d.sheet.kit.fingerprint, d.sheet.kit.title, "", "", "", "", "",
                     d.mismatch.message(d.sheet.kit, kit_identity(d.kit))});
    out += line({"composite", "composite", d.sheet.candidate, "", c.composite ? composite_text(*c.composite) : "", "", "", "",
                 c.incomplete ? "incomplete (" + join(c.missing, ", ") + ")" : ""});
    for (std::size_t position = 0; position < c.discussion_order.size(); ++position) {
        const CompetencyScore& s = c.competencies[c.discussion_order[position]];
        std::vector<std::string> flags = competency_flags(s);
        flags.insert(flags.begin(), "discuss " + std::to_string(position + 1));
        flags.push_back("weight " + competency_weight_text(s.weight));
        out += line({"competency", s.id, s.name, "", optional_score(s.median, ""), optional_score(s.low, ""),
                     optional_score(s.high, ""), "", join(flags, "; ")});
        for (std::size_t i = 0; i < c.raters.size(); ++i) {
            const RaterScore& r = s.raters[i];
            out += line({"rating", s.id, s.name, c.raters[i].label, optional_score(r.rating, ""), "", "", r.evidence,
                         rater_source(r)});
        }
    }
    for (const auto& t : c.tally)
        out += line({"recommendation", t.label, t.label, "", std::to_string(t.count), "", "", "", t.on_scale ? "" : "not on the kit's scale"});
    out += line({"recommendation", "", "none given", "", std::to_string(c.no_recommendation), "", "", "", ""});
    for (const auto& row : asked_variants_csv_rows(d.kit, d.sheet)) out += line(row);
    for (const auto& n : c.not_counted) out += line({"not-counted", "", "", "", "", "", "", "", n});
    return out;
}

std::string comparison_text(const Kit& kit, const Comparison& comparison) {
    std::string out = "Comparison: " + std::to_string(comparison.rows.size()) + " candidates, kit \"" +
                      kit.properties.title + "\"\n";
    std::size_t width = 10;
    for (const auto& row : comparison.rows) width = std::max(width, decode_utf8(row.candidate).size() + 2);
    width = std::min<std::size_t>(width, 40);
    out += pad("rank", 6) + pad("candidate", width) + pad("composite", 11);
    for (const auto& id : comparison.competency_ids) out += pad(id, std::max<std::size_t>(8, decode_utf8(id).size() + 2));
    out += "flags\n";
    for (const auto& row : comparison.rows) {
        std::string rank = row.rank ? std::to_string(*row.rank) + (row.tied ? "=" : "") : "-";
        out += pad(rank, 6) + pad(row.candidate, width) + pad(row.composite ? composite_text(*row.composite) : "-", 11);
        for (std::size_t i = 0; i < row.competencies.size(); ++i) {
            const auto& cell = row.competencies[i];
            std::string text = optional_score(cell.score);
            if (cell.split) text += " !";
            if (cell.single_rater) text += " (1)";
            out += pad(text, std::max<std::size_t>(8, decode_utf8(comparison.competency_ids[i]).size() + 2));
        }
        out += row.flags() + "\n";
        while (out.size() > 1 && out[out.size() - 2] == ' ') out.erase(out.size() - 2, 1);
    }
    out += "(! split, (1) one rater only, - no evidence; = tied)\n";
    out += comparison_variants_text(comparison);
    return out;
}

std::string comparison_csv(const Comparison& comparison) {
    std::vector<std::string> header{"candidate", "composite", "rank"};
    header.insert(header.end(), comparison.competency_ids.begin(), comparison.competency_ids.end());
    header.push_back("flags");
    for (const auto& pool : comparison.pooled) header.push_back("variant:" + pool.question_id);
    std::string out = std::string(kBom) + line(header);
    for (const auto& row : comparison.rows) {
        std::vector<std::string> cells{row.candidate, row.composite ? composite_text(*row.composite) : "",
                                       row.rank ? std::to_string(*row.rank) : ""};
        for (const auto& cell : row.competencies) {
            std::string text = optional_score(cell.score, "");
            const std::string flags = cell.flags();
            if (!flags.empty()) text += (text.empty() ? "[" : " [") + flags + "]";
            cells.push_back(text);
        }
        cells.push_back(row.flags());
        for (const auto& member : row.variants) cells.push_back(member ? std::to_string(*member + 1) : "");
        out += line(cells);
    }
    return out;
}

std::string calibration_text(const std::vector<InterviewerCalibration>& interviewers, int sheets) {
    std::string out = "Calibration: " + std::to_string(interviewers.size()) + " interviewers over " +
                      std::to_string(sheets) + (sheets == 1 ? " score file\n" : " score files\n");
    std::size_t width = 13;
    for (const auto& i : interviewers) width = std::max(width, decode_utf8(i.interviewer).size() + 2);
    width = std::min<std::size_t>(width, 40);
    out += pad("interviewer", width) + pad("scorecards", 12) + pad("mean", 7) + pad("spread", 8) +
           pad("vs panel", 10) + pad("over", 6) + "no evidence\n";
    char buffer[32];
    for (const auto& i : interviewers) {
        std::string difference = "-";
        if (i.difference) {
            std::snprintf(buffer, sizeof buffer, "%+.2f", *i.difference);
            difference = buffer;
        }
        std::snprintf(buffer, sizeof buffer, "%.0f%%", i.no_evidence_share() * 100.0);
        out += pad(i.interviewer, width) + pad(std::to_string(i.scorecards), 12) +
               pad(i.mean ? composite_text(*i.mean) : "-", 7) + pad(i.spread ? composite_text(*i.spread) : "-", 8) +
               pad(difference, 10) + pad(std::to_string(i.compared), 6) + buffer + "\n";
    }
    std::string advice;
    for (const auto& i : interviewers)
        if (!i.advice().empty()) advice += "  " + i.interviewer + " " + i.advice() + "\n";
    out += advice.empty() ? "\nNo interviewer differs from the panel by 1 point or more over 5 or more candidates.\n"
                          : "\nAdvice:\n" + advice;
    return out;
}

std::string calibration_csv(const std::vector<InterviewerCalibration>& interviewers) {
    std::string out = std::string(kBom) +
                      line({"interviewer", "scorecards", "mean", "spread", "difference", "compared", "no_evidence", "advice"});
    char buffer[32];
    for (const auto& i : interviewers) {
        std::snprintf(buffer, sizeof buffer, "%.2f", i.no_evidence_share());
        out += line({i.interviewer, std::to_string(i.scorecards), i.mean ? composite_text(*i.mean) : "",
                     i.spread ? composite_text(*i.spread) : "", i.difference ? composite_text(*i.difference) : "",
                     std::to_string(i.compared), buffer, i.advice()});
    }
    return out;
}

}  // namespace ikit
