// The `ikit` program: the command line face of Interview Kit Builder.
#include "ikit_cli.h"

#include <iostream>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(true);
    const std::vector<std::string> args(argv + 1, argv + argc);
    return ikit::cli::run_ikit(args, std::cout, std::cerr, argc > 0 ? argv[0] : "");
}
