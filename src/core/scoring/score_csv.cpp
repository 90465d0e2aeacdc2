#include "scoring/score_csv.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "scoring/scored_questions.h"
#include "io/csv_table.h"
#include "util/error.h"
#include "io/storable_text.h"
#include "util/text.h"

#include <algorithm>
#include <map>
#include <set>

namespace ikit {

namespace {

constexpr std::size_t kMaxScorecards = 100;          // as a score file holds
constexpr std::size_t kMaxEvidenceBytes = 20000;     // one note, as a score file holds
constexpr std::size_t kMaxNameChars = 200;           // an interviewer's name
const char* const kDash = "\xE2\x80\x93";

std::string scale_text(const RatingScale& s) { return std::to_string(s.low) + kDash + std::to_string(s.high); }

// The interviews a template or an import works with: the plan's, or one unnamed interview of every question.
struct InterviewPart {
    const Interview* interview = nullptr;  // nullptr: the kit has no plan
    std::vector<const KitQuestion*> questions;
    std::vector<std::string> competencies;
};

InterviewPart part_of(const Kit& kit, const Interview* interview) {
    const std::string id = interview ? interview->id : "";
    return {interview, questions_to_rate(kit, id), competencies_to_rate(kit, id)};
}

const Interview* find_interview(const Kit& kit, const std::string& name_or_id) {
    if (const Interview* by_name = kit.plan.find_by_name(trim(name_or_id))) return by_name;
    return kit.plan.find(trim(name_or_id));
}

std::string interview_names(const Kit& kit) {
    std::vector<std::string> names;
    for (const auto& i : kit.plan.interviews) names.push_back(i.name);
    return join(names, ", ");
}

// A rating cell: "" = no evidence; digits, optionally with a point or comma and zeros ("4.0", "4,00").
bool parse_rating_cell(const std::string& cell, std::optional<int>& rating) {
    const std::string text = trim(cell);
    rating.reset();
    if (text.empty()) return true;
    std::size_t i = 0;
    int value = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        if (i == 3) return false;
        value = value * 10 + (text[i] - '0');
        ++i;
    }
    if (i == 0) return false;
    if (i < text.size()) {
        if (text[i] != '.' && text[i] != ',') return false;
        if (i + 1 == text.size()) return false;
        for (std::size_t j = i + 1; j < text.size(); ++j)
            if (text[j] != '0') return false;
    }
    rating = value;
    return true;
}

class CsvImporter {
public:
    CsvImporter(const Kit& kit, const CsvTable& table, const std::string& file, const std::string& today)
        : kit_(kit), table_(table), file_(file), today_(today) {}

    ScoreCsvImport run() {
        for (const char* name : {"interviewer", "kind", "item", "rating"})
            if (table_.column(name) == std::string::npos)
                throw Error(file_, 1, fill(tr("the header has no column \"{1}\" (a scores CSV has the columns {2})"),
                                           {name, join(score_csv_columns(), ",")}));
        // The row a spreadsheet shows: the file's line, less the line breaks inside quoted cells before it.
        std::size_t breaks = 0;
        for (const auto& cell : table_.header) breaks += static_cast<std::size_t>(std::count(cell.begin(), cell.end(), '\n'));
        for (const auto& row : table_.rows) {
            read_row(row, static_cast<std::size_t>(row.line) - breaks);
            for (const auto& cell : row.cells) breaks += static_cast<std::size_t>(std::count(cell.begin(), cell.end(), '\n'));
        }
        return std::move(result_);
    }

private:
    const Kit& kit_;
    const CsvTable& table_;
    std::string file_;
    std::string today_;
    ScoreCsvImport result_;
    std::map<std::string, std::size_t> first_row_;  // interviewer, interview, kind, item -> spreadsheet row
    bool row_bad_ = false;       // some cell of the row is bad
    bool identity_bad_ = false;  // its interviewer, interview, kind or item is bad

    std::string cell(const CsvRow& row, const char* name) const {
        const std::size_t c = table_.column(name);
        return c == std::string::npos ? std::string() : row.cell(c);
    }

    void bad(const CsvRow& row, std::size_t number, const char* column, const std::string& message) {
        row_bad_ = true;
        const std::string name = column;
        if (name == "interviewer" || name == "interview" || name == "kind" || name == "item") identity_bad_ = true;
        const std::size_t c = table_.column(column);
        // TRANSLATORS: {1} the spreadsheet's row number, {2} the column's letter, {3} its name (kept as written).
        result_.errors.push_back(file_ + ":" + std::to_string(row.line) + ": " +
                                 fill(tr("row {1}, column {2} ({3}): {4}"),
                                      {std::to_string(number), CsvTable::column_letter(c), column, message}));
    }

