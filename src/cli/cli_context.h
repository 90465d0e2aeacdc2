#pragma once
/// \file cli_context.h
/// What every `ikit` command gets: its output streams, the program's data and the loaded library.

#include "bank/library_loader.h"
#include "io/data_paths.h"

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace ikit::cli {

/// Exit codes of `ikit`.
enum ExitCode { kSuccess = 0, kInvalidInput = 1, kUsage = 2 };

/// Shared state of one `ikit` run.
class Context {
public:
    /// Output goes to `out`, messages to `err`; data comes from `paths`; `extra_banks` come from --bank;
    /// `command` ("bank", "export", …) starts every message.
    Context(std::ostream& out, std::ostream& err, DataPaths paths, std::vector<std::string> extra_banks,
            std::string command);

    std::ostream& out;  ///< results
    std::ostream& err;  ///< errors and warnings

    /// Starts a line on `err` with "ikit COMMAND: ", as every message of the command starts.
    std::ostream& message();

    /// The shipped + user + --bank library, loaded on first use. A shipped or user bank file that fails
    /// is skipped with a warning; a file given with --bank that fails throws Error ("file:line: message").
    const LoadedLibrary& library();
    /// The data folders.
    const DataPaths& paths() const { return paths_; }
    /// The files given with --bank.
    const std::vector<std::string>& extra_banks() const { return extra_banks_; }

private:
    DataPaths paths_;
    std::vector<std::string> extra_banks_;
    std::string command_;
    std::unique_ptr<LoadedLibrary> library_;
};

/// `ikit bank …`
int run_bank_command(Context& context, const std::vector<std::string>& args);
/// `ikit rubric …`
int run_rubric_command(Context& context, const std::vector<std::string>& args);
/// `ikit new …`
int run_new_command(Context& context, const std::vector<std::string>& args);
/// `ikit validate FILE…`
int run_validate_command(Context& context, const std::vector<std::string>& args);
/// `ikit show FILE`
int run_show_command(Context& context, const std::vector<std::string>& args);
/// `ikit check FILE…`
int run_check_command(Context& context, const std::vector<std::string>& args);
/// `ikit export KIT -o OUT`
int run_export_command(Context& context, const std::vector<std::string>& args);
/// `ikit scores template|import|purge …`
int run_scores_command(Context& context, const std::vector<std::string>& args);
/// `ikit debrief FILE.iscore --kit KIT`
int run_debrief_command(Context& context, const std::vector<std::string>& args);
/// `ikit compare FILE.iscore… --kit KIT`
int run_compare_command(Context& context, const std::vector<std::string>& args);
/// `ikit calibration FILE.iscore…|FOLDER`
int run_calibration_command(Context& context, const std::vector<std::string>& args);

}  // namespace ikit::cli
