// `ikit rubric list|show`: the rubrics that can be attached to questions.
#include "arg_parser.h"
#include "cli_context.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
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
    if (raw.empty()) throw UsageError(tr("missing subcommand: list or show"));
    Args args(std::vector<std::string>(raw.begin() + 1, raw.end()), {}, {"--help"});
    const std::string sub = raw[0];
    check_text(tr("the subcommand"), sub, kMaxNameChars);
    if (sub == "--help" || args.has("--help")) {
        ctx.out << tr("Usage: ikit rubric list\n       ikit rubric show ID\n\n"
                      "Lists the rubric library (shipped rubrics and your own in ~/.local/share/interview-kit-builder/rubrics)\n"
                      "or shows one rubric's levels and anchors.\n");
        return kSuccess;
    }
    const auto& library = ctx.library().rubrics;
    if (sub == "list") {
        std::size_t id_width = 20;
        for (const auto& r : library.rubrics()) id_width = std::max(id_width, r.id.size());
        for (const auto& r : library.rubrics()) {
            std::string levels = std::to_string(r.levels.size());
            if (levels.size() < 2) levels.insert(0, 1, ' ');
            ctx.out << std::left << std::setw(static_cast<int>(id_width + 2)) << r.id
                    << fill(trn("{1} level", "{1} levels", r.levels.size()), {levels}) << "  " << r.name << "\n";
        }
        ctx.out << fill(trn("{1} rubric", "{1} rubrics", library.rubrics().size()), {std::to_string(library.rubrics().size())})
                << "\n";
        return kSuccess;
    }
    if (sub == "show") {
        if (args.positionals().size() != 1) throw UsageError(tr("give exactly one rubric id (see ikit rubric list)"));
        check_text(tr("the rubric id"), args.positionals()[0], kMaxNameChars);
        const Rubric* r = library.find(args.positionals()[0]);
        if (!r) throw Error(fill(tr("no rubric with id \"{1}\""), {args.positionals()[0]}));
        ctx.out << r->name << " (" << r->id << ")\n";
        if (!r->description.empty()) ctx.out << r->description << "\n";
        ctx.out << "\n";
        for (const auto& level : r->levels) ctx.out << "  " << level.score << " " << level.label << ": " << level.anchor << "\n";
        if (!r->examples.empty()) ctx.out << "\n" << tr("Example answers:") << "\n";
        for (const auto& example : r->examples) ctx.out << "  " << example.score << ": " << example.text << "\n";
        print_problems(ctx, *r);
        return kSuccess;
    }
    throw UsageError(fill(tr("unknown subcommand \"{1}\": use list or show"), {sub}));
}

}  // namespace ikit::cli
