#pragma once
/// \file file_read.h
/// Reading whole files of a known kind, with a size limit checked before and while reading.

#include <cstddef>
#include <string>

namespace ikit {

/// Reads a whole regular file, refusing files larger than `max_bytes`; throws Error naming the file.
/// Only regular files are read: an empty path, a folder, a named pipe (FIFO), a device or a socket is
/// refused with a one-line Error before any byte is read, and opening never blocks (a FIFO without a
/// writer is refused, not waited for).
std::string read_file_limited(const std::string& path, std::size_t max_bytes);

/// What kind of thing a file of mode `st_mode` (from stat) is when it is not a regular file: "a folder",
/// "a named pipe (FIFO)", "a device", "a socket", "something other than a file"; "" for a regular file.
std::string file_kind_of_mode(unsigned long st_mode);

/// What a file of mode `st_mode` (from stat) is, for "cannot open: it is …" ("a folder", "a named pipe
/// (FIFO), not a file", …), or "" for a regular file.
std::string not_a_file_reason(unsigned long st_mode);

}  // namespace ikit
