// `ikit new`, `ikit validate`, `ikit show`: making kits and reading them back.
#include "arg_parser.h"
#include "cli_context.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "output_target.h"
#include "path_arguments.h"
#include "plan_text.h"
#include "text_options.h"
#include "bank/kit_assembler.h"
#include "bank/variant_groups.h"
#include "model/variant_choice.h"
#include "print/candidate_batch.h"
#include "scoring/asked_variants.h"
#include "checks/kit_validation.h"
#include "serialize/kit_file.h"
#include "i18n/tr.h"
#include "util/error.h"
#include "util/text.h"

namespace ikit::cli {

namespace {

// TRANSLATORS: help text: keep option names and placeholders (R, C, ID, N, T, S, A, FILE, KIT, NAME) as written.
const char* kNewHelp = N_(R"(Usage: ikit new --role R [--competency C]… [--question ID]… [--minutes N] [--title T] [--stage S]
                [--author A] [--pools] -o FILE

Assembles a kit from the bank the way interviews are run: an unscored opener, then questions for the
role that cover the competencies asked for, balanced across them, each with the rubric it is scored on,
then a close with minutes reserved for the candidate's questions, leaving at least 5 minutes free.
Without --competency the role's most asked competencies are used.

  --role R          the role, by id or name (see ikit bank stats)
  --competency C    a competency to cover, by id or name (may be repeated)
  --question ID     a bank question to ask first in its competency's section (may be repeated)
  --minutes N       the interview length, 10 to 480 (default 60)
  --title T         the kit's title, at most 500 characters
  --stage S         e.g. "Phone screen" (default "Interview"), at most 200 characters
  --author A        who made the kit, at most 200 characters
  --pools           give each question whose bank question has a variant group a pool of the group's
                    other members, rotated between candidates (see ikit show KIT --candidate NAME)
  -o FILE           where to write the kit (a name of at most 200 bytes); - for standard output. An
                    existing file is replaced only when it is a kit (the old one is kept as FILE~);
                    never a device, pipe or folder.
Texts must be valid UTF-8 on one line, without control characters. Every option but --competency
and --question may be given once.
)");

/// `pattern` (a plural form with the count in {1}) filled with `n`.
std::string count_text(const std::string& pattern, long long n) { return fill(pattern, {std::to_string(n)}); }

/// A question's type as a word in the text of `ikit show` ("behavioural", as the id, in English).
std::string type_word(QuestionType type) {
    switch (type) {
        case QuestionType::Behavioural: return trc("question type", "behavioural");
        case QuestionType::Situational: return trc("question type", "situational");
        case QuestionType::Technical: return trc("question type", "technical");
        case QuestionType::Background: return trc("question type", "background");
    }
    return std::string(to_id(type));
}

/// Throws UsageError unless every file named on the command line is a usable path.
void check_kit_file_arguments(const Args& args) {
    for (const auto& file : args.positionals()) check_path_argument(tr("a kit file name"), file);
}

}  // namespace

int run_new_command(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw, {"--role", "--competency", "--question", "--minutes", "--title", "--stage", "--author", "-o", "--output"},
              {"--help", "--pools"}, {"--competency", "--question"});
    if (args.has("--help")) {
        ctx.out << tr(kNewHelp);
        return kSuccess;
    }
    if (!args.positionals().empty()) throw UsageError(fill(tr("unexpected argument \"{1}\""), {args.positionals()[0]}));
    check_text_options(args, {{"--title", kMaxTitleChars},
                              {"--stage", kMaxNameChars},
                              {"--author", kMaxNameChars},
                              {"--role", kMaxNameChars},
                              {"--competency", kMaxNameChars},
                              {"--question", kMaxNameChars},
                              {"--minutes", kMaxNameChars}});
    if (!args.has("-o")) throw UsageError(tr("missing -o FILE (where to write the kit)"));
    const std::string output = args.value("-o");
    check_output_path_argument("-o", output);
    if (!is_standard_output(output)) check_output_target("-o", output, FileKind::Kit, ctx.extra_banks());
    if (!args.has("--role")) throw UsageError(tr("missing --role (see ikit bank stats for the roles)"));
    KitRequest request;
    request.role = args.value("--role");
    request.competencies = args.values("--competency");
    request.questions = args.values("--question");
    request.minutes = args.int_value("--minutes", 60, 10, 480);
    request.title = args.value("--title");
    request.stage = args.value("--stage", "Interview");
    request.author = args.value("--author");
    const auto& lib = ctx.library();
    Kit kit;
    try {
        kit = assemble_kit(lib.bank, lib.rubrics, request);
    } catch (const Error& e) {
        throw UsageError(e.what());  // unknown role, competency or question: a usage mistake
    }
    if (args.has("--pools")) fill_pools_from_bank(kit, lib.bank);
    if (is_standard_output(output)) {
        ctx.out << write_kit(kit);
        return kSuccess;
    }
    save_kit_file(kit, output);
    const std::string questions = count_text(trn("{1} question", "{1} questions", kit.question_count()), kit.question_count());
    const std::string sections = count_text(trn("{1} section", "{1} sections", kit.sections.size()), kit.sections.size());
    const int length = kit.properties.length_minutes;
    const std::string minutes = count_text(trn("{1} minute", "{1} minutes", static_cast<unsigned long>(length)), length);
    const std::string planned = std::to_string(kit.planned_minutes() + kit.reserved_minutes());
    if (kit.reserved_minutes() > 0)
        // TRANSLATORS: {1} the file; {2} "8 questions"; {3} "4 sections"; {5} "60 minutes"; {6} minutes reserved.
        ctx.out << fill(tr("wrote {1}: {2} in {3}, {4} of {5} planned ({6} of them for the candidate's questions)"),
                        {output, questions, sections, planned, minutes, std::to_string(kit.reserved_minutes())});
    else
        // TRANSLATORS: {1} the file; {2} "8 questions"; {3} "4 sections"; {5} "60 minutes".
        ctx.out << fill(tr("wrote {1}: {2} in {3}, {4} of {5} planned"), {output, questions, sections, planned, minutes});
    ctx.out << "\n";
    return kSuccess;
}

