#pragma once
/// \file atomic_file.h
/// Writing a file so that a failure never damages what was there before.

#include <cstddef>
#include <functional>
#include <string>

namespace ikit {

/// The steps of an atomic save, in order (named so tests can make each one fail).
enum class AtomicWriteStep {
    CreateTemporary,  ///< creating the temporary file beside the target
    Write,            ///< writing the bytes into it
    Sync,             ///< flushing it to the disk
    Backup,           ///< keeping the previous version as "<target>~"
    Rename,           ///< putting it in the target's place
    SyncFolder,       ///< making the rename durable
};

/// Options of write_file_atomically.
struct AtomicWriteOptions {
    /// Keep the previous content as "<path>~" before replacing it.
    bool keep_backup = false;
    /// Test hook: fail as if the disk filled up after this many bytes were written.
    std::size_t fail_after_bytes = static_cast<std::size_t>(-1);
    /// Test hook: called before each step; a non-zero errno value makes that step fail with it.
    std::function<int(AtomicWriteStep)> fault;
};

/// Writes `bytes` to a temporary file beside `path`, flushes and syncs it, then renames it over
/// `path` and syncs the folder. On any failure the temporary file is removed, `path` keeps its
/// previous bytes, and Error is thrown with a message that names the file and the reason (e.g.
/// "permission denied"). A folder, device, named pipe or socket at `path` is refused before
/// anything is written; a symbolic link is written through (the file it points to is replaced in
/// its own folder, the link stays). Temporaries left by an earlier save of the same target that
/// was killed are removed after a successful save.
void write_file_atomically(const std::string& path, const std::string& bytes,
                           const AtomicWriteOptions& options = {});

/// What kind of thing is at `path` when it is not a regular file or absent: "a folder",
/// "a named pipe (FIFO)", "a device", "a socket", "something other than a file"; "" otherwise.
/// Links are followed.
std::string non_file_kind(const std::string& path);

}  // namespace ikit
