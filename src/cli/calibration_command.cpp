// `ikit calibration FILE.iscore…|FOLDER`: how each interviewer rates compared with their panels.
#include "arg_parser.h"
#include "cli_context.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "output_target.h"
#include "score_inputs.h"
#include "scoring/score_reports.h"
#include "serialize/score_file.h"
#include "text_options.h"
#include "util/error.h"
#include "util/text.h"

#include <functional>
#include <thread>

namespace ikit::cli {

namespace {

// TRANSLATORS: help text: keep option names, values and placeholders (FOLDER, OUT) as written.
const char* kCalibrationHelp = N_(R"(Usage: ikit calibration FILE.iscore…|FOLDER… [--format text|csv] [-o OUT]

Per interviewer, over the score files given (a FOLDER stands for every *.iscore in it and its
sub-folders): scorecards written, mean rating, spread (standard deviation), the mean difference from the
panel's median on the same candidates (+ lenient, - severe), the candidates compared, and the share of
"no evidence". Advice is given when an interviewer differs from the panel by 1 point or more on average
over at least 5 candidates. No kit is needed (docs/scoring.md, "Calibration"). A file that cannot be read
stops the command (exit 1) with its error.
)");

}  // namespace

int run_calibration_command(Context& ctx, const std::vector<std::string>& raw) {
    Args args(raw, {"-o", "--output", "--format"}, {"--help"});
    if (args.has("--help")) {
        ctx.out << tr(kCalibrationHelp);
        return kSuccess;
    }
    check_text_options(args, {{"--format", kMaxNameChars}});
    const std::vector<std::string> paths = score_file_paths(args.positionals(), true);
    const std::string format = args.value("--format", "text");
    if (format != "text" && format != "csv")
        throw UsageError(fill(tr("--format must be text or csv, not \"{1}\""), {shorten(format, 40)}));
    const std::string output = args.value("-o", "-");
    check_output(output, FileKind::Other, paths);

    // Two threads, each reading one half of the list in order; the halves are merged first half first, so the
    // report is the same as reading the files one after the other.
    const std::size_t half = paths.size() / 2;
    std::vector<std::string> errors(paths.size());
    CalibrationBuilder first, second;
    auto read_range = [&](CalibrationBuilder& builder, std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            try {
                builder.add(read_score_file(paths[i]));
            } catch (const Error& e) {
                errors[i] = e.what();
            } catch (const std::exception& e) {
                errors[i] = paths[i] + ": " + e.what();
            }
        }
    };
    std::thread helper(read_range, std::ref(second), half, paths.size());
    read_range(first, 0, half);
    helper.join();
    std::size_t failed = 0;
    for (const auto& error : errors)
        if (!error.empty()) {
            ctx.message() << error << "\n";
            ++failed;
        }
    if (failed)
        throw Error(fill(trn("{1} of {2} score file could not be read: nothing written",
                             "{1} of {2} score files could not be read: nothing written", paths.size()),
                         {std::to_string(failed), std::to_string(paths.size())}));
    CalibrationBuilder& builder = first;
    builder.merge(second);
    const auto interviewers = builder.result();
    const std::string bytes = format == "csv" ? calibration_csv(interviewers) : calibration_text(interviewers, builder.sheets());
    write_result(ctx, output, bytes, !is_standard_output(output));
    return kSuccess;
}

}  // namespace ikit::cli
