#include "cli_context.h"

#include <algorithm>

namespace ikit::cli {

Context::Context(std::ostream& out_stream, std::ostream& err_stream, DataPaths paths,
                 std::vector<std::string> extra_banks)
    : out(out_stream), err(err_stream), paths_(std::move(paths)), extra_banks_(std::move(extra_banks)) {}

const LoadedLibrary& Context::library() {
    if (!library_) {
        library_ = std::make_unique<LoadedLibrary>(load_library(paths_, extra_banks_));
        for (const auto& e : library_->errors) {
            const bool from_option = std::any_of(extra_banks_.begin(), extra_banks_.end(),
                                                 [&](const std::string& f) { return e.rfind(f + ":", 0) == 0; });
            bank_option_failed_ |= from_option;
            err << (from_option ? "error: " : "warning: skipped ") << e << "\n";
        }
    }
    return *library_;
}

bool Context::bank_option_failed() {
    library();
    return bank_option_failed_;
}

}  // namespace ikit::cli
