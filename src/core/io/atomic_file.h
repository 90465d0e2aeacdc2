#pragma once
/// \file atomic_file.h
/// Writing a file so that a failure never damages what was there before.

#include <cstddef>
#include <string>

namespace ikit {

/// Options of write_file_atomically.
struct AtomicWriteOptions {
    /// Keep the previous content as "<path>~" before replacing it.
    bool keep_backup = false;
    /// Test hook: fail as if the disk filled up after this many bytes were written.
    std::size_t fail_after_bytes = static_cast<std::size_t>(-1);
};

/// Writes `bytes` to a temporary file beside `path`, flushes and syncs it, then renames it over
/// `path`. On any failure the temporary file is removed, `path` is untouched, and Error is thrown
/// with a message that names the file and the reason (e.g. "permission denied").
void write_file_atomically(const std::string& path, const std::string& bytes,
                           const AtomicWriteOptions& options = {});

}  // namespace ikit
