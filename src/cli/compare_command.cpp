// `ikit compare FILE.iscore… --kit KIT`: candidates side by side, ranked by composite.
#include "arg_parser.h"
#include "cli_context.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "export/debrief_pdf.h"
#include "output_target.h"
#include "print/print_language.h"
#include "path_arguments.h"
#include "score_inputs.h"
#include "serialize/kit_file.h"
#include "text_options.h"
#include "util/error.h"
#include "util/text.h"

namespace ikit::cli {

namespace {

// TRANSLATORS: help text: keep option names, values, CSV column names and placeholders (KIT, OUT, F, FOLDER, CODE, L) as written.
const char* kCompareHelp = N_(R"(Usage: ikit compare FILE.iscore…|FOLDER --kit KIT [--format text|csv|pdf] [-o OUT] [--paper a4|letter]
                    [--language CODE]

Candidates scored with one kit, one row each: the composite, the rank (equal composites share a rank),
each competency's panel score and flags, and the row's flags. Incomplete scorecards and score files
entered against a changed kit are shown and flagged, never left out; a file that cannot be read stops the
command (exit 1) with its error. When the kit has questions with a pool of variants, a table gives the
variant each candidate was asked (as their score files record it); candidates asked different variants
stay comparable, since a pool's variants are scored on the same rubric anchors.

  --kit KIT    the kit (required): every file is combined against it (docs/scoring.md)
  --format F   text (default without -o), csv (candidate,composite,rank,<competency id>…,flags, then
               variant:<question id> per pooled question) or pdf (default with -o)
  -o OUT       write to OUT instead of standard output (a PDF needs -o; -o - writes it to standard output)
  --language L the PDF's language: de, fr, es, en… (default: the kit's, else yours)
A FOLDER stands for the score files (*.iscore) in it.
)");

}  // namespace

int run_compare_command(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw, {"-o", "--output", "--kit", "--format", "--paper", "--font", "--language"}, {"--help"});
    if (args.has("--help")) {
        ctx.out << tr(kCompareHelp);
        return kSuccess;
    }
    check_text_options(args, {{"--format", kMaxNameChars}, {"--paper", kMaxNameChars}, {"--language", kMaxNameChars}});
    language_option(args);  // a bad --language is refused before any file is read
    if (!args.has("--kit")) throw UsageError(tr("missing --kit KIT: the kit the candidates were scored with"));
    const std::string kit_file = args.value("--kit");
    check_path_argument("--kit", kit_file);
    const std::vector<std::string> paths = score_file_paths(args.positionals(), false);
    const ReportOutput report = report_output(args);
    const std::string& format = report.format;
    const std::string& output = report.output;
    ScorePdfOptions pdf = report.pdf;
    std::vector<std::string> inputs = paths;
    inputs.push_back(kit_file);
    check_output(output, format == "pdf" ? FileKind::Pdf : FileKind::Other, inputs);

    const Kit kit = read_kit_file(kit_file);
    const std::vector<ScoreSheet> sheets = read_score_files(ctx, paths);
    const Comparison comparison = compare_candidates(kit, sheets);
    for (const auto& row : comparison.rows)
        if (row.mismatch.questions)
            ctx.message() << fill(tr("warning: {1}: {2}"),
                                  {paths[row.sheet], row.mismatch.message(sheets[row.sheet].kit, kit_identity(kit))})
                          << "\n";
    std::string bytes;
    if (format == "text") bytes = comparison_text(kit, comparison);
    else if (format == "csv") bytes = comparison_csv(comparison);
    else {
        pdf.labels = print_translator(kit, report.language);
        ScorePdf rendered = render_comparison_pdf(kit, comparison, pdf);
        for (const auto& w : rendered.warnings) ctx.message() << fill(tr("warning: {1}"), {w}) << "\n";
        bytes = std::move(rendered.bytes);
    }
    write_result(ctx, output, bytes, !is_standard_output(output));
    return kSuccess;
}

}  // namespace ikit::cli
