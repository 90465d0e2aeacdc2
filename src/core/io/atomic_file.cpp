#include "io/atomic_file.h"

#include "io/os_error.h"
#include "io/temporary_file.h"
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

void write_file_atomically(const std::string& path, const std::string& bytes, const AtomicWriteOptions& options) {
    const fs::path target(path);
    std::error_code ec;
    if (fs::is_directory(target, ec)) throw Error(path, 0, "cannot save: it is a folder");
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");

    TemporaryFile temp(dir.string(), "." + target.filename().string() + ".", path, "cannot save");

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
    ::fchmod(temp.descriptor(), mode);

    temp.write_all(bytes, options.fail_after_bytes);
    temp.sync_and_close();

    if (options.keep_backup && fs::is_regular_file(target, ec)) {
        const std::string backup = path + "~";
        ::unlink(backup.c_str());
        if (::link(path.c_str(), backup.c_str()) != 0) {
            // Hard links may be unsupported (some network shares): fall back to a copy.
            fs::copy_file(target, backup, fs::copy_options::overwrite_existing, ec);
        }
    }
    if (::rename(temp.path().c_str(), path.c_str()) != 0) throw Error(path, 0, "cannot save: " + os_error_reason(errno));
    temp.keep();

    // Make the rename itself durable.
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

}  // namespace ikit
