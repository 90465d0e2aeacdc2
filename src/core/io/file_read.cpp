#include "io/file_read.h"

#include "io/os_error.h"
#include "util/error.h"

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <sys/stat.h>

namespace fs = std::filesystem;

namespace ikit {

std::string read_file_limited(const std::string& path, std::size_t max_bytes) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw Error(path, 0, "cannot open: it is a folder");
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) throw Error(path, 0, "cannot open: " + (errno == ENOENT ? std::string("there is no such file") : os_error_reason(errno)));
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
