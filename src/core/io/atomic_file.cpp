// POSIX implementation; Windows has its own in atomic_file_windows.cpp.
#ifndef _WIN32

#include "io/atomic_file.h"

#include "util/error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace ikit {

namespace {

std::string reason(int err) {
    switch (err) {
        case ENOSPC: return "the disk is full";
        case EDQUOT: return "the disk quota is exceeded";
        case EACCES:
        case EPERM: return "permission denied";
        case EROFS: return "the file system is read-only";
        case ENOENT: return "the folder does not exist";
        case EISDIR: return "it is a folder";
        default: return std::strerror(err);
    }
}

// Closes and removes the temporary file unless released.
struct TempFile {
    std::string path;
    int fd = -1;
    bool keep = false;
    ~TempFile() {
        if (fd >= 0) ::close(fd);
        if (!keep && !path.empty()) ::unlink(path.c_str());
    }
};

}  // namespace

void write_file_atomically(const std::string& path, const std::string& bytes, const AtomicWriteOptions& options) {
    const fs::path target(path);
    std::error_code ec;
    if (fs::is_directory(target, ec)) throw Error(path, 0, "cannot save: it is a folder");
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");

    TempFile temp;
    std::string pattern = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    temp.fd = ::mkstemp(pattern.data());
    if (temp.fd < 0) throw Error(path, 0, "cannot save: " + reason(errno) + " (in " + dir.string() + ")");
    temp.path = pattern;

    // Keep the permissions of the file we replace; new files get the usual 0644 less umask.
    struct stat st {};
    mode_t mode = 0666;
    if (::stat(path.c_str(), &st) == 0) {
        mode = st.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode &= ~mask;
    }
    ::fchmod(temp.fd, mode);

    std::size_t written = 0;
    while (written < bytes.size()) {
        std::size_t chunk = std::min<std::size_t>(bytes.size() - written, 1 << 16);
        if (written + chunk > options.fail_after_bytes) {
            chunk = options.fail_after_bytes > written ? options.fail_after_bytes - written : 0;
            if (chunk == 0) throw Error(path, 0, "cannot save: " + reason(ENOSPC));
        }
        const ssize_t n = ::write(temp.fd, bytes.data() + written, chunk);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw Error(path, 0, "cannot save: " + reason(errno));
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(temp.fd) != 0) throw Error(path, 0, "cannot save: " + reason(errno));
    const int fd = temp.fd;
    temp.fd = -1;
    if (::close(fd) != 0) throw Error(path, 0, "cannot save: " + reason(errno));

    if (options.keep_backup && fs::is_regular_file(target, ec)) {
        const std::string backup = path + "~";
        ::unlink(backup.c_str());
        if (::link(path.c_str(), backup.c_str()) != 0) {
            // Hard links may be unsupported (some network shares): fall back to a copy.
            fs::copy_file(target, backup, fs::copy_options::overwrite_existing, ec);
        }
    }
    if (::rename(temp.path.c_str(), path.c_str()) != 0) throw Error(path, 0, "cannot save: " + reason(errno));
    temp.keep = true;

    // Make the rename itself durable.
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

std::string read_file_limited(const std::string& path, std::size_t max_bytes) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw Error(path, 0, "cannot open: it is a folder");
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) throw Error(path, 0, "cannot open: " + (errno == ENOENT ? std::string("there is no such file") : reason(errno)));
    std::string data;
    struct stat st {};
    if (::fstat(::fileno(f), &st) == 0 && S_ISREG(st.st_mode)) {
        if (static_cast<std::size_t>(st.st_size) > max_bytes) {
            std::fclose(f);
            throw Error(path, 0, "refused: the file is larger than the limit of " +
                                     std::to_string(max_bytes / (1024 * 1024)) + " MiB");
        }
        data.reserve(static_cast<std::size_t>(st.st_size));
    }
    char buf[1 << 16];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
        if (data.size() + n > max_bytes) {
            std::fclose(f);
            throw Error(path, 0, "refused: the file is larger than the limit of " +
                                     std::to_string(max_bytes / (1024 * 1024)) + " MiB");
        }
        data.append(buf, n);
    }
    const bool failed = std::ferror(f);
    std::fclose(f);
    if (failed) throw Error(path, 0, "cannot read the file");
    return data;
}

}  // namespace ikit

#endif  // !_WIN32