int run_validate_command(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw, {}, {"--help", "--quiet"});
    if (args.has("--help")) {
        ctx.out << tr("Usage: ikit validate FILE…\n\nChecks that each kit file is well-formed and that every question has a\n"
                      "rubric whose levels are all anchored. Exit 0 when all are valid, 1 otherwise.\n");
        return kSuccess;
    }
    if (args.positionals().empty()) throw UsageError(tr("give one or more kit files"));
    check_kit_file_arguments(args);
    int invalid = 0;
    for (const auto& file : args.positionals()) {
        std::vector<std::string> warnings;
        try {
            const Kit kit = read_kit_file(file, &warnings);
            for (const auto& w : warnings) ctx.message() << fill(tr("warning: {1}"), {w}) << "\n";
            const auto problems = validation_problems(kit);
            for (const auto& p : problems) ctx.message() << file << ": " << p << "\n";
            if (!problems.empty()) {
                ++invalid;
                continue;
            }
            if (!args.has("--quiet"))
                ctx.out << fill(trn("{1}: valid ({2} question)", "{1}: valid ({2} questions)", kit.question_count()),
                                {file, std::to_string(kit.question_count())})
                        << "\n";
        } catch (const Error& e) {
            ctx.message() << e.what() << "\n";
            ++invalid;
        }
    }
    return invalid ? kInvalidInput : kSuccess;
}

