// `ikit debrief FILE.iscore --kit KIT`: one candidate's debrief as text, CSV or PDF.
#include "arg_parser.h"
#include "cli_context.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "export/debrief_pdf.h"
#include "output_target.h"
#include "print/print_language.h"
#include "path_arguments.h"
#include "score_inputs.h"
#include "scoring/asked_variants.h"
#include "serialize/kit_file.h"
#include "serialize/score_file.h"
#include "text_options.h"
#include "util/error.h"
#include "util/text.h"

namespace ikit::cli {

namespace {

// TRANSLATORS: help text: keep option names, values (text, csv, pdf, a4…) and placeholders (KIT, OUT, F, P, CODE, L) as written.
const char* kDebriefHelp = N_(R"(Usage: ikit debrief FILE.iscore --kit KIT [--format text|csv|pdf] [-o OUT] [--paper a4|letter]
                    [--font FILE.ttf] [--language CODE]

One candidate's debrief, combined by the rule of docs/scoring.md: the interviewer x competency grid with
each rating and its evidence, the median and range per competency, split / single-rater / no-evidence
flags, the recommendation tally, the composite, and the order in which to discuss the competencies
(splits first). A question with a pool of variants shows the variant asked, flagged when the
interviewers recorded different ones; a recorded variant the kit's pool no longer has is a warning.

  --kit KIT       the kit the candidate was scored with (required: score files hold the kit's title and
                  fingerprint, not the kit). When its questions or rubrics differ from those the scores
                  were entered against, a warning goes to standard error and into the debrief itself.
  --format F      text (default without -o), csv, or pdf (default with -o)
  -o OUT          write to OUT instead of standard output (a PDF needs -o; -o - writes it to standard
                  output); an existing file is replaced only when it is of the same kind
  --paper P       the PDF's paper (default: your locale's)
  --language L    the PDF's language: de, fr, es, en… (default: the kit's, else yours)
)");

}  // namespace

int run_debrief_command(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw, {"-o", "--output", "--kit", "--format", "--paper", "--font", "--language"}, {"--help"});
    if (args.has("--help")) {
        ctx.out << tr(kDebriefHelp);
        return kSuccess;
    }
    if (args.positionals().size() != 1) throw UsageError(tr("give exactly one score file (.iscore)"));
    check_text_options(args, {{"--format", kMaxNameChars}, {"--paper", kMaxNameChars}, {"--language", kMaxNameChars}});
    const std::string score_file = args.positionals()[0];
    check_path_argument(tr("the score file name"), score_file);
    if (!args.has("--kit")) throw UsageError(tr("missing --kit KIT: the kit the candidate was scored with"));
    const std::string kit_file = args.value("--kit");
    check_path_argument("--kit", kit_file);
    const ReportOutput report = report_output(args);
    const std::string& format = report.format;
    const std::string& output = report.output;
    ScorePdfOptions pdf = report.pdf;
    check_output(output, format == "pdf" ? FileKind::Pdf : FileKind::Other, {score_file, kit_file});

    const Kit kit = read_kit_file(kit_file);
    const ScoreSheet sheet = read_score_file(score_file);
    const Combination combination = combine(kit, sheet);
    const DebriefInput debrief{kit, sheet, combination, compare_kit_identity(sheet.kit, kit)};
    if (debrief.mismatch.any())
        ctx.message() << fill(tr("warning: {1}: {2}"), {score_file, debrief.mismatch.message(sheet.kit, kit_identity(kit))}) << "\n";
    std::vector<std::string> variant_warnings;  // a recorded variant the kit's pool no longer has (issue 19)
    asked_variants(kit, sheet, &variant_warnings);
    for (const auto& w : variant_warnings) ctx.message() << fill(tr("warning: {1}: {2}"), {score_file, w}) << "\n";
    std::string bytes;
    if (format == "text") bytes = debrief_text(debrief);
    else if (format == "csv") bytes = debrief_csv(debrief);
    else {
        pdf.labels = print_translator(kit, report.language);
        ScorePdf rendered = render_debrief_pdf(debrief, pdf);
        for (const auto& w : rendered.warnings) ctx.message() << fill(tr("warning: {1}"), {w}) << "\n";
        bytes = std::move(rendered.bytes);
    }
    write_result(ctx, output, bytes, !is_standard_output(output));
    return kSuccess;
}

}  // namespace ikit::cli
