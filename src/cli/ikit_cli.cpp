#include "ikit_cli.h"

#include "arg_parser.h"
#include "cli_context.h"
#include "util/error.h"
#include "util/version.h"

namespace ikit::cli {

namespace {

const char* kMainHelp = R"(Usage: ikit [--bank FILE]… COMMAND [ARGS]

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

Options:
  --bank FILE    also load this bank file (may be repeated)
  --help         show help (also after a command: ikit bank list --help)
  --version      show the version

Exit codes: 0 success, 1 invalid input (bad file, failed validation or check), 2 usage error.
)";

}  // namespace

int run_ikit(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const std::string& executable,
             const std::string& data_dir) {
    std::vector<std::string> extra_banks;
    std::size_t i = 0;
    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h" || a == "help") {
            out << kMainHelp;
            return kSuccess;
        }
        if (a == "--version") {
            out << "ikit (" << product_name() << ") " << version() << "\n";
            return kSuccess;
        }
        if (a == "--bank" && i + 1 < args.size()) {
            extra_banks.push_back(args[++i]);
        } else if (a.rfind("--bank=", 0) == 0) {
            extra_banks.push_back(a.substr(7));
        } else if (!a.empty() && a[0] == '-') {
            err << "ikit: unknown option " << a << " (see ikit --help)\n";
            return kUsage;
        } else {
            break;
        }
    }
    if (i >= args.size()) {
        err << kMainHelp;
        return kUsage;
    }
    const std::string command = args[i];
    const std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
    try {
        Context context(out, err, DataPaths(executable, data_dir), extra_banks);
        if (command == "bank") return run_bank_command(context, rest);
        if (command == "rubric") return run_rubric_command(context, rest);
        if (command == "new") return run_new_command(context, rest);
        if (command == "validate") return run_validate_command(context, rest);
        if (command == "show") return run_show_command(context, rest);
        if (command == "check") return run_check_command(context, rest);
        if (command == "export") return run_export_command(context, rest);
        throw UsageError("unknown command \"" + command + "\" (see ikit --help)");
    } catch (const UsageError& e) {
        err << "ikit " << command << ": " << e.what() << "\n";
        return kUsage;
    } catch (const Error& e) {
        err << "ikit " << command << ": " << e.what() << "\n";
        return kInvalidInput;
    } catch (const std::exception& e) {
        err << "ikit " << command << ": unexpected error: " << e.what() << "\n";
        return kInvalidInput;
    }
}

}  // namespace ikit::cli
