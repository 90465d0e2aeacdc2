// POSIX implementation; Windows has its own in atomic_file_windows.cpp.
#ifndef _WIN32

#include "io/atomic_file.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/file_read.h"
#include "io/os_error.h"
#include "io/temporary_file.h"
#include "util/error.h"

#include <cctype>
#include <cerrno>
#include <fcntl.h>
#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace ikit {

namespace {

constexpr int kMaxLinkHops = 40;  // as the kernel's own limit on symbolic links in a path

[[noreturn]] void fail(const std::string& path, int err) {
    throw Error(path, 0, fill(tr("cannot save: {1}"), {os_error_reason(err)}));
}

// The file a save of `path` really replaces: `path` itself, or what its chain of symbolic links points to.
fs::path resolve_links(const std::string& path) {
    fs::path current(path);
    for (int hop = 0; hop < kMaxLinkHops; ++hop) {
        std::error_code ec;
        if (!fs::is_symlink(fs::symlink_status(current, ec))) return current;
        const fs::path next = fs::read_symlink(current, ec);
        if (ec) fail(path, ec.value());
        current = next.is_absolute() ? next : current.parent_path() / next;
    }
    throw Error(path, 0, fill(tr("cannot save: {1}"), {tr("too many symbolic links")}));
}

// Removes ".<name>.XXXXXX" (and ".<name>.XXXXXX.old") files beside `target` that a killed save left
// behind (never `keep`).
void remove_stale_temporaries(const fs::path& folder, const std::string& name, const fs::path& keep) {
    const std::string prefix = "." + name + ".";
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::string file = it->path().filename().string();
        if (file.size() > 4 && file.compare(file.size() - 4, 4, ".old") == 0) file.resize(file.size() - 4);
        if (file.size() != prefix.size() + 6 || file.compare(0, prefix.size(), prefix) != 0) continue;
        bool random_tail = true;
        for (std::size_t i = prefix.size(); i < file.size(); ++i)
            random_tail = random_tail && std::isalnum(static_cast<unsigned char>(file[i]));
        std::error_code ignored;
        if (random_tail && it->path() != keep && it->is_regular_file(ignored)) fs::remove(it->path(), ignored);
    }
}

mode_t mode_for(const fs::path& target) {
    // Keep the permissions of the file we replace; new files get the usual 0666 less umask.
    struct stat st {};
    if (::stat(target.c_str(), &st) == 0) return st.st_mode & 07777;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

}  // namespace

std::string non_file_kind(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return {};
    return file_kind_of_mode(st.st_mode);
}

void write_file_atomically(const std::string& path, const std::string& bytes, const AtomicWriteOptions& options) {
    const auto step = [&](AtomicWriteStep s) {
        if (options.fault)
            if (const int err = options.fault(s)) fail(path, err);
    };
    if (path.empty()) throw Error(fill(tr("cannot save: {1}"), {tr("no file name was given")}));
    if (const std::string kind = non_file_kind(path); !kind.empty())
        throw Error(path, 0, fill(tr("cannot save: {1}"), {fill(tr("it is {1}, not a file"), {tr(kind)})}));
    const fs::path target = resolve_links(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const std::string name = target.filename().string();

    step(AtomicWriteStep::CreateTemporary);
    TemporaryFile temp(dir.string(), "." + name + ".", path, tr("cannot save: {1}"));
    ::fchmod(temp.descriptor(), mode_for(target));
    step(AtomicWriteStep::Write);
    temp.write_all(bytes, options.fail_after_bytes);
    step(AtomicWriteStep::Sync);
    temp.sync_and_close();

    // A second name for the previous version, so that a failure after the rename can put it back; it
    // becomes the backup only once the new version is safely in place.
    std::error_code ec;
    const bool had_file = fs::is_regular_file(target, ec);
    std::string previous;
    const auto forget_previous = [&] {
        if (!previous.empty()) ::unlink(previous.c_str());
    };
    if (had_file) {
        step(AtomicWriteStep::Backup);
        previous = temp.path() + ".old";
        if (::link(target.c_str(), previous.c_str()) != 0) {
            // Hard links may be unsupported (some network shares): fall back to a copy.
            fs::copy_file(target, previous, fs::copy_options::overwrite_existing, ec);
            if (ec) {
                previous.clear();
                if (options.keep_backup) fail(path, ec.value());  // no way to keep the backup asked for
            }
        }
    }

    try {
        step(AtomicWriteStep::Rename);
        if (::rename(temp.path().c_str(), target.c_str()) != 0) fail(path, errno);
    } catch (...) {
        forget_previous();
        throw;
    }
    temp.keep();

    // Make the rename itself durable; if the folder cannot record it, put the previous version back.
    try {
        step(AtomicWriteStep::SyncFolder);
        const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) {
            const int synced = ::fsync(dfd);
            const int err = errno;
            ::close(dfd);
            if (synced != 0 && err != EINVAL && err != EROFS) fail(path, err);  // EINVAL: no fsync on this folder
        }
    } catch (...) {
        if (!previous.empty())
            ::rename(previous.c_str(), target.c_str());
        else if (!had_file)
            ::unlink(target.c_str());
        throw;
    }
    if (options.keep_backup && !previous.empty()) {
        const std::string backup = target.string() + "~";
        if (::rename(previous.c_str(), backup.c_str()) != 0) forget_previous();  // saved; only the backup is missing
    } else {
        forget_previous();
    }
    remove_stale_temporaries(dir, name, target);
}

}  // namespace ikit

#endif  // !_WIN32
