#include "scoring/score_reports.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "model/competency_weight.h"
#include "model/rubric.h"
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

// A competency's flags in English (the CSV); the text report translates each with tr().
std::vector<std::string> competency_flags(const CompetencyScore& c) {
    std::vector<std::string> flags;
    if (c.split) flags.push_back(N_("split"));
    if (c.single_rater()) flags.push_back(N_("single rater"));
    if (c.no_evidence()) flags.push_back(c.required ? N_("no evidence (required)") : N_("no evidence"));
    return flags;
}

// The flags in the user's language, joined with ", ".
std::string translated_flags(const std::vector<std::string>& flags) {
    std::vector<std::string> words;
    for (const auto& f : flags) words.push_back(tr(f));
    return join(words, ", ");
}

// A recommendation label: the kit's default scale in the user's language, any other as written.
std::string recommendation_text(const Kit& kit, const std::string& label) {
    if (kit.recommendation_labels != default_recommendation_labels()) return label;
    for (const auto& d : default_recommendation_labels())
        if (d == label) return tr(d);
    return label;
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

// A column's width: `width`, or more when its (translated) heading needs it.
std::size_t column_width(const std::string& heading, std::size_t width) {
    return std::max(width, decode_utf8(heading).size() + 1);
}

// Where a rater's rating comes from, in `language` (English for the CSV).
std::string rater_source(const RaterScore& r, const Translator& language) {
    if (!r.rating) return language.tr("no evidence");
    // TRANSLATORS: a debrief's rating taken from the interviewer's competency summary.
    if (r.from_summary) return language.tr("summary");
    // TRANSLATORS: a debrief's rating: the mean of the interviewer's ratings of {1} questions.
    return fill(language.trn("mean of {1} question", "mean of {1} questions", static_cast<unsigned long>(r.questions)),
                {std::to_string(r.questions)});
}

std::string line(const std::vector<std::string>& cells) { return csv_record(cells) + "\r\n"; }

}  // namespace

