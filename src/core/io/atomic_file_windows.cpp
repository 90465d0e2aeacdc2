// atomic_file on Windows (the POSIX version is atomic_file.cpp): the new content is written to a
// temporary file beside the target, flushed to disk with FlushFileBuffers, then swapped in with
// ReplaceFileW (which also keeps the previous file as "<path>~" when asked) or, for a new file or
// when ReplaceFileW cannot, MoveFileExW(MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH).
// Every path reaches the Windows API as UTF-16.
#ifdef _WIN32

#include "io/atomic_file.h"
#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/windows_paths.h"
#include "util/error.h"

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

#include <algorithm>
#include <atomic>
#include <string>

namespace ikit {

namespace {

// Closes and deletes the temporary file unless released.
struct TempFile {
    std::wstring path;
    HANDLE handle = INVALID_HANDLE_VALUE;
    bool keep = false;
    void close() {
        if (handle != INVALID_HANDLE_VALUE) ::CloseHandle(handle);
        handle = INVALID_HANDLE_VALUE;
    }
    ~TempFile() {
        close();
        if (!keep && !path.empty()) ::DeleteFileW(path.c_str());
    }
};

std::wstring parent_of(const std::wstring& path) {
    const std::size_t slash = path.find_last_of(L"\\/");
    if (slash == std::wstring::npos) return L".";
    if (slash == 0 || (slash == 2 && path[1] == L':')) return path.substr(0, slash + 1);  // "\" or "C:\"
    return path.substr(0, slash);
}

std::wstring name_of(const std::wstring& path) {
    const std::size_t slash = path.find_last_of(L"\\/");
    return slash == std::wstring::npos ? path : path.substr(slash + 1);
}

bool is_folder(const std::wstring& path) {
    const DWORD attributes = ::GetFileAttributesW(path.c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY);
}

bool is_file(const std::wstring& path) {
    const DWORD attributes = ::GetFileAttributesW(path.c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && !(attributes & FILE_ATTRIBUTE_DIRECTORY);
}

[[noreturn]] void fail(const std::string& path, DWORD error) {
    throw Error(path, 0, fill(tr("cannot save: {1}"), {windows_error_reason(error)}));
}

}  // namespace

void write_file_atomically(const std::string& path, const std::string& bytes, const AtomicWriteOptions& options) {
    const std::wstring target = widen_utf8(path);
    if (is_folder(target)) throw Error(path, 0, fill(tr("cannot save: {1}"), {tr("it is a folder")}));
    const std::wstring dir = parent_of(target);

    // A name no other writer uses: process id and a counter.
    static std::atomic<unsigned> counter{0};
    TempFile temp;
    for (int attempt = 0; attempt < 100 && temp.handle == INVALID_HANDLE_VALUE; ++attempt) {
        const std::wstring candidate = (dir.back() == L'\\' || dir.back() == L'/' ? dir : dir + L"\\") + L"." +
                                       name_of(target) + L"." + std::to_wstring(::GetCurrentProcessId()) + L"-" +
                                       std::to_wstring(++counter) + L".tmp";
        temp.handle = ::CreateFileW(candidate.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                                    FILE_ATTRIBUTE_NORMAL, nullptr);
        if (temp.handle != INVALID_HANDLE_VALUE) {
            temp.path = candidate;
        } else if (::GetLastError() != ERROR_FILE_EXISTS) {
            const DWORD error = ::GetLastError();
            throw Error(path, 0, fill(tr("cannot save: {1}"),
                                      {fill(tr("{1} (in {2})"), {windows_error_reason(error), narrow_to_utf8(dir)})}));
        }
    }
    if (temp.handle == INVALID_HANDLE_VALUE)
        throw Error(path, 0, fill(tr("cannot save: {1}"), {tr("no temporary file name is free")}));

    std::size_t written = 0;
    while (written < bytes.size()) {
        std::size_t chunk = std::min<std::size_t>(bytes.size() - written, 1 << 16);
        if (written + chunk > options.fail_after_bytes) {
            chunk = options.fail_after_bytes > written ? options.fail_after_bytes - written : 0;
            if (chunk == 0) fail(path, ERROR_DISK_FULL);
        }
        DWORD n = 0;
        if (!::WriteFile(temp.handle, bytes.data() + written, static_cast<DWORD>(chunk), &n, nullptr))
            fail(path, ::GetLastError());
        written += n;
    }
    if (!::FlushFileBuffers(temp.handle)) fail(path, ::GetLastError());
    temp.close();

    const std::wstring backup = target + L"~";
    if (is_file(target)) {
        // ReplaceFileW keeps the target's attributes and moves the old content to the backup name.
        if (options.keep_backup) ::DeleteFileW(backup.c_str());
        if (::ReplaceFileW(target.c_str(), temp.path.c_str(), options.keep_backup ? backup.c_str() : nullptr,
                           REPLACEFILE_IGNORE_MERGE_ERRORS, nullptr, nullptr)) {
            temp.keep = true;
            return;
        }
        // Some file systems (network shares) refuse ReplaceFileW: copy the backup, then move.
        if (options.keep_backup && !is_file(backup)) ::CopyFileW(target.c_str(), backup.c_str(), FALSE);
    }
    if (!::MoveFileExW(temp.path.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        fail(path, ::GetLastError());
    temp.keep = true;
}

}  // namespace ikit

#endif  // _WIN32
