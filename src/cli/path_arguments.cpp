#include "path_arguments.h"

#include "arg_parser.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "util/text.h"

namespace ikit::cli {

namespace {

constexpr std::size_t kMessagePathBytes = 120;

}  // namespace

void check_path_argument(const std::string& label, const std::string& path) {
    if (path.empty()) throw UsageError(fill(tr("{1} is empty: give a file name"), {label}));
    if (path.size() > kMaxPathBytes)
        throw UsageError(fill(tr("{1} is too long for the system: {2} bytes (at most {3})"),
                              {label, grouped_count(path.size()), grouped_count(kMaxPathBytes)}));
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find_first_of("/\\", start);
        if (end == std::string::npos) end = path.size();
        if (end - start > kMaxPathNameBytes)
            throw UsageError(fill(tr("{1} has a name too long for the system: {2} bytes (at most {3})"),
                                  {label, grouped_count(end - start), grouped_count(kMaxPathNameBytes)}));
        start = end + 1;
    }
}

void check_output_path_argument(const std::string& label, const std::string& path) {
    check_path_argument(label, path);
    const std::size_t slash = path.find_last_of("/\\");
    const std::size_t name_bytes = slash == std::string::npos ? path.size() : path.size() - slash - 1;
    if (name_bytes > kMaxOutputNameBytes)
        throw UsageError(fill(tr("{1} names a file too long to save beside its temporary copy: {2} bytes (at most {3})"),
                              {label, grouped_count(name_bytes), grouped_count(kMaxOutputNameBytes)}));
}

std::string path_for_message(const std::string& path) {
    if (path.size() <= kMessagePathBytes) return path;
    std::size_t cut = path.size() - kMessagePathBytes;
    while (cut < path.size() && (static_cast<unsigned char>(path[cut]) & 0xC0) == 0x80) ++cut;  // whole characters
    return "…" + path.substr(cut);
}

}  // namespace ikit::cli
