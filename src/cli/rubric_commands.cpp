// `ikit rubric list|show`: the rubrics that can be attached to questions.
#include "arg_parser.h"
#include "cli_context.h"
#include "text_options.h"
#include "checks/rubric_rules.h"
#include "util/error.h"

#include <algorithm>
#include <iomanip>

namespace ikit::cli {

namespace {

void print_problems(Context& ctx, const Rubric& r) {
    for (const auto& p : check_rubric(r)) ctx.out << "  ! " << p.message << "\n";
}

}  // namespace

int run_rubric_command(Context& ctx, const std::vector<std::string>& raw) {
    if (raw.empty()) throw UsageError("missing subcommand: list or show");
    Args args(std::vector<std::string>(raw.begin() + 1, raw.end()), {}, {"--help"});
    const std::string sub = raw[0];
    check_text("the subcommand", sub, kMaxNameChars);
    if (sub == "--help" || args.has("--help")) {
        ctx.out << "Usage: ikit rubric list\n       ikit rubric show ID\n\n"
                   "Lists the rubric library (shipped rubrics and your own in ~/.local/share/interview-kit-builder/rubrics)\n"
                   "or shows one rubric's levels and anchors.\n";
        return kSuccess;
    }
    const auto& library = ctx.library().rubrics;
    if (sub == "list") {
        std::size_t id_width = 20;
        for (const auto& r : library.rubrics()) id_width = std::max(id_width, r.id.size());
        for (const auto& r : library.rubrics())
            ctx.out << std::left << std::setw(static_cast<int>(id_width + 2)) << r.id << std::right << std::setw(2) << r.levels.size() << " levels  " << std::left << r.name << "\n";
        ctx.out << library.rubrics().size() << " rubrics\n";
        return kSuccess;
    }
    if (sub == "show") {
        if (args.positionals().size() != 1) throw UsageError("give exactly one rubric id (see ikit rubric list)");
        check_text("the rubric id", args.positionals()[0], kMaxNameChars);
        const Rubric* r = library.find(args.positionals()[0]);
        if (!r) throw Error("no rubric with id \"" + args.positionals()[0] + "\"");
        ctx.out << r->name << " (" << r->id << ")\n";
        if (!r->description.empty()) ctx.out << r->description << "\n";
        ctx.out << "\n";
        for (const auto& level : r->levels) ctx.out << "  " << level.score << " " << level.label << ": " << level.anchor << "\n";
        if (!r->examples.empty()) ctx.out << "\nExample answers:\n";
        for (const auto& example : r->examples) ctx.out << "  " << example.score << ": " << example.text << "\n";
        print_problems(ctx, *r);
        return kSuccess;
    }
    throw UsageError("unknown subcommand \"" + sub + "\": use list or show");
}

}  // namespace ikit::cli
