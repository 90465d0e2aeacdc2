#include "ikit_cli.h"

#include "arg_parser.h"
#include "cli_context.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/os_error.h"
#include "path_arguments.h"
#include "text_options.h"
#include "util/error.h"
#include "util/version.h"

#include <algorithm>
#include <filesystem>
#include <map>

namespace ikit::cli {

namespace {

// TRANSLATORS: keep command names, option names and placeholders (FILE, ID, KIT, OUT.pdf…) as written.
const char* kMainHelp = N_(R"(Usage: ikit [--bank FILE]… COMMAND [ARGS]

Build structured interview kits from a question bank, check them, and print scorecards.

Commands:
  bank list      list bank questions (filters: --role, --competency, --type, --search)
  bank show ID   show one bank question with its interviewer notes
  bank stats     questions per role, competency and type
  rubric list    list the rubrics that can be attached
  rubric show ID show a rubric's levels and anchors
  new            assemble a kit from the bank (--role, --competency, --minutes, --title, -o)
  validate FILE… check that kit files are well-formed and every question has an anchored rubric
  show FILE      print a kit as readable text
  check FILE…    find problems in kits: coverage, time, scoring, duplicates, wording, protected topics
  export KIT     print a scorecard or interviewer guide as PDF (-o OUT.pdf)
  scores …       template KIT (a spreadsheet to fill in), import KIT FILE.csv (into a score file),
                 purge FOLDER --before DATE (delete old score files)
  debrief FILE.iscore --kit KIT   one candidate's debrief as text, CSV or PDF
  compare FILE.iscore… --kit KIT  candidates side by side, ranked by composite
  calibration FILE.iscore…|FOLDER how each interviewer rates compared with their panels

Options:
  --bank FILE    also load this bank file (before the command; may be repeated); every command then
                 reads it and stops with exit 1 when it is broken
  --help         show help (also after a command: ikit bank list --help)
  --version      show the version

Options that take one value may be given once; those marked "may be repeated" more often.
-o - writes the result (a kit, a PDF) to standard output. -o never replaces a device, pipe, socket or
folder, an input file, or an existing file of another kind (a PDF does not replace a kit).
Texts given on the command line must be valid UTF-8 on one line, without control characters.

Exit codes: 0 success, 1 invalid input (bad file, failed validation or check, output that could not be
written), 2 usage error (also a refused -o or text). Errors go to stderr, one line each.
)");

using CommandFunction = int (*)(Context&, const std::vector<std::string>&);

/// The command called `name`, or nullptr.
CommandFunction command_named(const std::string& name) {
    static const std::map<std::string, CommandFunction> commands = {
        {"bank", run_bank_command},         {"rubric", run_rubric_command}, {"new", run_new_command},
        {"validate", run_validate_command}, {"show", run_show_command},     {"check", run_check_command},
        {"export", run_export_command}};
    static const std::map<std::string, CommandFunction> score_commands = {
        {"scores", run_scores_command}, {"debrief", run_debrief_command},
        {"compare", run_compare_command}, {"calibration", run_calibration_command}};
    if (const auto it = score_commands.find(name); it != score_commands.end()) return it->second;
    const auto it = commands.find(name);
    return it == commands.end() ? nullptr : it->second;
}

bool asks_for_help(const std::vector<std::string>& args) {
    return std::find(args.begin(), args.end(), "--help") != args.end();
}

}  // namespace

int run_ikit(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const std::string& executable,
             const std::string& data_dir) {
    std::vector<std::string> extra_banks;
    std::size_t i = 0;
    try {
        for (; i < args.size(); ++i) {
            const std::string& a = args[i];
            if (a == "--help" || a == "-h" || a == "help") {
                out << tr(kMainHelp);
                return kSuccess;
            }
            if (a == "--version") {
                out << "ikit (" << product_name() << ") " << version() << "\n";
                return kSuccess;
            }
            if (a == "--bank" || a.rfind("--bank=", 0) == 0) {
                if (a == "--bank" && i + 1 >= args.size()) throw UsageError(tr("--bank needs a value (a bank file)"));
                const std::string file = a == "--bank" ? args[++i] : a.substr(7);
                check_path_argument("--bank", file);
                extra_banks.push_back(file);
            } else if (!a.empty() && a[0] == '-') {
                throw UsageError(fill(tr("unknown option {1} (see ikit --help)"), {a}));
            } else {
                break;
            }
        }
    } catch (const UsageError& e) {
        err << "ikit: " << e.what() << "\n";
        return kUsage;
    }
    if (i >= args.size()) {
        err << tr(kMainHelp);
        return kUsage;
    }
    const std::string command = args[i];
    const std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
    try {
        check_text(tr("the command"), command, kMaxNameChars);  // it starts every message: never echo raw bytes
    } catch (const UsageError& e) {
        err << "ikit: " << e.what() << "\n";
        return kUsage;
    }
    Context context(out, err, DataPaths(executable, data_dir), extra_banks, command);
    try {
        const CommandFunction run = command_named(command);
        if (!run) throw UsageError(fill(tr("unknown command \"{1}\" (see ikit --help)"), {command}));
        // Every command given a bank reads it, and does nothing else when it is broken.
        if (!extra_banks.empty() && !asks_for_help(rest)) context.library();
        return run(context, rest);
    } catch (const UsageError& e) {
        context.message() << e.what() << "\n";
        return kUsage;
    } catch (const Error& e) {
        context.message() << e.what() << "\n";
        return kInvalidInput;
    } catch (const std::filesystem::filesystem_error& e) {
        context.message() << path_for_message(e.path1().string()) << ": " << os_error_reason(e.code().value()) << "\n";
        return kInvalidInput;
    } catch (const std::exception& e) {
        context.message() << fill(tr("unexpected error: {1}"), {e.what()}) << "\n";
        return kInvalidInput;
    }
}

}  // namespace ikit::cli
