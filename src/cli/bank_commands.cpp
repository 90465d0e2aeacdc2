// `ikit bank list|show|stats`: browsing the question bank from the command line.
#include "arg_parser.h"
#include "bank/variant_groups.h"
#include "cli_context.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "serialize/bank_reader.h"
#include "text_formats.h"
#include "text_options.h"
#include "util/error.h"
#include "io/storable_text.h"
#include "util/text.h"

#include <algorithm>
#include <iomanip>
#include <map>

namespace ikit::cli {

namespace {

// TRANSLATORS: help texts: keep command names, option names and placeholders (R, C, T, TEXT, F, ID) as written.
const char* kListHelp = N_(R"(Usage: ikit bank list [--role R] [--competency C]… [--type T] [--search TEXT] [--format text|csv|xml]

Lists the bank's questions. Filters combine; several --competency match any of them.
Roles and competencies are matched by id or name, ignoring case.
  --role R          e.g. director-support or "Director of Customer Support"
  --competency C    e.g. kpis-metrics or "Conflict resolution" (may be repeated)
  --type T          behavioural, situational, technical or background
  --search TEXT     words that must all occur in the question, probes, listen-for or tags (at most 500 characters)
  --format F        text (default), csv, or xml (a bank file with the selected questions)
)");

template <typename T>
std::string id_list(const std::vector<T>& items) {
    std::vector<std::string> ids;
    for (const auto& item : items) ids.push_back(item.id);
    return join(ids, ", ");
}

int list(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw, {"--role", "--competency", "--type", "--search", "--format"}, {"--help"}, {"--competency"});
    if (args.has("--help")) {
        ctx.out << tr(kListHelp);
        return kSuccess;
    }
    check_text_options(args, {{"--role", kMaxNameChars},
                              {"--competency", kMaxNameChars},
                              {"--type", kMaxNameChars},
                              {"--search", kMaxSearchChars},
                              {"--format", kMaxNameChars}});
    for (const auto& p : args.positionals()) check_text(tr("an argument"), p, kMaxNameChars);
    if (!args.positionals().empty()) throw UsageError(fill(tr("unexpected argument \"{1}\""), {args.positionals()[0]}));
    const std::string format = args.value("--format", "text");
    if (format != "text" && format != "csv" && format != "xml")
        throw UsageError(fill(tr("--format must be text, csv or xml, not \"{1}\""), {format}));
    const QuestionBank& bank = ctx.library().bank;

    BankFilter filter;
    if (args.has("--role")) {
        const Role* role = bank.role(args.value("--role"));
        if (!role)
            throw UsageError(fill(tr("unknown role \"{1}\"; valid roles: {2}"), {args.value("--role"), id_list(bank.roles())}));
        filter.role_id = role->id;
    }
    for (const auto& c : args.values("--competency")) {
        const Competency* competency = bank.competency(c);
        if (!competency)
            throw UsageError(fill(tr("unknown competency \"{1}\"; valid competencies: {2}"), {c, id_list(bank.competencies())}));
        filter.competency_ids.push_back(competency->id);
    }
    if (args.has("--type")) {
        filter.type = question_type_from_id(args.value("--type"));
        if (!filter.type)
            throw UsageError(fill(tr("unknown type \"{1}\"; valid types: behavioural, situational, technical, background"),
                                  {args.value("--type")}));
    }
    filter.search = args.value("--search");
    const auto hits = bank.filter(filter);

