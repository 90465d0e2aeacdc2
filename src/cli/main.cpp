// The `ikit` program: the command line face of Interview Kit Builder.
#include "ikit_cli.h"
#include "io/native_path.h"

#include <iostream>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(true);
    ikit::use_utf8_console();
    // UTF-8 on every platform (on Windows read again from the UTF-16 command line).
    const std::vector<std::string> all = ikit::utf8_arguments(argc, argv);
    const std::vector<std::string> args(all.begin() + (all.empty() ? 0 : 1), all.end());
    return ikit::cli::run_ikit(args, std::cout, std::cerr, all.empty() ? "" : all.front());
}
