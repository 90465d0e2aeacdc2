#pragma once
/// \file rubric_reader.h
/// Reads rubric files (format 1, see assets/rubrics/README.md).

#include "model/rubric.h"

#include <string>

namespace ikit {

/// Parses a rubric file's text; throws Error naming `file_name` and the line.
Rubric parse_rubric(const std::string& xml, const std::string& file_name);

/// Reads and parses a rubric file; throws Error.
Rubric read_rubric_file(const std::string& path);

}  // namespace ikit