    if (format == "xml") {
        BankContent content;
        content.roles = bank.roles();
        content.competencies = bank.competencies();
        for (auto i : hits) content.questions.push_back(bank.questions()[i]);
        ctx.out << write_bank(content);
        return kSuccess;
    }
    if (format == "csv") {
        ctx.out << csv_row({"id", "type", "minutes", "competencies", "roles", "text"}) << "\r\n";
        for (auto i : hits) {
            const Question& q = bank.questions()[i];
            ctx.out << csv_row({q.id, std::string(to_id(q.type)), std::to_string(q.minutes), join(q.competency_ids, " "),
                                join(q.role_ids, " "), q.text})
                    << "\r\n";
        }
        return kSuccess;
    }
    // The id column is as wide as the longest id listed (user banks may use long ids), plus two spaces.
    std::size_t id_width = 7;
    for (auto i : hits) id_width = std::max(id_width, bank.questions()[i].id.size());
    for (auto i : hits) {
        const Question& q = bank.questions()[i];
        std::string minutes = std::to_string(q.minutes);
        minutes.insert(0, minutes.size() < 3 ? 3 - minutes.size() : 0, ' ');
        ctx.out << std::left << std::setw(static_cast<int>(id_width + 2)) << q.id << std::setw(12) << to_id(q.type)
                << fill(tr("{1} min"), {minutes}) << "  " << q.text << "\n";
    }
    ctx.out << fill(trn("{1} question", "{1} questions", hits.size()), {std::to_string(hits.size())}) << "\n";
    return kSuccess;
}

void print_items(std::ostream& out, const std::string& heading, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out << heading << "\n";
    for (const auto& item : items) out << "  - " << item << "\n";
}

// Where the question came from (provenance only; the roles it suits are its own judgement): "guide 000 #4,
// guide 002 #14", or that it was written for this program.
std::string provenance_line(const Question& q) {
    if (q.sources.empty()) return tr("written for Interview Kit Builder");
    std::vector<std::string> guides;
    for (const auto& s : q.sources) guides.push_back(fill(tr("guide {1} #{2}"), {s.guide, s.number}));
    return join(guides, ", ");
}

// "no (an opener or background question: notes, no rating)", or "yes, on <rubric> (<id>)" with the rubric the
// library's one rule gives it.
std::string scored_line(Context& ctx, const Question& q) {
    if (!q.scored) return tr("no (asked for rapport and context: notes, no rating)");
    const auto& rubrics = ctx.library().rubrics;
    const Rubric* rubric = rubrics.for_question(q);
    if (!rubric) return tr("yes (no rubric loaded for it)");
    if (rubrics.is_question_rubric(*rubric))
        return fill(tr("yes, on \"{1}\" ({2}, this question's own rubric)"), {rubric->name, rubric->id});
    return fill(tr("yes, on \"{1}\" ({2})"), {rubric->name, rubric->id});
}

// The other members of the question's variant group, which can be asked in its place.
void print_variants(std::ostream& out, const QuestionBank& bank, const Question& q) {
    const auto members = variants_of(bank, q);
    if (members.size() < 2) return;
    out << fill(trn("Variants (group {1}, {2} interchangeable question):", "Variants (group {1}, {2} interchangeable questions):",
                    members.size()),
                {q.variant_group, std::to_string(members.size())})
        << "\n";
    for (std::size_t i = 1; i < members.size(); ++i) out << "  - " << members[i]->id << ": " << members[i]->text << "\n";
}

int show(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw, {}, {"--help"});
    if (args.has("--help")) {
        ctx.out << tr("Usage: ikit bank show ID\n\nShows one bank question with its interviewer notes, provenance and variants.\n");
        return kSuccess;
    }
    if (args.positionals().size() != 1) throw UsageError(tr("give exactly one question id (see ikit bank list)"));
    check_text(tr("the question id"), args.positionals()[0], kMaxNameChars);
    const auto& bank = ctx.library().bank;
    const Question* q = bank.find(args.positionals()[0]);
    if (!q) throw Error(fill(tr("no question with id \"{1}\" in the bank"), {args.positionals()[0]}));
    ctx.out << q->id << ": " << q->text << "\n\n";
    // TRANSLATORS: `ikit bank show` labels: pad them with spaces so that every value starts in the same column.
    ctx.out << fill(tr("Type:          {1}"), {tr(std::string(to_label(q->type)))}) << "\n";
    ctx.out << fill(tr("Minutes:       {1}"), {std::to_string(q->minutes)}) << "\n";
    std::vector<std::string> names;
    for (const auto& c : q->competency_ids) names.push_back(bank.competency_name(c));
    ctx.out << fill(tr("Competencies:  {1}"), {join(names, ", ")}) << "\n";
    names.clear();
    for (const auto& r : q->role_ids) names.push_back(bank.role(r) ? bank.role(r)->name : r);
    ctx.out << fill(tr("Suits:         {1}"), {join(names, ", ")}) << "\n";
    if (!q->levels.empty()) ctx.out << fill(tr("Levels:        {1}"), {join(q->levels, ", ")}) << "\n";
    ctx.out << fill(tr("Scored:        {1}"), {scored_line(ctx, *q)}) << "\n";
    ctx.out << fill(tr("From:          {1}"), {provenance_line(*q)}) << "\n";
    ctx.out << "\n";
    print_items(ctx.out, tr("Listen for:"), q->listen_for);
    print_items(ctx.out, tr("Probes:"), q->probes);
    print_items(ctx.out, tr("Red flags:"), q->red_flags);
    if (!q->sources.empty()) {
        ctx.out << tr("Guide wordings:") << "\n";
        for (const auto& s : q->sources)
            ctx.out << "  - " << fill(tr("guide {1} #{2}"), {s.guide, s.number}) << ": " << s.wording << "\n";
    }
    print_variants(ctx.out, bank, *q);
    return kSuccess;
}

