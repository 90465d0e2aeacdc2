// native_path: UTF-8 paths at the operating system's interface (see native_path.h).
#include "io/native_path.h"

#ifdef _WIN32
#include "io/windows_paths.h"
#endif

namespace ikit {

std::filesystem::path path_from_utf8(const std::string& utf8) { return std::filesystem::u8path(utf8); }

std::string path_to_utf8(const std::filesystem::path& path) { return path.u8string(); }

std::FILE* open_file_utf8(const std::string& path, const char* mode) {
#ifdef _WIN32
    return ::_wfopen(widen_utf8(path).c_str(), widen_utf8(mode).c_str());
#else
    return std::fopen(path.c_str(), mode);
#endif
}

std::vector<std::string> utf8_arguments(int argc, char** argv) {
#ifdef _WIN32
    std::vector<std::string> args = windows_command_line_arguments();
    if (!args.empty()) return args;
#endif
    return std::vector<std::string>(argv, argv + argc);
}

void use_utf8_console() {
#ifdef _WIN32
    windows_use_utf8_console();
#endif
}

}  // namespace ikit
