// The `ikit` program: the command line face of Interview Kit Builder.
#include "ikit_cli.h"
#include "standard_output.h"

#include <cstdlib>
#include <iostream>

int main(int argc, char** argv) {
    const bool stdout_closed = ikit::cli::reserve_standard_descriptors();
    ikit::cli::DescriptorOutputBuffer stdout_buffer(1, stdout_closed);
    std::ostream out(&stdout_buffer);
    const std::vector<std::string> args(argv + 1, argv + argc);
    const char* data_dir = std::getenv("IKIT_DATA_DIR");  // the one place the command line reads it
    int code = ikit::cli::run_ikit(args, out, std::cerr, argc > 0 ? argv[0] : "", data_dir ? data_dir : "");
    out.flush();
    // Results that did not reach their reader are a failure, reported once: a command that already
    // failed has said why.
    if (!stdout_buffer.finish() && code == 0) {
        std::cerr << "ikit: cannot write the results to standard output: " << stdout_buffer.failure() << "\n";
        code = 1;
    }
    return code;
}
