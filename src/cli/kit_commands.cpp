// `ikit new`, `ikit validate`, `ikit show`: making kits and reading them back.
#include "arg_parser.h"
#include "cli_context.h"
#include "output_target.h"
#include "path_arguments.h"
#include "plan_text.h"
#include "text_options.h"
#include "bank/kit_assembler.h"
#include "checks/kit_validation.h"
#include "serialize/kit_file.h"
#include "util/error.h"
#include "util/text.h"

namespace ikit::cli {

namespace {

const char* kNewHelp = R"(Usage: ikit new --role R [--competency C]… [--minutes N] [--title T] [--stage S] [--author A] -o FILE

Assembles a kit from the bank: questions for the role that cover the competencies asked for, balanced
across them, within the interview length (leaving 5 minutes for the candidate's questions), each with
its competency's rubric attached. Without --competency the role's most asked competencies are used.

  --role R          the role, by id or name (see ikit bank stats)
  --competency C    a competency to cover, by id or name (may be repeated)
  --minutes N       the interview length, 10 to 480 (default 60)
  --title T         the kit's title, at most 500 characters
  --stage S         e.g. "Phone screen" (default "Interview"), at most 200 characters
  --author A        who made the kit, at most 200 characters
  -o FILE           where to write the kit (a name of at most 200 bytes); - for standard output. An
                    existing file is replaced only when it is a kit (the old one is kept as FILE~);
                    never a device, pipe or folder.
Texts must be valid UTF-8 on one line, without control characters. Every option but --competency
may be given once.
)";

/// Throws UsageError unless every file named on the command line is a usable path.
void check_kit_file_arguments(const Args& args) {
    for (const auto& file : args.positionals()) check_path_argument("a kit file name", file);
}

}  // namespace

int run_new_command(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw, {"--role", "--competency", "--minutes", "--title", "--stage", "--author", "-o", "--output"}, {"--help"},
              {"--competency"});
    if (args.has("--help")) {
        ctx.out << kNewHelp;
        return kSuccess;
    }
    if (!args.positionals().empty()) throw UsageError("unexpected argument \"" + args.positionals()[0] + "\"");
    check_text_options(args, {{"--title", kMaxTitleChars},
                              {"--stage", kMaxNameChars},
                              {"--author", kMaxNameChars},
                              {"--role", kMaxNameChars},
                              {"--competency", kMaxNameChars},
                              {"--minutes", kMaxNameChars}});
    if (!args.has("-o")) throw UsageError("missing -o FILE (where to write the kit)");
    const std::string output = args.value("-o");
    check_output_path_argument("-o", output);
    if (!is_standard_output(output)) check_output_target("-o", output, FileKind::Kit, ctx.extra_banks());
    if (!args.has("--role")) throw UsageError("missing --role (see ikit bank stats for the roles)");
    KitRequest request;
    request.role = args.value("--role");
    request.competencies = args.values("--competency");
    request.minutes = args.int_value("--minutes", 60, 10, 480);
    request.title = args.value("--title");
    request.stage = args.value("--stage", "Interview");
    request.author = args.value("--author");
    const auto& lib = ctx.library();
    Kit kit;
    try {
        kit = assemble_kit(lib.bank, lib.rubrics, request);
    } catch (const Error& e) {
        throw UsageError(e.what());  // unknown role/competency: a usage mistake
    }
    if (is_standard_output(output)) {
        ctx.out << write_kit(kit);
        return kSuccess;
    }
    save_kit_file(kit, output);
    ctx.out << "wrote " << output << ": " << kit.question_count() << " questions in " << kit.sections.size()
            << " sections, " << kit.planned_minutes() << " of " << kit.properties.length_minutes << " minutes\n";
    return kSuccess;
}

int run_validate_command(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw, {}, {"--help", "--quiet"});
    if (args.has("--help")) {
        ctx.out << "Usage: ikit validate FILE…\n\nChecks that each kit file is well-formed and that every question has a\n"
                   "rubric whose levels are all anchored. Exit 0 when all are valid, 1 otherwise.\n";
        return kSuccess;
    }
    if (args.positionals().empty()) throw UsageError("give one or more kit files");
    check_kit_file_arguments(args);
    int invalid = 0;
    for (const auto& file : args.positionals()) {
        std::vector<std::string> warnings;
        try {
            const Kit kit = read_kit_file(file, &warnings);
            for (const auto& w : warnings) ctx.message() << "warning: " << w << "\n";
            const auto problems = validation_problems(kit);
            for (const auto& p : problems) ctx.message() << file << ": " << p << "\n";
            if (!problems.empty()) {
                ++invalid;
                continue;
            }
            if (!args.has("--quiet")) ctx.out << file << ": valid (" << kit.question_count() << " questions)\n";
        } catch (const Error& e) {
            ctx.message() << e.what() << "\n";
            ++invalid;
        }
    }
    return invalid ? kInvalidInput : kSuccess;
}

int run_show_command(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw, {}, {"--help"});
    if (args.has("--help")) {
        ctx.out << "Usage: ikit show FILE\n\nPrints a kit as readable text: its properties, its interview plan and\n"
                   "coverage matrix when it has one, and every question.\n";
        return kSuccess;
    }
    if (args.positionals().size() != 1) throw UsageError("give exactly one kit file");
    check_kit_file_arguments(args);
    const Kit kit = read_kit_file(args.positionals()[0]);
    const auto& p = kit.properties;
    auto& out = ctx.out;
    out << p.title << "\n" << std::string(std::min<std::size_t>(p.title.size(), 72), '=') << "\n";
    if (!p.role_name.empty()) out << "Role:      " << p.role_name << "\n";
    if (!p.stage.empty()) out << "Stage:     " << p.stage << "\n";
    out << "Length:    " << p.length_minutes << " minutes (" << kit.planned_minutes() << " planned, "
        << kit.question_count() << " questions)\n";
    if (!p.author.empty()) out << "Author:    " << p.author << "\n";
    if (!p.modified.empty()) out << "Modified:  " << p.modified << "\n";
    if (!kit.competencies.empty()) {
        std::vector<std::string> names;
        for (const auto& c : kit.competencies) names.push_back(c.name);
        out << "Covers:    " << join(names, ", ") << "\n";
    }
    write_plan_text(out, kit);
    if (!p.instructions.empty()) out << "\n" << p.instructions << "\n";
    const auto interview_of = interview_index_of_questions(kit);
    int number = 0;
    for (const auto& s : kit.sections) {
        out << "\n## " << s.title << "\n";
        for (const auto& q : s.questions) {
            out << "\n" << ++number << ". " << q.text << "  [" << q.minutes << " min, " << to_id(q.type);
            if (const auto it = interview_of.find(q.id); it != interview_of.end())
                out << ", " << kit.plan.interviews[it->second].name;
            else if (!kit.plan.empty())
                out << ", in no interview";
            out << "]\n";
            for (const auto& l : q.listen_for) out << "   listen for: " << l << "\n";
            for (const auto& pr : q.probes) out << "   probe: " << pr << "\n";
            for (const auto& r : q.red_flags) out << "   red flag: " << r << "\n";
            if (!q.rubric.empty()) {
                out << "   rubric: " << q.rubric.name << "\n";
                for (const auto& level : q.rubric.levels)
                    out << "     " << level.score << " " << level.label << ": " << level.anchor << "\n";
            }
        }
    }
    return kSuccess;
}

}  // namespace ikit::cli