std::string debrief_text(const DebriefInput& d) {
    const Combination& c = d.combination;
    const std::string candidate = d.sheet.candidate.empty() ? tr("(no name)") : d.sheet.candidate;
    // TRANSLATORS: the debrief's first line: {1} the candidate, {2} the candidate's reference.
    std::string out = d.sheet.reference.empty() ? fill(tr("Debrief: {1}"), {candidate})
                                                : fill(tr("Debrief: {1} ({2})"), {candidate, d.sheet.reference});
    out += "\n" + fill(tr("Kit: {1}"), {d.kit.properties.title}) + "\n";
    if (d.mismatch.any())
        // TRANSLATORS: {1} says how the kit differs from the one the scores were entered for.
        out += fill(tr("WARNING: {1}. Shown read-only."), {d.mismatch.message(d.sheet.kit, kit_identity(d.kit))}) + "\n";
    std::vector<std::string> interviewers;
    for (const auto& r : c.raters)
        // TRANSLATORS: an interviewer whose scorecard has no date submitted: {1} the interviewer.
        interviewers.push_back(r.submitted ? r.label : fill(tr("{1} (not submitted)"), {r.label}));
    out += interviewers.empty() ? tr("Interviewers: none") : fill(tr("Interviewers: {1}"), {join(interviewers, ", ")});
    out += "\n";
    out += c.composite ? fill(tr("Composite: {1}"), {composite_text(*c.composite)}) : tr("Composite: none (no evidence)");
    if (c.incomplete) {
        std::vector<std::string> names;
        for (const auto& id : c.missing) names.push_back(c.find(id)->name);
        // TRANSLATORS: after the composite: {1} the required competencies without evidence.
        out += "  " + fill(tr("INCOMPLETE: no evidence for {1}"), {join(names, ", ")});
    }
    out += "\n\n" + tr("Discuss in this order:") + "\n";
    for (std::size_t i = 0; i < c.discussion_order.size(); ++i) {
        const CompetencyScore& s = c.competencies[c.discussion_order[i]];
        const auto flags = competency_flags(s);
        out += "  " + std::to_string(i + 1) + ". " + s.name;
        // TRANSLATORS: a competency whose ratings are split: {1} the range of the ratings, e.g. 2–4.
        if (s.split) out += " \xE2\x80\x94 " + fill(tr("split {1}"), {range_text(s)});
        else if (!flags.empty()) out += " \xE2\x80\x94 " + translated_flags(flags);
        out += "\n";
    }
    std::size_t width = 12;
    for (const auto& r : c.raters) width = std::max(width, decode_utf8(r.label).size() + 2);
    std::size_t source_width = 22;
    for (const auto& s : c.competencies)
        for (const auto& r : s.raters) source_width = column_width(rater_source(r, ui_translator()), source_width);
    out += "\n" + tr("Competencies") + "\n";
    for (const auto& s : c.competencies) {
        // TRANSLATORS: a competency in the debrief: {1} its name, {2} its weight, {3} the panel's median, {4} the
        // range of the ratings.
        out += "  " + fill(tr("{1}  (weight {2})  median {3}  range {4}"),
                           {s.name, competency_weight_text(s.weight), optional_score(s.median), range_text(s)});
        const auto flags = competency_flags(s);
        if (!flags.empty()) out += "  [" + translated_flags(flags) + "]";
        out += "\n";
        for (std::size_t i = 0; i < c.raters.size(); ++i) {
            const RaterScore& r = s.raters[i];
            std::string row = "    " + pad(c.raters[i].label, width) + pad(optional_score(r.rating), 6) +
                              pad(rater_source(r, ui_translator()), source_width);
            if (!r.evidence.empty()) row += indented(r.evidence, std::string(4 + width + 6 + source_width, ' '));
            while (!row.empty() && row.back() == ' ') row.pop_back();
            out += row + "\n";
        }
    }
    std::vector<std::string> tally;
    for (const auto& t : c.tally)
        // TRANSLATORS: a recommendation in the debrief's tally: {1} the label, {2} how many interviewers gave it.
        tally.push_back(t.on_scale ? recommendation_text(d.kit, t.label) + " " + std::to_string(t.count)
                                   : fill(tr("{1} (not on the kit's scale) {2}"), {t.label, std::to_string(t.count)}));
    // TRANSLATORS: the last entry of the debrief's recommendation tally: {1} interviewers who gave none.
    tally.push_back(fill(tr("none given {1}"), {std::to_string(c.no_recommendation)}));
    out += "\n" + fill(tr("Recommendations: {1}"), {join(tally, "; ")}) + "\n";
    for (std::size_t i = 0; i < c.raters.size(); ++i)
        if (!c.raters[i].recommendation.empty())
            out += "  " + c.raters[i].label + ": " + recommendation_text(d.kit, c.raters[i].recommendation) + "\n";
    out += asked_variants_text(d.kit, d.sheet);
    if (!c.not_counted_reasons.empty()) {
        out += "\n" + tr("Not counted:") + "\n";
        for (const auto& n : c.not_counted_reasons) out += "  - " + n.text(ui_translator()) + "\n";
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
                         rater_source(r, Translator())});
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
    const auto count = comparison.rows.size();
    // TRANSLATORS: the comparison's first line: {1} the number of candidates, {2} the kit's title.
    std::string out = fill(trn("Comparison: {1} candidate, kit \"{2}\"", "Comparison: {1} candidates, kit \"{2}\"",
                               static_cast<unsigned long>(count)),
                           {std::to_string(count), kit.properties.title}) +
                      "\n";
    // TRANSLATORS: column headings of the comparison table (short: the columns are narrow).
    const std::string rank_heading = tr("rank"), candidate_heading = tr("candidate"), composite_heading = tr("composite");
    std::size_t width = 10;
    for (const auto& row : comparison.rows) width = std::max(width, decode_utf8(row.candidate).size() + 2);
    width = column_width(candidate_heading, std::min<std::size_t>(width, 40));
    const std::size_t rank_width = column_width(rank_heading, 6), composite_width = column_width(composite_heading, 11);
    out += pad(rank_heading, rank_width) + pad(candidate_heading, width) + pad(composite_heading, composite_width);
    for (const auto& id : comparison.competency_ids) out += pad(id, std::max<std::size_t>(8, decode_utf8(id).size() + 2));
    // TRANSLATORS: the comparison table's last column heading.
    out += tr("flags") + "\n";
    for (const auto& row : comparison.rows) {
        std::string rank = row.rank ? std::to_string(*row.rank) + (row.tied ? "=" : "") : "-";
        out += pad(rank, rank_width) + pad(row.candidate, width) +
               pad(row.composite ? composite_text(*row.composite) : "-", composite_width);
        for (std::size_t i = 0; i < row.competencies.size(); ++i) {
            const auto& cell = row.competencies[i];
            std::string text = optional_score(cell.score);
            if (cell.split) text += " !";
            if (cell.single_rater) text += " (1)";
            out += pad(text, std::max<std::size_t>(8, decode_utf8(comparison.competency_ids[i]).size() + 2));
        }
        out += row.flags(ui_translator()) + "\n";
        while (out.size() > 1 && out[out.size() - 2] == ' ') out.erase(out.size() - 2, 1);
    }
    // TRANSLATORS: the legend under the comparison table; keep the marks !, (1), - and = as they are.
    out += tr("(! split, (1) one rater only, - no evidence; = tied)") + "\n";
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
    const std::string people = fill(trn("{1} interviewer", "{1} interviewers", interviewers.size()),
                                    {std::to_string(interviewers.size())});
    const std::string files =
        fill(trn("{1} score file", "{1} score files", static_cast<unsigned long>(sheets)), {std::to_string(sheets)});
    // TRANSLATORS: the calibration report's first line: {1} e.g. "3 interviewers", {2} e.g. "5 score files".
    std::string out = fill(tr("Calibration: {1} over {2}"), {people, files}) + "\n";
    // TRANSLATORS: column headings of the calibration table (short: the columns are narrow). "vs panel": the
    // interviewer's difference from the panel's median; "over": the candidates that difference is taken over.
    const std::string headings[] = {trc("calibration column", "interviewer"), trc("calibration column", "scorecards"),
                                    trc("calibration column", "mean"),        trc("calibration column", "spread"),
                                    trc("calibration column", "vs panel"),    trc("calibration column", "over"),
                                    trc("calibration column", "no evidence")};
    std::size_t width = 13;
    for (const auto& i : interviewers)
        width = std::max(width, decode_utf8(i.unnamed ? tr("(no name)") : i.interviewer).size() + 2);
    width = column_width(headings[0], std::min<std::size_t>(width, 40));
    const std::size_t widths[] = {width,
                                  column_width(headings[1], 12),
                                  column_width(headings[2], 7),
                                  column_width(headings[3], 8),
                                  column_width(headings[4], 10),
                                  column_width(headings[5], 6)};
    for (std::size_t k = 0; k < 6; ++k) out += pad(headings[k], widths[k]);
    out += headings[6] + "\n";
    char buffer[32];
    for (const auto& i : interviewers) {
        std::string difference = "-";
        if (i.difference) {
            std::snprintf(buffer, sizeof buffer, "%+.2f", *i.difference);
            difference = buffer;
        }
        std::snprintf(buffer, sizeof buffer, "%.0f%%", i.no_evidence_share() * 100.0);
        out += pad(i.unnamed ? tr("(no name)") : i.interviewer, widths[0]) + pad(std::to_string(i.scorecards), widths[1]) +
               pad(i.mean ? composite_text(*i.mean) : "-", widths[2]) +
               pad(i.spread ? composite_text(*i.spread) : "-", widths[3]) + pad(difference, widths[4]) +
               pad(std::to_string(i.compared), widths[5]) + buffer + "\n";
    }
    std::string advice;
    for (const auto& i : interviewers) {
        const std::string words = i.advice(ui_translator());
        if (!words.empty()) advice += "  " + (i.unnamed ? tr("(no name)") : i.interviewer) + " " + words + "\n";
    }
    out += "\n";
    out += advice.empty() ? tr("No interviewer differs from the panel by 1 point or more over 5 or more candidates.") + "\n"
                          : tr("Advice:") + "\n" + advice;
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