namespace {
// The pool of a slot: its size and members, or with a candidate the member asked.
void print_pool(std::ostream& out, const Kit& kit, const KitQuestion& slot, const std::string& candidate, Rotation rotation,
                bool for_candidate) {
    if (!slot.pool.present && slot.pool.variants.empty()) return;
    const std::size_t size = slot.pool.size();
    if (for_candidate) {
        out << "   "
            << fill(tr("pool: variant {1} of {2}"),
                    {std::to_string(choose_variant(kit, slot, candidate, rotation) + 1), std::to_string(size)})
            << "\n";
        return;
    }
    out << "   "
        << fill(size == 1 ? tr("pool of {1} (the question only)") : tr("pool of {1}: this question and"), {std::to_string(size)})
        << "\n";
    for (std::size_t i = 0; i < slot.pool.variants.size(); ++i)
        out << "     " << i + 2 << ". " << slot.pool.variants[i].text << "\n";
}
}  // namespace

int run_show_command(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw, {"--candidate", "--rotation", "--candidates"}, {"--help"});
    if (args.has("--help")) {
        ctx.out << tr("Usage: ikit show FILE [--candidate NAME] [--rotation candidate|fixed]\n"
                   "       ikit show FILE --candidates LIST.csv [--rotation candidate|fixed]\n\nPrints a kit as readable "
                   "text: its properties, its interview plan and coverage matrix when it has one, and every\nquestion. "
                   "A question with a pool shows its size and its variants; with --candidate, the\nvariant "
                   "that candidate is asked (the same on every run), or with --rotation fixed the first.\n"
                   "With --candidates (a candidate list, see candidates-csv.md), only who is asked which variant:\n"
                   "each pool's wordings, then a line per candidate with the variant of each pooled question.\n");
        return kSuccess;
    }
    if (args.positionals().size() != 1) throw UsageError(tr("give exactly one kit file"));
    check_text_options(args, {{"--candidate", kMaxNameChars}, {"--rotation", kMaxNameChars}});
    check_kit_file_arguments(args);
    const auto rotation = rotation_from_id(args.value("--rotation", "candidate"));
    if (!rotation) throw UsageError(fill(tr("--rotation must be candidate or fixed, not \"{1}\""), {args.value("--rotation")}));
    if (args.has("--candidates")) {  // who is asked which variant (issue 19)
        if (args.has("--candidate")) throw UsageError(tr("give --candidate or --candidates, not both"));
        check_path_argument("--candidates", args.value("--candidates"));
        const Kit kit = read_kit_file(args.positionals()[0]);
        std::vector<std::string> names;
        for (const auto& c : read_candidate_csv_file(args.value("--candidates"), kit).candidates) names.push_back(c.name);
        ctx.out << variant_roster_text(variant_roster(kit, names, *rotation));
        return kSuccess;
    }
    const bool for_candidate = args.has("--candidate") || args.has("--rotation");
    const Kit file_kit = read_kit_file(args.positionals()[0]);
    const Kit kit = for_candidate ? kit_for_candidate(file_kit, args.value("--candidate"), *rotation) : file_kit;
    const auto& p = kit.properties;
    auto& out = ctx.out;
    out << p.title << "\n" << std::string(std::min<std::size_t>(p.title.size(), 72), '=') << "\n";
    // TRANSLATORS: `ikit show` labels: pad them with spaces so that every value starts in the same column.
    if (!p.role_name.empty()) out << fill(tr("Role:      {1}"), {p.role_name}) << "\n";
    if (!p.stage.empty()) out << fill(tr("Stage:     {1}"), {p.stage}) << "\n";
    const std::string length =
        count_text(trn("{1} minute", "{1} minutes", static_cast<unsigned long>(p.length_minutes)), p.length_minutes);
    const std::string questions = count_text(trn("{1} question", "{1} questions", kit.question_count()), kit.question_count());
    if (kit.reserved_minutes() > 0)
        // TRANSLATORS: {1} "60 minutes"; {2} and {3} minutes; {4} "8 questions".
        out << fill(tr("Length:    {1} ({2} planned, {3} reserved, {4})"),
                    {length, std::to_string(kit.planned_minutes()), std::to_string(kit.reserved_minutes()), questions});
    else
        // TRANSLATORS: {1} "60 minutes"; {2} minutes; {3} "8 questions".
        out << fill(tr("Length:    {1} ({2} planned, {3})"), {length, std::to_string(kit.planned_minutes()), questions});
    out << "\n";
    if (!p.author.empty()) out << fill(tr("Author:    {1}"), {p.author}) << "\n";
    if (!p.modified.empty()) out << fill(tr("Modified:  {1}"), {p.modified}) << "\n";
    if (!kit.competencies.empty()) {
        std::vector<std::string> names;
        for (const auto& c : kit.competencies) names.push_back(c.name);
        out << fill(tr("Covers:    {1}"), {join(names, ", ")}) << "\n";
    }
    write_plan_text(out, kit);
    if (!p.instructions.empty()) out << "\n" << p.instructions << "\n";
    if (for_candidate)
        // TRANSLATORS: the rotation ({2}, {1} without a candidate) is "candidate" or "fixed", as given to --rotation.
        out << "\n"
            << (args.has("--candidate") ? fill(tr("Variants for candidate {1} (rotation {2})"), {args.value("--candidate"), to_id(*rotation)})
                                        : fill(tr("Variants for no candidate (rotation {1})"), {to_id(*rotation)}))
            << "\n";
    const auto interview_of = interview_index_of_questions(kit);
    int number = 0;
    for (std::size_t si = 0; si < kit.sections.size(); ++si) {
        const auto& s = kit.sections[si];
        out << "\n## " << s.title;
        // TRANSLATORS: the kind of a section, after its title in `ikit show`.
        if (s.kind != SectionKind::Body) out << "  (" << (s.kind == SectionKind::Opener ? trc("section kind", "opener") : trc("section kind", "close")) << ")";
        out << "\n";
        if (s.candidate_minutes > 0)
            out << "\n"
                << fill(trn("{1} minute reserved for the candidate's questions",
                            "{1} minutes reserved for the candidate's questions", static_cast<unsigned long>(s.candidate_minutes)),
                        {std::to_string(s.candidate_minutes)})
                << "\n";
        for (std::size_t qi = 0; qi < s.questions.size(); ++qi) {
            const auto& q = s.questions[qi];
            std::vector<std::string> tags{fill(tr("{1} min"), {std::to_string(q.minutes)}), type_word(q.type)};
            if (!q.scored) tags.push_back(tr("not scored"));
            if (const auto it = interview_of.find(q.id); it != interview_of.end())
                tags.push_back(kit.plan.interviews[it->second].name);
            else if (!kit.plan.empty())
                tags.push_back(tr("in no interview"));
            out << "\n" << ++number << ". " << q.text << "  [" << join(tags, ", ") << "]\n";
            print_pool(out, file_kit, file_kit.sections[si].questions[qi], args.value("--candidate"), *rotation, for_candidate);
            for (const auto& l : q.listen_for) out << "   " << fill(tr("listen for: {1}"), {l}) << "\n";
            for (const auto& pr : q.probes) out << "   " << fill(tr("probe: {1}"), {pr}) << "\n";
            for (const auto& r : q.red_flags) out << "   " << fill(tr("red flag: {1}"), {r}) << "\n";
            if (!q.rubric.empty()) {
                out << "   " << fill(tr("rubric: {1}"), {q.rubric.name}) << "\n";
                for (const auto& level : q.rubric.levels)
                    out << "     " << level.score << " " << level.label << ": " << level.anchor << "\n";
                for (const auto& example : q.rubric.examples)
                    out << "     " << fill(tr("example answer at {1}: {2}"), {std::to_string(example.score), example.text}) << "\n";
            }
        }
    }
    return kSuccess;
}

}  // namespace ikit::cli
