// The `ikit` program: the command line face of Interview Kit Builder.
#include "ikit_cli.h"
#include "io/native_path.h"
#include "standard_output.h"

#include <cstdlib>
#include <iostream>

int main(int argc, char** argv) {
    ikit::use_utf8_console();
    const bool stdout_closed = ikit::cli::reserve_standard_descriptors();
    ikit::cli::DescriptorOutputBuffer stdout_buffer(1, stdout_closed);
    std::ostream out(&stdout_buffer);
    // UTF-8 on every platform (on Windows read again from the UTF-16 command line).
    const std::vector<std::string> all = ikit::utf8_arguments(argc, argv);
    const std::vector<std::string> args(all.begin() + (all.empty() ? 0 : 1), all.end());
    const char* data_dir = std::getenv("IKIT_DATA_DIR");  // the one place the command line reads it
    int code = ikit::cli::run_ikit(args, out, std::cerr, all.empty() ? "" : all.front(), data_dir ? data_dir : "");
    out.flush();
    // Results that did not reach their reader are a failure, reported once: a command that already
    // failed has said why.
    if (!stdout_buffer.finish() && code == 0) {
        std::cerr << "ikit: cannot write the results to standard output: " << stdout_buffer.failure() << "\n";
        code = 1;
    }
    return code;
}
