#include "cli_context.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "util/error.h"

#include <algorithm>

namespace ikit::cli {

Context::Context(std::ostream& out_stream, std::ostream& err_stream, DataPaths paths,
                 std::vector<std::string> extra_banks, std::string command)
    : out(out_stream),
      err(err_stream),
      paths_(std::move(paths)),
      extra_banks_(std::move(extra_banks)),
      command_(std::move(command)) {}

std::ostream& Context::message() { return err << "ikit " << command_ << ": "; }

const LoadedLibrary& Context::library() {
    if (!library_) {
        auto loaded = std::make_unique<LoadedLibrary>(load_library(paths_, extra_banks_));
        for (const auto& e : loaded->errors) {
            const bool from_option = std::any_of(extra_banks_.begin(), extra_banks_.end(),
                                                 [&](const std::string& f) { return e.rfind(f + ":", 0) == 0; });
            if (from_option) throw Error(e);  // what the user asked for cannot be used: nothing else is done
        }
        for (const auto& e : loaded->errors) message() << fill(tr("warning: skipped {1}"), {e}) << "\n";
        library_ = std::move(loaded);
    }
    return *library_;
}

}  // namespace ikit::cli
