#include "io/file_read.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/os_error.h"
#include "util/error.h"

#include <algorithm>
#include <cerrno>
#include <sys/stat.h>
#ifdef _WIN32
#include "io/windows_paths.h"
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ikit {

namespace {

[[noreturn]] void refuse_size(const std::string& path, std::size_t max_bytes) {
    throw Error(path, 0, fill(tr("refused: the file is larger than the limit of {1} MiB"),
                              {std::to_string(max_bytes / (1024 * 1024))}));
}

#ifndef _WIN32
// Closes the descriptor on every way out.
class OpenFile {
public:
    explicit OpenFile(int fd) : fd_(fd) {}
    ~OpenFile() { ::close(fd_); }
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;
    int fd() const { return fd_; }

private:
    int fd_;
};
#else
bool is_folder(const std::wstring& path) {
    const DWORD attributes = ::GetFileAttributesW(path.c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY);
}
#endif

}  // namespace

std::string file_kind_of_mode(unsigned long st_mode) {
#ifndef _WIN32
    const auto mode = static_cast<mode_t>(st_mode);
    if (S_ISREG(mode)) return {};
    if (S_ISDIR(mode)) return N_("a folder");
    if (S_ISFIFO(mode)) return N_("a named pipe (FIFO)");
    if (S_ISCHR(mode) || S_ISBLK(mode)) return N_("a device");
    if (S_ISSOCK(mode)) return N_("a socket");
#else
    if (st_mode & _S_IFDIR) return N_("a folder");
    if (st_mode & _S_IFREG) return {};
#endif
    return N_("something other than a file");
}

std::string not_a_file_reason(unsigned long st_mode) {
    const std::string kind = file_kind_of_mode(st_mode);
    if (kind.empty()) return {};
    if (kind == "a folder") return tr("it is a folder");
    if (kind == "something other than a file") return tr("it is not a regular file");
    return fill(tr("it is {1}, not a file"), {tr(kind)});
}

#ifndef _WIN32
std::string read_file_limited(const std::string& path, std::size_t max_bytes) {
    if (path.empty()) throw Error(tr("cannot open a file: no file name was given (the path is empty)"));
    // stat first: a device or a FIFO is refused without being opened at all.
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        if (const std::string reason = not_a_file_reason(st.st_mode); !reason.empty())
            throw Error(path, 0, fill(tr("cannot open: {1}"), {reason}));
    }
    // O_NONBLOCK: should the path have become a FIFO meanwhile, opening it does not wait for a writer.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        throw Error(path, 0, fill(tr("cannot open: {1}"), {err == ENOENT ? tr("there is no such file") : os_error_reason(err)}));
    }
    const OpenFile file(fd);
    if (::fstat(fd, &st) != 0) throw Error(path, 0, fill(tr("cannot read the file: {1}"), {os_error_reason(errno)}));
    if (const std::string reason = not_a_file_reason(st.st_mode); !reason.empty())
        throw Error(path, 0, fill(tr("cannot open: {1}"), {reason}));
    // A regular file: reads never block, but clear the flag so reads behave as usual.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (static_cast<unsigned long long>(st.st_size) > max_bytes) refuse_size(path, max_bytes);

    // Straight into a buffer of the file's size (no growing and copying), then on in chunks should the
    // file have grown meanwhile.
    std::string data(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t used = 0;
    char more[1 << 16];  // past the size stat gave: the file grew meanwhile (or stat cannot tell, as in /proc)
    for (;;) {
        const bool full = used == data.size();
        const ssize_t n = full ? ::read(fd, more, sizeof more) : ::read(fd, &data[used], data.size() - used);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw Error(path, 0, fill(tr("cannot read the file: {1}"), {os_error_reason(errno)}));
        }
        if (n == 0) break;
        const auto got = static_cast<std::size_t>(n);
        if (full) {
            if (used + got > max_bytes) refuse_size(path, max_bytes);
            data.append(more, got);  // grows the buffer only for a file that really grew
        }
        used += got;
    }
    data.resize(used);
    return data;
}

#else
// Windows: the path reaches CreateFileW as UTF-16; devices and pipes are not opened by name here.
std::string read_file_limited(const std::string& path, std::size_t max_bytes) {
    if (path.empty()) throw Error(tr("cannot open a file: no file name was given (the path is empty)"));
    const std::wstring wide = widen_utf8(path);
    if (is_folder(wide)) throw Error(path, 0, fill(tr("cannot open: {1}"), {tr("it is a folder")}));
    HANDLE file = ::CreateFileW(wide.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        const DWORD error = ::GetLastError();
        throw Error(path, 0, fill(tr("cannot open: {1}"), {windows_error_reason(error)}));
    }
    const auto too_large = [&] {
        ::CloseHandle(file);
        refuse_size(path, max_bytes);
    };
    std::string data;
    LARGE_INTEGER size{};
    if (::GetFileSizeEx(file, &size)) {
        if (static_cast<unsigned long long>(size.QuadPart) > max_bytes) too_large();
        data.reserve(static_cast<std::size_t>(size.QuadPart));
    }
    char buffer[1 << 16];
    for (;;) {
        DWORD n = 0;
        if (!::ReadFile(file, buffer, sizeof buffer, &n, nullptr)) {
            ::CloseHandle(file);
            throw Error(path, 0, tr("cannot read the file"));
        }
        if (n == 0) break;
        if (data.size() + n > max_bytes) too_large();
        data.append(buffer, n);
    }
    ::CloseHandle(file);
    return data;
}

#endif  // _WIN32

}  // namespace ikit
