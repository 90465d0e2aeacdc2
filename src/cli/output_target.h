#pragma once
/// \file output_target.h
/// What `-o` names is checked before any work: never a device, pipe, socket or folder, never one of the
/// command's own input files, and never an existing file of another kind (a PDF does not replace a kit).

#include "io/file_kind.h"

#include <string>
#include <vector>

namespace ikit::cli {

/// True for "-o -": the result goes to standard output.
inline bool is_standard_output(const std::string& path) { return path == "-"; }

/// Throws UsageError naming `option` when `path` exists and is not a regular file (a symbolic link to
/// one is fine), is the same file as one of `inputs` (also through links), or holds something other
/// than `kind` (an empty file may be replaced). A path that does not exist yet is fine.
void check_output_target(const std::string& option, const std::string& path, FileKind kind,
                         const std::vector<std::string>& inputs);

}  // namespace ikit::cli
