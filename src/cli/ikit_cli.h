#pragma once
/// \file ikit_cli.h
/// The `ikit` command line as a function, so tests run it in-process.

#include <ostream>
#include <string>
#include <vector>

namespace ikit::cli {

/// Runs `ikit` with `args` (without the program name); returns the exit code
/// (0 success, 1 invalid input, 2 usage error). Results go to `out`, errors to `err`. The shipped data is
/// looked for in `data_dir` first (the program passes $IKIT_DATA_DIR), then relative to `executable`.
int run_ikit(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
             const std::string& executable = "", const std::string& data_dir = "");

}  // namespace ikit::cli
