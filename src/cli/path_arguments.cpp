#include "path_arguments.h"

#include "arg_parser.h"
#include "util/text.h"

namespace ikit::cli {

namespace {

constexpr std::size_t kMessagePathBytes = 120;

}  // namespace

void check_path_argument(const std::string& label, const std::string& path) {
    if (path.empty()) throw UsageError(label + " is empty: give a file name");
    if (path.size() > kMaxPathBytes)
        throw UsageError(label + " is too long for the system: " + grouped_count(path.size()) + " bytes (at most " +
                         grouped_count(kMaxPathBytes) + ")");
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find_first_of("/\\", start);
        if (end == std::string::npos) end = path.size();
        if (end - start > kMaxPathNameBytes)
            throw UsageError(label + " has a name too long for the system: " + grouped_count(end - start) +
                             " bytes (at most " + grouped_count(kMaxPathNameBytes) + ")");
        start = end + 1;
    }
}

void check_output_path_argument(const std::string& label, const std::string& path) {
    check_path_argument(label, path);
    const std::size_t slash = path.find_last_of("/\\");
    const std::size_t name_bytes = slash == std::string::npos ? path.size() : path.size() - slash - 1;
    if (name_bytes > kMaxOutputNameBytes)
        throw UsageError(label + " names a file too long to save beside its temporary copy: " + grouped_count(name_bytes) +
                         " bytes (at most " + grouped_count(kMaxOutputNameBytes) + ")");
}

std::string path_for_message(const std::string& path) {
    if (path.size() <= kMessagePathBytes) return path;
    std::size_t cut = path.size() - kMessagePathBytes;
    while (cut < path.size() && (static_cast<unsigned char>(path[cut]) & 0xC0) == 0x80) ++cut;  // whole characters
    return "…" + path.substr(cut);
}

}  // namespace ikit::cli
