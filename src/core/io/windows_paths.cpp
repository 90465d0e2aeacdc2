// windows_paths: the Windows API seen with UTF-8 strings (see windows_paths.h). Compiles to
// nothing on other platforms.
#ifdef _WIN32

#include "io/windows_paths.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#include <knownfolders.h>
#include <objbase.h>
#include <shellapi.h>
#include <shlobj.h>

#include <cstdlib>

namespace ikit {

std::wstring widen_utf8(const std::string& utf8) {
    if (utf8.empty()) return {};
    const int n = ::MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
    std::wstring wide(static_cast<std::size_t>(n), L'\0');
    ::MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), wide.data(), n);
    return wide;
}

std::string narrow_to_utf8(const std::wstring& wide) {
    if (wide.empty()) return {};
    const int n = ::WideCharToMultiByte(CP_UTF8, 0, wide.data(), static_cast<int>(wide.size()), nullptr, 0,
                                        nullptr, nullptr);
    std::string utf8(static_cast<std::size_t>(n), '\0');
    ::WideCharToMultiByte(CP_UTF8, 0, wide.data(), static_cast<int>(wide.size()), utf8.data(), n, nullptr, nullptr);
    return utf8;
}

std::string windows_path_for_ansi_api(const std::wstring& path) {
    std::wstring short_path = path;
    const DWORD n = ::GetShortPathNameW(path.c_str(), nullptr, 0);
    if (n > 0) {
        std::wstring buffer(n, L'\0');
        const DWORD written = ::GetShortPathNameW(path.c_str(), buffer.data(), n);
        if (written > 0 && written < n) short_path.assign(buffer.data(), written);
    }
    if (short_path.empty()) return {};
    const int size = ::WideCharToMultiByte(CP_ACP, 0, short_path.data(), static_cast<int>(short_path.size()), nullptr,
                                           0, nullptr, nullptr);
    std::string narrow(static_cast<std::size_t>(size), '\0');
    ::WideCharToMultiByte(CP_ACP, 0, short_path.data(), static_cast<int>(short_path.size()), narrow.data(), size,
                          nullptr, nullptr);
    return narrow;
}

std::string windows_executable_path() {
    std::wstring buffer(MAX_PATH, L'\0');
    for (;;) {
        const DWORD n = ::GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (n == 0) return {};
        if (n < buffer.size()) {
            buffer.resize(n);
            return narrow_to_utf8(buffer);
        }
        buffer.resize(buffer.size() * 2);  // truncated: long paths (\\?\…) are allowed
    }
}

std::string windows_roaming_app_data() {
    PWSTR folder = nullptr;
    std::string result;
    if (SUCCEEDED(::SHGetKnownFolderPath(FOLDERID_RoamingAppData, KF_FLAG_DEFAULT, nullptr, &folder)) && folder)
        result = narrow_to_utf8(folder);
    ::CoTaskMemFree(folder);
    if (result.empty()) {
        if (const wchar_t* env = ::_wgetenv(L"APPDATA"); env && *env) result = narrow_to_utf8(env);
    }
    return result;
}

std::vector<std::string> windows_command_line_arguments() {
    std::vector<std::string> args;
    int count = 0;
    LPWSTR* wide = ::CommandLineToArgvW(::GetCommandLineW(), &count);
    if (!wide) return args;
    for (int i = 0; i < count; ++i) args.push_back(narrow_to_utf8(wide[i]));
    ::LocalFree(wide);
    return args;
}

void windows_use_utf8_console() { ::SetConsoleOutputCP(CP_UTF8); }

std::string windows_error_reason(unsigned long error) {
    switch (error) {
        case ERROR_DISK_FULL:
        case ERROR_HANDLE_DISK_FULL: return tr("the disk is full");
        case ERROR_ACCESS_DENIED: return tr("permission denied");
        case ERROR_WRITE_PROTECT: return tr("the file system is read-only");
        case ERROR_PATH_NOT_FOUND: return tr("the folder does not exist");
        case ERROR_FILE_NOT_FOUND: return tr("there is no such file");
        case ERROR_SHARING_VIOLATION:
        case ERROR_LOCK_VIOLATION: return tr("the file is open in another program");
        case ERROR_INVALID_NAME: return tr("the name is not valid on Windows");
        default: break;
    }
    LPWSTR text = nullptr;
    const DWORD n = ::FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                                         FORMAT_MESSAGE_IGNORE_INSERTS,
                                     nullptr, error, 0, reinterpret_cast<LPWSTR>(&text), 0, nullptr);
    std::string reason = n && text ? narrow_to_utf8(std::wstring(text, n)) : std::string();
    ::LocalFree(text);
    while (!reason.empty() && (reason.back() == '\n' || reason.back() == '\r' || reason.back() == '.'))
        reason.pop_back();
    return reason.empty() ? fill(tr("Windows error {1}"), {std::to_string(error)}) : reason;
}

}  // namespace ikit

#endif  // _WIN32
