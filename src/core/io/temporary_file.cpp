#include "io/temporary_file.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/native_path.h"
#include "io/os_error.h"
#include "util/error.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#ifdef _WIN32
#include <io.h>
#endif
#include <unistd.h>

namespace fs = std::filesystem;

namespace ikit {

TemporaryFile::TemporaryFile(const std::string& folder, const std::string& prefix, const std::string& error_path,
                             const std::string& doing)
    : error_path_(error_path), doing_(doing) {
    std::string pattern = (fs::path(folder) / (prefix + "XXXXXX")).string();
    fd_ = ::mkstemp(pattern.data());
    if (fd_ < 0)
        throw Error(error_path_, 0,
                    fill(doing_, {fill(tr("{1} (in {2})"), {os_error_reason(errno), folder})}));
    path_ = pattern;
}

TemporaryFile TemporaryFile::holding(const std::string& bytes, const std::string& prefix) {
    // Libraries that read the file open it with the narrow fopen: a folder they can open (native_path.h).
    std::string folder = temp_folder_for_narrow_api();
    if (folder.empty()) folder = "/tmp";
    TemporaryFile file(folder, prefix, folder, tr("cannot create a temporary file: {1}"));
    file.write_all(bytes);
    if (::close(file.fd_) != 0) {
        file.fd_ = -1;
        file.fail(errno);
    }
    file.fd_ = -1;
    return file;
}

TemporaryFile::TemporaryFile(TemporaryFile&& other) noexcept
    : path_(std::move(other.path_)),
      error_path_(std::move(other.error_path_)),
      doing_(std::move(other.doing_)),
      fd_(other.fd_),
      keep_(other.keep_) {
    other.fd_ = -1;
    other.path_.clear();
}

TemporaryFile::~TemporaryFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!keep_ && !path_.empty()) remove_temporary_file(path_);
}

void TemporaryFile::fail(int err) const { throw Error(error_path_, 0, fill(doing_, {os_error_reason(err)})); }

void TemporaryFile::write_all(const std::string& bytes, std::size_t limit) {
    std::size_t written = 0;
    while (written < bytes.size()) {
        std::size_t chunk = std::min<std::size_t>(bytes.size() - written, 1 << 16);
        if (written + chunk > limit) {
            chunk = limit > written ? limit - written : 0;
            if (chunk == 0) fail(ENOSPC);
        }
        const ssize_t n = ::write(fd_, bytes.data() + written, chunk);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail(errno);
        }
        written += static_cast<std::size_t>(n);
    }
}

void TemporaryFile::sync_and_close() {
#ifdef _WIN32
    if (::_commit(fd_) != 0) fail(errno);
#else
    if (::fsync(fd_) != 0) fail(errno);
#endif
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) fail(errno);
}

}  // namespace ikit
