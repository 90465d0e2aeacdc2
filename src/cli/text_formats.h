#pragma once
/// \file text_formats.h
/// Escaping for the command line's machine-readable outputs (CSV, JSON).

#include <string>
#include <vector>

namespace ikit::cli {

/// One CSV record (RFC 4180 quoting), without the line end.
std::string csv_row(const std::vector<std::string>& fields);

/// A JSON string literal, quotes included.
std::string json_string(const std::string& text);

}  // namespace ikit::cli
