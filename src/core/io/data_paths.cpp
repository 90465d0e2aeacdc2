#include "io/data_paths.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/native_path.h"
#include "util/error.h"

#ifdef _WIN32
#include "io/windows_paths.h"
#endif

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace ikit {

namespace {

bool has_data(const fs::path& dir) {
    std::error_code ec;
    return fs::is_directory(dir / "bank", ec) && fs::is_directory(dir / "rubrics", ec);
}

}  // namespace

std::string executable_dir(const std::string& executable_path) {
    std::error_code ec;
#ifdef _WIN32
    fs::path exe = path_from_utf8(windows_executable_path());
#else
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
#endif
    if (ec || exe.empty()) exe = fs::absolute(path_from_utf8(executable_path), ec);
    return path_to_utf8(exe.parent_path());
}

std::vector<std::string> xml_files_in(const std::string& folder) {
    std::vector<std::string> files;
    std::error_code ec;
    if (folder.empty() || !fs::is_directory(path_from_utf8(folder), ec)) return files;
    for (fs::directory_iterator it(path_from_utf8(folder), ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == ".xml" && it->is_regular_file(ec)) files.push_back(path_to_utf8(it->path()));
    }
    std::sort(files.begin(), files.end());
    return files;
}

DataPaths::DataPaths(const std::string& executable_path, const std::string& data_dir) {
    std::vector<fs::path> candidates;
    if (!data_dir.empty()) candidates.push_back(path_from_utf8(data_dir));
    const fs::path exe_dir = path_from_utf8(executable_dir(executable_path));
    candidates.push_back(exe_dir / ".." / IKIT_DATA_SUBDIR);
    candidates.push_back(exe_dir / ".." / "share" / "interview-kit-builder");
    candidates.push_back(exe_dir / ".." / ".." / "assets");
    candidates.emplace_back(IKIT_SOURCE_ASSETS_DIR);
    for (const auto& c : candidates) {
        if (has_data(c)) {
            std::error_code ec;
            fs::path canonical = fs::weakly_canonical(c, ec);
            data_dir_ = path_to_utf8(ec ? c : canonical);
            break;
        }
    }
    if (data_dir_.empty()) return;
    std::error_code ec;
    if (fs::is_directory(path_from_utf8(data_dir_) / "kits", ec))
        kits_dir_ = path_to_utf8(path_from_utf8(data_dir_) / "kits");
    else if (fs::is_directory(path_from_utf8(data_dir_) / ".." / "kits", ec))
        kits_dir_ = path_to_utf8(fs::weakly_canonical(path_from_utf8(data_dir_) / ".." / "kits", ec));
    else
        kits_dir_ = IKIT_SOURCE_KITS_DIR;
}

const std::string& DataPaths::data_dir() const {
    if (data_dir_.empty())
        throw Error(tr("cannot find the program's data folder (bank and rubrics); set IKIT_DATA_DIR to it"));
    return data_dir_;
}

std::string DataPaths::kits_dir() const { return kits_dir_; }

std::vector<std::string> DataPaths::shipped_bank_files() const {
    return xml_files_in(path_to_utf8(path_from_utf8(data_dir()) / "bank"));
}

std::vector<std::string> DataPaths::shipped_rubric_files() const {
    return xml_files_in(path_to_utf8(path_from_utf8(data_dir()) / "rubrics"));
}

std::vector<std::string> DataPaths::shipped_question_rubric_files() const {
    return xml_files_in(path_to_utf8(path_from_utf8(data_dir()) / "rubrics" / "questions"));
}

std::string DataPaths::question_rules_file() const {
    return path_to_utf8(path_from_utf8(data_dir()) / "checks" / "question_rules.xml");
}

std::vector<std::string> system_font_files() {
    // IKIT_DEFAULT_FONT (set by the build) is Debian's place; then other distributions'.
    return {IKIT_DEFAULT_FONT,
            "/usr/share/fonts/TTF/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
            "/usr/local/share/fonts/DejaVuSans.ttf",
            "/usr/local/share/fonts/truetype/dejavu/DejaVuSans.ttf"};
}

std::string DataPaths::font_file() const {
    std::error_code ec;
    if (!data_dir_.empty()) {
        const fs::path shipped = fs::path(data_dir_) / "fonts" / "DejaVuSans.ttf";
        if (fs::is_regular_file(shipped, ec)) return shipped.string();
    }
    for (const auto& f : system_font_files())
        if (fs::is_regular_file(f, ec)) return f;
    return {};
}

std::string DataPaths::user_data_dir() {
#ifdef _WIN32
    // %APPDATA%\Interview Kit Builder (roaming, as Windows programs keep their user data).
    if (const std::string app_data = windows_roaming_app_data(); !app_data.empty())
        return path_to_utf8(path_from_utf8(app_data) / "Interview Kit Builder");
#endif
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return (fs::path(xdg) / "interview-kit-builder").string();
    if (const char* home = std::getenv("HOME"); home && *home)
        return (fs::path(home) / ".local" / "share" / "interview-kit-builder").string();
    return {};
}

std::vector<std::string> DataPaths::user_bank_files() {
    const std::string dir = user_data_dir();
    return dir.empty() ? std::vector<std::string>{} : xml_files_in(path_to_utf8(path_from_utf8(dir) / "banks"));
}

std::vector<std::string> DataPaths::user_rubric_files() {
    const std::string dir = user_data_dir();
    return dir.empty() ? std::vector<std::string>{} : xml_files_in(path_to_utf8(path_from_utf8(dir) / "rubrics"));
}

std::vector<std::string> DataPaths::user_question_rubric_files() {
    const std::string dir = user_data_dir();
    return dir.empty() ? std::vector<std::string>{}
                       : xml_files_in(path_to_utf8(path_from_utf8(dir) / "rubrics" / "questions"));
}

}  // namespace ikit
