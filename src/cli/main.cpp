// The `ikit` program: the command line face of Interview Kit Builder.
#include "ikit_cli.h"

#include <cstdlib>
#include <iostream>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(true);
    const std::vector<std::string> args(argv + 1, argv + argc);
    const char* data_dir = std::getenv("IKIT_DATA_DIR");  // the one place the command line reads it
    return ikit::cli::run_ikit(args, std::cout, std::cerr, argc > 0 ? argv[0] : "", data_dir ? data_dir : "");
}