// Per main competency: how many variant groups and how many questions in them, by type.
void print_variant_stats(std::ostream& out, const QuestionBank& bank) {
    const auto groups = variant_groups(bank);
    out << "\n" << fill(tr("Variant groups: {1}"), {std::to_string(groups.size())}) << "\n";
    if (groups.empty()) return;
    struct Count { int groups = 0, variants = 0, behavioural = 0, situational = 0; };
    std::map<std::string, Count> per;  // by main competency id
    for (const auto& g : groups) {
        const Question& head = bank.questions()[g.members.front()];
        Count& c = per[head.main_competency()];
        ++c.groups;
        const int n = static_cast<int>(g.members.size());
        c.variants += n;
        if (head.type == QuestionType::Behavioural) c.behavioural += n;
        if (head.type == QuestionType::Situational) c.situational += n;
    }
    // Column headers: each column is as wide as its header needs (the English ones fit the numbers' widths).
    // TRANSLATORS: column headers of `ikit bank stats` (variant groups per competency); keep them short.
    const std::string heads[] = {tr("groups"), tr("variants"), tr("behavioural"), tr("situational"), tr("competency")};
    int widths[] = {6, 10, 13, 13};
    for (int k = 0; k < 4; ++k)
        widths[k] = std::max(widths[k], static_cast<int>(utf8_character_count(heads[k])) + (k ? 2 : 0));
    for (int k = 0; k < 4; ++k)
        out << std::string(static_cast<std::size_t>(widths[k]) - utf8_character_count(heads[k]), ' ') << heads[k];
    out << "  " << heads[4] << "\n";
    for (const auto& [id, c] : per)
        out << std::setw(widths[0]) << c.groups << std::setw(widths[1]) << c.variants << std::setw(widths[2])
            << c.behavioural << std::setw(widths[3]) << c.situational << "  " << bank.competency_name(id) << " (" << id
            << ")\n";
}

int stats(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw, {}, {"--help"});
    if (args.has("--help")) {
        ctx.out << tr("Usage: ikit bank stats\n\nCounts the bank's questions per role, per competency and per type, and its variant\n"
                      "groups (interchangeable questions) and their members per main competency.\n");
        return kSuccess;
    }
    const auto& bank = ctx.library().bank;
    ctx.out << fill(trn("Questions: {1} in {2} bank file", "Questions: {1} in {2} bank files", bank.files().size()),
                    {std::to_string(bank.questions().size()), std::to_string(bank.files().size())})
            << "\n\n";
    ctx.out << tr("Per role:") << "\n";
    for (const auto& r : bank.roles()) {
        BankFilter f;
        f.role_id = r.id;
        ctx.out << std::right << std::setw(6) << bank.filter(f).size() << "  " << r.name << " (" << r.id << ")\n";
    }
    ctx.out << "\n" << tr("Per competency:") << "\n";
    for (const auto& c : bank.competencies()) {
        BankFilter f;
        f.competency_ids = {c.id};
        ctx.out << std::setw(6) << bank.filter(f).size() << "  " << c.name << " (" << c.id << ")\n";
    }
    ctx.out << "\n" << tr("Per type:") << "\n";
    for (QuestionType t : {QuestionType::Behavioural, QuestionType::Situational, QuestionType::Technical,
                           QuestionType::Background}) {
        BankFilter f;
        f.type = t;
        ctx.out << std::setw(6) << bank.filter(f).size() << "  " << tr(std::string(to_label(t))) << "\n";
    }
    print_variant_stats(ctx.out, bank);
    return kSuccess;
}

}  // namespace

int run_bank_command(Context& ctx, const std::vector<std::string>& args) {
    const std::string usage = tr("Usage: ikit bank list|show|stats (see ikit bank list --help)\n");
    if (args.empty()) throw UsageError(tr("missing subcommand: list, show or stats"));
    check_text(tr("the subcommand"), args[0], kMaxNameChars);
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args[0] == "--help") {
        ctx.out << usage;
        return kSuccess;
    }
    if (args[0] == "list") return list(ctx, rest);
    if (args[0] == "show") return show(ctx, rest);
    if (args[0] == "stats") return stats(ctx, rest);
    throw UsageError(fill(tr("unknown subcommand \"{1}\": use list, show or stats"), {args[0]}));
}

}  // namespace ikit::cli