    static std::string quoted(const std::string& text) { return "\"" + shorten(text, 60) + "\""; }

    InterviewerScorecard& card_for(const std::string& interviewer, const std::string& interview_id) {
        for (auto& card : result_.sheet.scorecards)
            if (card.interviewer == interviewer && card.interview_id == interview_id) return card;
        InterviewerScorecard card;
        card.interviewer = interviewer;
        card.interview_id = interview_id;
        card.submitted = today_;
        result_.sheet.scorecards.push_back(std::move(card));
        return result_.sheet.scorecards.back();
    }

    void read_row(const CsvRow& row, std::size_t number) {
        if (std::all_of(row.cells.begin(), row.cells.end(), [](const std::string& c) { return trim(c).empty(); })) return;
        row_bad_ = identity_bad_ = false;
        // A score file stores text exactly: a character XML cannot hold is a bad cell, not a silent change.
        for (const char* column : {"interviewer", "interview", "kind", "item", "rating", "evidence"})
            if (const std::string why = unstorable_text_reason(cell(row, column)); !why.empty())
                bad(row, number, column, fill(tr("cannot be stored: {1}"), {why}));
        if (row_bad_) return;
        const std::string interviewer = trim(cell(row, "interviewer"));
        if (interviewer.empty()) bad(row, number, "interviewer", tr("no interviewer named"));
        else if (decode_utf8(interviewer).size() > kMaxNameChars)
            bad(row, number, "interviewer",
                fill(tr("a name of more than {1} characters"), {std::to_string(kMaxNameChars)}));

        const std::string interview_cell = trim(cell(row, "interview"));
        const Interview* interview = nullptr;
        if (kit_.plan.empty()) {
            if (!interview_cell.empty())
                bad(row, number, "interview",
                    fill(tr("{1}: the kit has no interview plan, leave it empty"), {quoted(interview_cell)}));
        } else if (interview_cell.empty()) {
            bad(row, number, "interview", fill(tr("name the interview ({1})"), {interview_names(kit_)}));
        } else if (!(interview = find_interview(kit_, interview_cell))) {
            bad(row, number, "interview",
                fill(tr("no interview {1} in the kit's plan ({2})"), {quoted(interview_cell), interview_names(kit_)}));
        }
        const std::string interview_id = interview ? interview->id : "";

        const std::string kind = ascii_lower(trim(cell(row, "kind")));
        const std::string item = trim(cell(row, "item"));
        const std::string rating_cell = cell(row, "rating");
        const std::string evidence = cell(row, "evidence");
        if (evidence.size() > kMaxEvidenceBytes)
            bad(row, number, "evidence", fill(tr("longer than {1} bytes"), {grouped_count(kMaxEvidenceBytes)}));

        std::optional<int> rating;
        std::string label;
        if (kind == "question") {
            const KitQuestion* q = kit_.find_question(item);
            if (!q) bad(row, number, "item", fill(tr("no question {1} in the kit"), {quoted(item)}));
            else if (!is_scored(*q)) bad(row, number, "item", fill(tr("question {1} is not scored in the kit"), {item}));
            else if (interview && interview_of_question(kit_, item) != interview)
                bad(row, number, "item",
                    fill(tr("question {1} is not asked in the interview {2}"), {item, quoted(interview->name)}));
            if (q) rating_on(row, number, rating_cell, question_scale(*q), fill(tr("question {1}"), {item}), rating);
        } else if (kind == "competency") {
            const auto ids = scored_competency_ids(kit_);
            if (std::find(ids.begin(), ids.end(), item) == ids.end())
                bad(row, number, "item", fill(tr("no competency {1} is rated in the kit"), {quoted(item)}));
            else rating_on(row, number, rating_cell, competency_scale(kit_, item), fill(tr("competency {1}"), {item}), rating);
        } else if (kind == "overall") {
            const std::string given = trim(rating_cell);
            if (!given.empty()) {
                const auto& labels = kit_.recommendation_labels;
                const auto it = std::find_if(labels.begin(), labels.end(), [&](const std::string& l) { return iequals(trim(l), given); });
                if (it == labels.end())
                    bad(row, number, "rating",
                        fill(tr("{1} is not one of the kit's recommendations ({2})"), {quoted(given), join(labels, ", ")}));
                else label = *it;
            }
        } else {
            bad(row, number, "kind", fill(tr("must be question, competency or overall, not {1}"), {quoted(kind)}));
        }

        const std::string key = interviewer + '\n' + interview_id + '\n' + kind + '\n' + (kind == "overall" ? "" : item);
        if (!identity_bad_) {  // a row wrong in what it rates is not counted as given
            const auto [it, fresh] = first_row_.emplace(key, number);
            if (!fresh)
                bad(row, number, "item",
                    kind == "overall"
                        ? fill(tr("the recommendation of {1} is given twice (first on row {2})"),
                               {interviewer, std::to_string(it->second)})
                        : fill(tr("{1} of {2} is given twice (first on row {3})"),
                               {item, interviewer, std::to_string(it->second)}));
        }
        if (row_bad_) return;

        const bool new_card = std::none_of(result_.sheet.scorecards.begin(), result_.sheet.scorecards.end(),
                                           [&](const auto& c) { return c.interviewer == interviewer && c.interview_id == interview_id; });
        if (new_card && result_.sheet.scorecards.size() == kMaxScorecards) {
            bad(row, number, "interviewer",
                fill(tr("more than {1} scorecards in one file"), {std::to_string(kMaxScorecards)}));
            return;
        }
        InterviewerScorecard& card = card_for(interviewer, interview_id);
        if (kind == "question") card.questions.push_back({item, rating, evidence, ""});
        else if (kind == "competency") {
            if (rating || !evidence.empty()) card.competencies.push_back({item, rating, evidence});
        } else {
            card.recommendation = label;
            card.notes = evidence;
        }
    }

