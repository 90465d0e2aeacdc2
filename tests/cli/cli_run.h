#pragma once
// Runs `ikit` in-process and captures what it printed.

#include "ikit_cli.h"

#include <sstream>
#include <string>
#include <vector>

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

inline CliRun ikit_run(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    CliRun r;
    r.code = ikit::cli::run_ikit(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

inline std::string output_dir(const std::string& name) {
    const std::string dir = std::string(IKIT_TEST_OUTPUT_DIR) + "/cli-" + name;
    std::string cmd = "rm -rf '" + dir + "' && mkdir -p '" + dir + "'";
    if (std::system(cmd.c_str()) != 0) return "/tmp";
    return dir;
}

inline int count_lines(const std::string& s) {
    int n = 0;
    for (char c : s) n += c == '\n';
    return n;
}
