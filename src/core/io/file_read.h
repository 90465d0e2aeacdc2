#pragma once
/// \file file_read.h
/// Reading whole files of a known kind, with a size limit checked before and while reading.

#include <cstddef>
#include <string>

namespace ikit {

/// Reads a whole file, refusing files larger than `max_bytes`; throws Error naming the file.
std::string read_file_limited(const std::string& path, std::size_t max_bytes);

}  // namespace ikit
