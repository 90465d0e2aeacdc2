#include "scoring/asked_variants.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "util/text.h"

#include <algorithm>
#include <map>
#include <sstream>

namespace ikit {

std::string recorded_variant(const KitQuestion& slot, std::size_t member) {
    if (member == 0 || member > slot.pool.variants.size()) return {};
    return slot.pool.variants[member - 1].text;
}

std::optional<std::size_t> member_of_recorded_variant(const KitQuestion& slot, const std::string& recorded) {
    if (recorded.empty() || recorded == slot.text) return 0;
    for (std::size_t i = 0; i < slot.pool.variants.size(); ++i)
        if (slot.pool.variants[i].text == recorded) return i + 1;
    return std::nullopt;
}

bool is_pooled(const KitQuestion& slot) { return !slot.pool.variants.empty(); }

int record_asked_variants(const Kit& kit, ScoreSheet& sheet, Rotation rotation) {
    std::map<std::string, std::string> wording;  // pooled question id -> the wording this candidate is asked
    for (const auto& section : kit.sections)
        for (const auto& q : section.questions)
            if (is_pooled(q)) wording[q.id] = recorded_variant(q, choose_variant(kit, q, sheet.candidate, rotation));
    int changed = 0;
    for (auto& card : sheet.scorecards)
        for (auto& rating : card.questions) {
            const auto it = wording.find(rating.question_id);
            if (it == wording.end() || !rating.variant.empty() || it->second.empty()) continue;
            rating.variant = it->second;
            ++changed;
        }
    return changed;
}

std::vector<AskedVariant> asked_variants(const Kit& kit, const ScoreSheet& sheet, std::vector<std::string>* warnings) {
    std::vector<AskedVariant> out;
    for (const auto& section : kit.sections)
        for (const auto& q : section.questions) {
            if (!is_pooled(q)) continue;
            AskedVariant asked;
            asked.slot = &q;
            asked.pool_size = q.pool.size();
            std::map<std::size_t, int> votes;
            std::vector<std::size_t> first_met;
            for (std::size_t c = 0; c < sheet.scorecards.size(); ++c)
                for (const auto& rating : sheet.scorecards[c].questions) {
                    if (rating.question_id != q.id) continue;
                    RecordedVariant r{c, member_of_recorded_variant(q, rating.variant), rating.variant};
                    if (r.member) {
                        if (votes[*r.member]++ == 0) first_met.push_back(*r.member);
                    } else if (warnings) {
                        warnings->push_back(fill(tr("{1}: question {2}: the variant recorded (\"{3}\") is not in the "
                                                    "question's pool any more; the rating still counts"),
                                                 {sheet.scorecards[c].interviewer, q.id, shorten(rating.variant, 60)}));
                    }
                    if (!asked.recorded.empty() && asked.recorded.front().text != r.text) asked.differs = true;
                    asked.recorded.push_back(std::move(r));
                }
            int best = 0;
            for (std::size_t m : first_met)
                if (votes[m] > best) {
                    best = votes[m];
                    asked.member = m;
                }
            out.push_back(std::move(asked));
        }
    return out;
}

std::string asked_variants_text(const Kit& kit, const ScoreSheet& sheet) {
    std::vector<std::string> warnings;
    const std::vector<AskedVariant> list = asked_variants(kit, sheet, &warnings);
    if (list.empty()) return {};
    std::string out = "\n" + tr("Questions asked in variants:") + "\n";
    for (const AskedVariant& a : list) {
        out += "  " + fill(tr("{1} ({2}): "), {shorten(a.slot->text, 50), a.slot->id});
        if (a.recorded.empty()) {
            out += tr("not rated") + "\n";
            continue;
        }
        if (!a.differs) {
            out += (a.member ? variant_label(*a.slot, *a.member, 90) : tr("a wording the pool no longer has")) + "\n";
            continue;
        }
        out += tr("DIFFERENT VARIANTS RECORDED") + "\n";
        for (const RecordedVariant& r : a.recorded)
            out += "    " + sheet.scorecards[r.scorecard].interviewer + ": " +
                   (r.member ? variant_label(*a.slot, *r.member, 90) : tr("a wording the pool no longer has")) + "\n";
    }
    for (const auto& w : warnings) out += "  " + fill(tr("warning: {1}"), {w}) + "\n";
    return out;
}

std::vector<std::vector<std::string>> asked_variants_csv_rows(const Kit& kit, const ScoreSheet& sheet) {
    std::vector<std::vector<std::string>> rows;
    for (const AskedVariant& a : asked_variants(kit, sheet))
        for (const RecordedVariant& r : a.recorded) {
            std::vector<std::string> flags;
            if (r.member) flags.push_back(variant_position_text(*r.member, a.pool_size));
            else flags.push_back("not in the pool");
            if (a.differs) flags.push_back("different variants recorded");
            const std::string wording = r.member ? (*r.member == 0 ? a.slot->text : a.slot->pool.variants[*r.member - 1].text) : r.text;
            rows.push_back({"variant", a.slot->id, wording, sheet.scorecards[r.scorecard].interviewer,
                            r.member ? std::to_string(*r.member + 1) : "", "", "", "", join(flags, "; ")});
        }
    return rows;
}

std::vector<std::string> asked_variant_lines(const Kit& kit, const ScoreSheet& sheet) {
    std::vector<std::string> warnings;
    std::vector<std::string> lines;
    for (const AskedVariant& a : asked_variants(kit, sheet, &warnings)) {
        const std::string question = "\u201c" + shorten(a.slot->text, 60) + "\u201d";
        if (a.recorded.empty()) continue;
        if (!a.differs) {
            lines.push_back(fill(tr("Asked in a variant: {1}: {2}"),
                                 {question, a.member ? variant_position_text(*a.member, a.pool_size)
                                                     : tr("a wording the pool no longer has")}));
            continue;
        }
        std::vector<std::string> who;
        for (const RecordedVariant& r : a.recorded)
            who.push_back(sheet.scorecards[r.scorecard].interviewer + " " +
                          (r.member ? variant_position_text(*r.member, a.pool_size) : tr("a wording the pool no longer has")));
        lines.push_back(fill(tr("\u26a0 Different variants recorded for {1}: {2}"), {question, join(who, ", ")}));
    }
    for (const auto& w : warnings) lines.push_back("\u26a0 " + w);
    return lines;
}

std::vector<std::string> compared_variant_lines(const Comparison& comparison) {
    std::vector<std::string> lines;
    if (comparison.pooled.empty()) return lines;
    for (const auto& row : comparison.rows) {
        std::vector<std::string> asked;
        for (std::size_t i = 0; i < row.variants.size() && i < comparison.pooled.size(); ++i)
            asked.push_back(fill(tr("Q{1} {2}"), {std::to_string(comparison.pooled[i].number),
                                                  row.variants[i] ? variant_position_text(*row.variants[i], comparison.pooled[i].size)
                                                                  : tr("not recorded")}));
        lines.push_back(fill(tr("{1}: {2}"), {row.candidate, join(asked, ", ")}));
    }
    lines.push_back(comparable_variants_note());
    return lines;
}

std::string comparable_variants_note() {
    return tr("Candidates asked different variants of a question stay comparable: the variants of a pool are "
              "scored on the same rubric anchors.");
}

std::string comparison_variants_text(const Comparison& comparison) {
    if (comparison.pooled.empty()) return {};
    std::size_t width = decode_utf8(tr("candidate")).size() + 2;
    for (const auto& row : comparison.rows) width = std::max(width, decode_utf8(row.candidate).size() + 2);
    width = std::min<std::size_t>(width, 40);
    const auto pad = [](const std::string& text, std::size_t w) {
        const std::size_t n = decode_utf8(text).size();
        return n >= w ? text + " " : text + std::string(w - n, ' ');
    };
    std::string out = "\n" + tr("Variant asked of each question with a pool (1 = the question's own wording):") + "\n";
    std::string head = pad(tr("candidate"), width);
    for (const auto& pool : comparison.pooled)
        head += pad(fill(tr("Q{1} ({2})"), {std::to_string(pool.number), pool.question_id}), 12);
    while (!head.empty() && head.back() == ' ') head.pop_back();
    out += head + "\n";
    for (const auto& row : comparison.rows) {
        std::string line = pad(row.candidate, width);
        for (std::size_t i = 0; i < row.variants.size() && i < comparison.pooled.size(); ++i)
            line += pad(row.variants[i] ? fill(tr("{1} of {2}"), {std::to_string(*row.variants[i] + 1),
                                                                  std::to_string(comparison.pooled[i].size)})
                                        : std::string("-"),
                        12);
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    out += comparable_variants_note() + "\n";
    return out;
}

std::string variant_position_text(std::size_t member, std::size_t pool_size) {
    return fill(tr("variant {1} of {2}"), {std::to_string(member + 1), std::to_string(pool_size)});
}

std::string variant_label(const KitQuestion& slot, std::size_t member, std::size_t max_chars) {
    const std::string& text = member == 0 || member > slot.pool.variants.size() ? slot.text : slot.pool.variants[member - 1].text;
    // TRANSLATORS: {1} is "variant 2 of 3", {2} the question's wording.
    return fill(tr("{1}: {2}"), {variant_position_text(member, slot.pool.size()), max_chars ? shorten(text, max_chars) : text});
}

VariantRoster variant_roster(const Kit& kit, const std::vector<std::string>& candidates, Rotation rotation) {
    VariantRoster roster;
    roster.candidates = candidates;
    int number = 0;
    for (const auto& section : kit.sections)
        for (const auto& q : section.questions) {
            ++number;
            if (!is_pooled(q)) continue;
            roster.questions.push_back(&q);
            roster.numbers.push_back(number);
        }
    for (const auto& name : candidates) {
        std::vector<std::size_t> row;
        for (const KitQuestion* q : roster.questions) row.push_back(choose_variant(kit, *q, name, rotation));
        roster.members.push_back(std::move(row));
    }
    return roster;
}

std::string variant_roster_text(const VariantRoster& roster) {
    std::ostringstream out;
    if (roster.questions.empty()) {
        out << tr("The kit has no question with variants: every candidate is asked the same questions.") << "\n";
        return out.str();
    }
    out << tr("Which variant each candidate is asked") << "\n";
    for (std::size_t i = 0; i < roster.questions.size(); ++i) {
        const KitQuestion& q = *roster.questions[i];
        out << "\n"
            << fill(trn("Question {1}: a pool of {2} variant", "Question {1}: a pool of {2} variants", q.pool.size()),
                    {std::to_string(roster.numbers[i]), std::to_string(q.pool.size())})
            << "\n";
        for (std::size_t m = 0; m < q.pool.size(); ++m)
            out << "  " << m + 1 << ". " << (m == 0 ? q.text : q.pool.variants[m - 1].text) << "\n";
    }
    std::size_t width = decode_utf8(tr("Candidate")).size() + 2;
    for (const auto& name : roster.candidates) width = std::max(width, decode_utf8(name).size() + 2);
    width = std::min<std::size_t>(width, 40);
    const auto pad = [](const std::string& text, std::size_t w) {
        const std::size_t n = decode_utf8(text).size();
        return n >= w ? text + " " : text + std::string(w - n, ' ');
    };
    const auto trimmed = [](std::string line) {
        while (!line.empty() && line.back() == ' ') line.pop_back();
        return line;
    };
    std::string head = pad(tr("Candidate"), width);
    for (int n : roster.numbers) head += pad(fill(tr("Q{1}"), {std::to_string(n)}), 6);
    out << "\n" << trimmed(head) << "\n";
    for (std::size_t c = 0; c < roster.candidates.size(); ++c) {
        std::string line = pad(roster.candidates[c], width);
        for (std::size_t m : roster.members[c]) line += pad(std::to_string(m + 1), 6);
        out << trimmed(line) << "\n";
    }
    return out.str();
}

}  // namespace ikit
