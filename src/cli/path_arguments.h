#pragma once
/// \file path_arguments.h
/// File names given on the command line are checked before they are used: an empty name or one the
/// system cannot take is a usage error naming the option, not a puzzling error from deep inside.

#include <cstddef>
#include <string>

namespace ikit::cli {

/// The longest path the system takes, in bytes (Linux: PATH_MAX less the terminating zero).
constexpr std::size_t kMaxPathBytes = 4095;
/// The longest single name in a path, in bytes (NAME_MAX on Linux, macOS and Windows' NTFS).
constexpr std::size_t kMaxPathNameBytes = 255;
/// The longest name of a file `ikit` writes, in bytes: a save writes a temporary file and keeps a backup
/// beside it, whose names are longer, and they must fit in kMaxPathNameBytes too.
constexpr std::size_t kMaxOutputNameBytes = 200;

/// Throws UsageError naming `label` ("-o", "--bank", "the kit file") when `path` is empty or too long
/// for the system (as a whole or one of its names).
void check_path_argument(const std::string& label, const std::string& path);

/// check_path_argument for a file to be written: its own name (the last one) has at most
/// kMaxOutputNameBytes bytes.
void check_output_path_argument(const std::string& label, const std::string& path);

/// `path` cut to a length that reads well in a one-line message (the end, which names the file, is kept).
std::string path_for_message(const std::string& path);

}  // namespace ikit::cli
