// native_path: UTF-8 paths at the operating system's interface (see native_path.h).
#include "io/native_path.h"

#ifdef _WIN32
#include "io/windows_paths.h"

#include <cstdlib>
#include <mutex>
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

std::string temp_folder_for_narrow_api() {
    std::error_code ec;
    const std::filesystem::path temp = std::filesystem::temp_directory_path(ec);
    if (ec) return {};
#ifdef _WIN32
    return windows_path_for_ansi_api(temp.wstring());
#else
    return temp.string();
#endif
}

#ifdef _WIN32
namespace {
std::mutex pending_mutex;
std::vector<std::string>& pending_removals() {
    static std::vector<std::string> pending;
    return pending;
}
bool file_exists(const std::string& narrow_path) {
    std::FILE* probe = std::fopen(narrow_path.c_str(), "rb");
    if (probe) std::fclose(probe);
    return probe != nullptr;
}
// Deletes what it can; keeps the files that still exist (open elsewhere) for a later try.
void retry_pending_removals() {
    std::vector<std::string> kept;
    for (const std::string& p : pending_removals())
        if (std::remove(p.c_str()) != 0 && file_exists(p)) kept.push_back(p);
    pending_removals().swap(kept);
}
}  // namespace
#endif

void remove_temporary_file(const std::string& path) {
#ifdef _WIN32
    std::lock_guard<std::mutex> lock(pending_mutex);
    static const bool at_exit_registered = [] {
        pending_removals();  // constructed first, so it is destroyed after the exit handler runs
        std::atexit([] {
            std::lock_guard<std::mutex> exit_lock(pending_mutex);
            retry_pending_removals();
        });
        return true;
    }();
    (void)at_exit_registered;
    pending_removals().push_back(path);
    retry_pending_removals();
#else
    std::remove(path.c_str());
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
