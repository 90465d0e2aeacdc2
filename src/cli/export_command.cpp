// `ikit export KIT -o OUT`: printable scorecards and interviewer guides.
#include "arg_parser.h"
#include "cli_context.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/native_path.h"
#include "loop_export.h"
#include "output_target.h"
#include "path_arguments.h"
#include "score_inputs.h"
#include "checks/kit_errors.h"
#include "model/variant_choice.h"
#include "print/print_job.h"
#include "serialize/question_rules_reader.h"
#include "serialize/kit_file.h"
#include "util/error.h"
#include "util/text.h"
#include "text_options.h"

#include <cctype>
#include <filesystem>
#include <optional>
#include <set>

namespace fs = std::filesystem;

namespace ikit::cli {

namespace {

// TRANSLATORS: help text: keep option names, values (scorecard, guide, a4…) and placeholders (KIT, OUT.pdf, DIR/, NAME, FILE, CODE…) as written.
const char* kExportHelp = N_(R"(Usage: ikit export KIT -o OUT.pdf [--kind scorecard|guide] [--paper a4|letter]
                   [--candidate NAME] [--rotation candidate|fixed] [--interviewer NAME]…
                   [--date YYYY-MM-DD] [--font FILE.ttf] [--language CODE]
       ikit export KIT --interview NAME -o OUT.pdf|DIR/ [--kind …] [--interviewer NAME]… [--candidate …]
       ikit export KIT --all-interviews -o DIR/ [--kind scorecard|guide]
       ikit export KIT --agenda [--candidate NAME] [--date YYYY-MM-DD] -o OUT.pdf
       ikit export KIT --candidates FILE.csv -o DIR/ [--merge]

Prints a kit as PDF. A scorecard is for the interview room (one per interviewer: give --interviewer several
times for one PDF with a scorecard each, or -o DIR/ for one file each); the guide is for preparation.
The paper defaults to the kit's setting, else your locale's (US Letter in North America, A4 elsewhere).

  -o OUT.pdf        the PDF to write; - for standard output (one PDF, a scorecard per interviewer);
                    DIR/ for one file per interviewer, named after the kit and the interviewer (names
                    that collide get -2, -3, …). An existing file is replaced only when it is a PDF;
                    never the kit itself, a device, pipe or socket.
  --candidate NAME  the candidate's name, at most 200 characters; a question with a pool of variants
                    prints the variant chosen for this candidate (the same on every run)
  --rotation R      candidate (default) or fixed: always the first member of each pool
  --interviewer N   an interviewer's name, at most 200 characters (may be repeated)
  --language L      the language of the printed labels and dates: de, fr, es, en… (default: the kit's
                    language, else yours); the kit's own text prints as written
  --allow-errors    print even when the kit check finds errors (otherwise they are listed on standard
                    error, nothing is written, and the exit code is 1)

A kit with an interview plan (a loop of interviews) prints per interview: each scorecard holds only its
interview's questions and a box with its focus competencies; the guide covers the loop (its interviews and
coverage matrix) and then each interview. Without --interview, the scorecards of every interview come in
loop order, one per interviewer slot (-o DIR/: one file per interview and interviewer).
  --interview NAME  one interview of the plan, by name (case ignored); --interviewer replaces its slots
  --all-interviews  one file per interview and interviewer (scorecards) or per interview (--kind guide)
  --agenda          the candidate's one-page agenda: whom they meet, in what order, for how long and what
                    each conversation is about (competencies, never the questions)
  --candidates F    a candidate list (CSV: a "candidate" column, optional "date" and "interviewer:<interview
                    name>" columns; see candidates-csv.md): DIR/<candidate>/ with the agenda and each
                    interviewer's scorecard, each question of a pool in the variant chosen for that
                    candidate (--rotation fixed: the first); nothing is written when a row is wrong
  --kind guide --candidates F -o OUT.pdf
                    the hiring manager's sheet of who is asked what: for each question with a pool of
                    variants, its wordings, then a table of the list's candidates and the variant each is
                    asked (the same choice the candidates' scorecards print)
  --merge           with --candidates: one print-ready PDF per candidate, DIR/<candidate>.pdf
Texts must be valid UTF-8 on one line, without control characters. Every option but --interviewer
may be given once.
)");

bool valid_date(const std::string& d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(d[i]))) return false;
    const int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/// One PDF to write and the interviewers it has a scorecard for.
struct PdfTarget {
    std::string path;
    std::vector<std::string> interviewers;
};

/// The PDFs of `-o DIR/`: one per interviewer for a scorecard with several, else one; named after the kit
/// file and the interviewer, unique within the run (one `taken` set: colliding names get -2, -3, …).
std::vector<PdfTarget> folder_targets(const std::string& folder, const std::string& kit_file, PdfKind kind,
                                      const std::vector<std::string>& interviewers) {
    const std::string stem = print_file_stem(path_to_utf8(path_from_utf8(kit_file).stem()));
    std::set<std::string> taken;
    std::vector<PdfTarget> targets;
    if (kind == PdfKind::Scorecard && interviewers.size() > 1) {
        for (const auto& name : interviewers)
            targets.push_back({path_to_utf8(path_from_utf8(folder) / path_from_utf8(print_file_name(stem, kind, name, taken))), {name}});
    } else {
        targets.push_back({path_to_utf8(path_from_utf8(folder) / path_from_utf8(print_file_name(stem, kind, "", taken))), interviewers});
    }
    return targets;
}

/// A kit the checks call wrong (a question about a protected topic, say) is not printed unseen: lists its errors
/// and returns true when it has any.
bool refuse_kit_with_errors(Context& ctx, const std::string& kit_file, const Kit& kit, const QuestionRules& rules) {
    const auto errors = kit_errors(kit, rules);
    if (errors.empty()) return false;
    ctx.message() << fill(trn("{1}: not exported: the kit check finds {2} error (fix them, or give --allow-errors to print anyway)",
                              "{1}: not exported: the kit check finds {2} errors (fix them, or give --allow-errors to print anyway)",
                              errors.size()),
                          {kit_file, std::to_string(errors.size())})
                  << "\n";
    for (const auto& line : error_lines(kit, errors)) ctx.message() << fill(tr("{1}: error: {2}"), {kit_file, line}) << "\n";
    return true;
}

}  // namespace

int run_export_command(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw,
              {"-o", "--output", "--kind", "--paper", "--candidate", "--rotation", "--interviewer", "--date", "--font", "--interview",
               "--candidates", "--language"},
              {"--help", "--allow-errors", "--all-interviews", "--agenda", "--merge"}, {"--interviewer"});
    if (args.has("--help")) {
        ctx.out << tr(kExportHelp);
        return kSuccess;
    }
    if (args.positionals().size() != 1) throw UsageError(tr("give exactly one kit file"));
    check_text_options(args, {{"--candidate", kMaxNameChars},
                              {"--interviewer", kMaxNameChars},
                              {"--date", kMaxNameChars},
                              {"--kind", kMaxNameChars},
                              {"--paper", kMaxNameChars},
                              {"--interview", kMaxNameChars},
                              {"--rotation", kMaxNameChars},
                              {"--language", kMaxNameChars}});
    const auto rotation = rotation_from_id(args.value("--rotation", "candidate"));
    if (!rotation) throw UsageError(fill(tr("--rotation must be candidate or fixed, not \"{1}\""), {args.value("--rotation")}));
    const std::string kit_file = args.positionals()[0];
    check_path_argument(tr("the kit file name"), kit_file);
    if (args.has("--font")) check_path_argument("--font", args.value("--font"));
    if (!args.has("-o")) throw UsageError(tr("missing -o OUT.pdf"));
    const std::string output = args.value("-o");
    check_path_argument("-o", output);
    PdfKind kind;
    std::optional<Paper> paper;
    try {
        kind = pdf_kind_from_id(args.value("--kind", "scorecard"));
        if (args.has("--paper")) paper = paper_from_id(args.value("--paper"));
    } catch (const Error& e) {
        throw UsageError(e.what());
    }
    const std::string language = language_option(args);
    const std::string date = args.value("--date");
    if (!date.empty() && !valid_date(date)) throw UsageError(fill(tr("--date must be YYYY-MM-DD, not \"{1}\""), {date}));