    void rating_on(const CsvRow& row, std::size_t number, const std::string& cell_text, const RatingScale& scale,
                   const std::string& what, std::optional<int>& rating) {
        const bool parsed = parse_rating_cell(cell_text, rating);
        if (!parsed || (rating && !scale.contains(*rating))) {
            rating.reset();
            // TRANSLATORS: {2} is "question q3" or "competency ownership", {3} a range such as "1–4".
            bad(row, number, "rating",
                fill(tr("{1} is not a rating of {2}: a whole number from {3}, or empty for no evidence"),
                     {quoted(trim(cell_text)), what, scale_text(scale)}));
        }
    }
};

}  // namespace

const std::vector<std::string>& score_csv_columns() {
    static const std::vector<std::string> columns{"interviewer", "interview", "kind", "item", "label", "rating", "evidence"};
    return columns;
}

std::string score_csv_template(const Kit& kit, const ScoreTemplateOptions& options) {
    std::vector<const Interview*> interviews;
    if (!options.interview.empty()) {
        if (kit.plan.empty()) throw Error(tr("the kit has no interview plan, so --interview cannot choose one"));
        const Interview* interview = find_interview(kit, options.interview);
        if (!interview)
            throw Error(fill(tr("no interview \"{1}\" in the kit's plan ({2})"), {options.interview, interview_names(kit)}));
        interviews.push_back(interview);
    } else if (kit.plan.empty()) {
        interviews.push_back(nullptr);
    } else {
        for (const auto& i : kit.plan.interviews) interviews.push_back(&i);
    }
    std::string out = "\xEF\xBB\xBF" + csv_record(score_csv_columns()) + "\r\n";
    const std::string labels = join(kit.recommendation_labels, " | ");
    for (const Interview* interview : interviews) {
        const InterviewPart part = part_of(kit, interview);
        std::vector<std::string> names = options.interviewers;
        if (names.empty() && interview)
            for (const auto& slot : interview->interviewers) names.push_back(slot.display_name());
        if (names.empty()) names.push_back("Interviewer");
        const std::string interview_name = interview ? interview->name : "";
        for (const auto& name : names) {
            for (const KitQuestion* q : part.questions)
                out += csv_record({name, interview_name, "question", q->id, q->text, "", ""}) + "\r\n";
            for (const auto& id : part.competencies)
                out += csv_record({name, interview_name, "competency", id, kit.competency_name(id), "", ""}) + "\r\n";
            out += csv_record({name, interview_name, "overall", "overall", labels, "", ""}) + "\r\n";
        }
    }
    return out;
}

ScoreCsvImport import_score_csv(const Kit& kit, std::string_view text, const std::string& file_name,
                                const std::string& today) {
    const CsvTable table = parse_csv(text, file_name);
    return CsvImporter(kit, table, file_name, today).run();
}

}  // namespace ikit
