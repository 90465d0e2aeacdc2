// `ikit calibration FILE.iscore…|FOLDER`: how each interviewer rates compared with their panels.
#include "arg_parser.h"
#include "cli_context.h"
#include "output_target.h"
#include "score_inputs.h"
#include "scoring/score_reports.h"
#include "serialize/score_file.h"
#include "text_options.h"
#include "util/error.h"
#include "util/text.h"

namespace ikit::cli {

namespace {

const char* kCalibrationHelp = R"(Usage: ikit calibration FILE.iscore…|FOLDER… [--format text|csv] [-o OUT]

Per interviewer, over the score files given (a FOLDER stands for every *.iscore in it and its
sub-folders): scorecards written, mean rating, spread (standard deviation), the mean difference from the
panel's median on the same candidates (+ lenient, - severe), the candidates compared, and the share of
"no evidence". Advice is given when an interviewer differs from the panel by 1 point or more on average
over at least 5 candidates. No kit is needed (docs/scoring.md, "Calibration"). A file that cannot be read
stops the command (exit 1) with its error.
)";

}  // namespace

int run_calibration_command(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw, {"-o", "--output", "--format"}, {"--help"});
    if (args.has("--help")) {
        ctx.out << kCalibrationHelp;
        return kSuccess;
    }
    check_text_options(args, {{"--format", kMaxNameChars}});
    const std::vector<std::string> paths = score_file_paths(args.positionals(), true);
    const std::string format = args.value("--format", "text");
    if (format != "text" && format != "csv") throw UsageError("--format must be text or csv, not \"" + shorten(format, 40) + "\"");
    const std::string output = args.value("-o", "-");
    check_output(output, FileKind::Other, paths);

    CalibrationBuilder builder;
    std::size_t failed = 0;
    for (const auto& path : paths) {
        try {
            builder.add(read_score_file(path));
        } catch (const Error& e) {
            ctx.message() << e.what() << "\n";
            ++failed;
        }
    }
    if (failed)
        throw Error(std::to_string(failed) + " of " + std::to_string(paths.size()) +
                    " score files could not be read: nothing written");
    const auto interviewers = builder.result();
    const std::string bytes = format == "csv" ? calibration_csv(interviewers) : calibration_text(interviewers, builder.sheets());
    write_result(ctx, output, bytes, !is_standard_output(output));
    return kSuccess;
}

}  // namespace ikit::cli