    LoopExportRequest loop{kit_file, output, kind, paper, date,
                           args.has("--font") ? args.value("--font") : ctx.paths().font_file(), language};
    if (uses_loop_options(args)) {
        check_loop_usage(args, loop);
        const Kit file_kit = read_kit_file(kit_file);
        const QuestionRules rules = read_question_rules_file(ctx.paths().question_rules_file());
        if (!args.has("--allow-errors") && refuse_kit_with_errors(ctx, kit_file, file_kit, rules)) return kInvalidInput;
        // A candidate list chooses each candidate's variants itself (print/candidate_batch.h).
        if (args.has("--candidates")) return run_loop_export(ctx, args, loop, file_kit);
        return run_loop_export(ctx, args, loop, kit_for_candidate(file_kit, args.value("--candidate"), *rotation));
    }

    // Where each PDF goes, checked before any work.
    const bool to_stdout = is_standard_output(output);
    std::error_code folder_ec;
    const bool is_folder = fs::is_directory(output, folder_ec);
    const bool to_folder = !to_stdout && (output.back() == '/' || is_folder);
    if (to_folder && !is_folder) throw Error(output, 0, tr("cannot export: the folder does not exist"));
    if (!to_folder && !to_stdout) check_output_path_argument("-o", output);
    const auto& interviewers = args.values("--interviewer");
    const std::vector<PdfTarget> targets =
        to_folder ? folder_targets(output, kit_file, kind, interviewers) : std::vector<PdfTarget>{{output, interviewers}};
    if (!to_stdout)
        for (const auto& target : targets)
            check_output_target("-o", target.path, FileKind::Pdf, {kit_file, args.value("--font")});

