#pragma once
/// \file temporary_file.h
/// A uniquely named file that is removed again unless the caller keeps it: the first step of an
/// atomic save, and scratch files handed to libraries that only read from a path.

#include <cstddef>
#include <string>

namespace ikit {

/// An open, uniquely named file; closed and removed on destruction unless keep() was called.
class TemporaryFile {
public:
    /// Creates "<folder>/<prefix>XXXXXX" (mode 0600) and opens it for writing; throws Error naming
    /// `error_path` with `doing` when the folder refuses it: a translated pattern such as "cannot save: {1}",
    /// whose place gets the reason.
    TemporaryFile(const std::string& folder, const std::string& prefix, const std::string& error_path,
                  const std::string& doing);
    /// A temporary file in the system's temporary folder holding `bytes`, closed and ready to read.
    static TemporaryFile holding(const std::string& bytes, const std::string& prefix);
    ~TemporaryFile();
    TemporaryFile(TemporaryFile&& other) noexcept;
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    TemporaryFile& operator=(TemporaryFile&&) = delete;

    const std::string& path() const { return path_; }  ///< where the file is
    int descriptor() const { return fd_; }              ///< the open descriptor, -1 once closed

    /// Writes all of `bytes` (retrying after signals), at most `limit` of them before failing as a full
    /// disk would (a test hook); throws Error naming the error path.
    void write_all(const std::string& bytes, std::size_t limit = static_cast<std::size_t>(-1));
    /// Flushes the data to the disk and closes the file; throws Error when either fails.
    void sync_and_close();
    /// Leaves the file in place when this object goes (it has been renamed to its final name).
    void keep() { keep_ = true; }

private:
    TemporaryFile() = default;
    [[noreturn]] void fail(int err) const;

    std::string path_;
    std::string error_path_;
    std::string doing_;
    int fd_ = -1;
    bool keep_ = false;
};

}  // namespace ikit
