#include "util/error.h"

namespace ikit {

namespace {
std::string place(const std::string& file, int line) {
    if (file.empty()) return {};
    return line > 0 ? file + ":" + std::to_string(line) + ": " : file + ": ";
}
}  // namespace

Error::Error(const std::string& message) : std::runtime_error(message), message_(message) {}

Error::Error(const std::string& file, int line, const std::string& message)
    : std::runtime_error(place(file, line) + message), file_(file), line_(line), message_(message) {}

}  // namespace ikit