    const Kit file_kit = read_kit_file(kit_file);
    const QuestionRules rules = read_question_rules_file(ctx.paths().question_rules_file());
    if (!args.has("--allow-errors") && refuse_kit_with_errors(ctx, kit_file, file_kit, rules)) return kInvalidInput;
    // The candidate's member of each question pool (the first without a candidate or with --rotation fixed).
    const Kit kit = kit_for_candidate(file_kit, args.value("--candidate"), *rotation);
    // A kit with a plan prints its scorecards per interview.
    if (!kit.plan.empty() && kind == PdfKind::Scorecard) return run_loop_export(ctx, args, loop, kit);
    PrintContext context;
    context.today = today_iso_date();
    context.font_file = args.has("--font") ? args.value("--font") : ctx.paths().font_file();
    context.language = language;
    if (kind == PdfKind::Guide) context.rules = &rules;
    PdfOptions options = print_options_for(kit, kind, context);
    if (paper) options.paper = *paper;
    options.date = date;
    options.candidate = args.value("--candidate");

    if (to_stdout) {
        options.interviewers = interviewers;  // one PDF, a scorecard per interviewer
        const PdfResult result = render_pdf(kit, options);
        for (const auto& w : result.warnings) ctx.message() << fill(tr("warning: {1}"), {w}) << "\n";
        ctx.out.write(result.bytes.data(), static_cast<std::streamsize>(result.bytes.size()));
        return kSuccess;
    }
    for (const auto& target : targets) {
        options.interviewers = target.interviewers;
        const PdfResult result = export_pdf(kit, options, target.path);
        for (const auto& w : result.warnings) ctx.message() << fill(tr("warning: {1}"), {w}) << "\n";
        ctx.out << fill(trn("wrote {1} ({2} page, {3} KB)", "wrote {1} ({2} pages, {3} KB)", static_cast<unsigned long>(result.pages)),
                        {target.path, std::to_string(result.pages), std::to_string((result.bytes.size() + 1023) / 1024)})
                << "\n";
    }
    return kSuccess;
}

}  // namespace ikit::cli
