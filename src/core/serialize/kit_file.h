#pragma once
/// \file kit_file.h
/// Reading and writing `.ikit` kit files (format 1, see assets/schema/kit-format.md).

#include "model/kit.h"

#include <cstddef>
#include <string>
#include <vector>

namespace ikit {

/// Kit files larger than this are refused before they are read.
constexpr std::size_t kMaxKitFileBytes = 16u * 1024u * 1024u;

/// Most warning lines one read gives; the rest are counted in one last line "file: … and N more warnings".
constexpr std::size_t kMaxKitWarnings = 20;

/// Serializes a kit: ordered, indented, UTF-8, byte-for-byte stable for an equal kit.
std::string write_kit(const Kit& kit);

/// Parses kit XML; throws Error naming `file_name` and the line for anything malformed,
/// hostile (DOCTYPE/entities, invalid UTF-8, absurd depth or counts) or made by a newer version.
/// Unknown elements at the kit's top level (a later minor version) are kept in Kit::extensions;
/// unknown elements elsewhere are reported in `warnings` (when given), never silently dropped.
Kit parse_kit(const std::string& xml, const std::string& file_name, std::vector<std::string>* warnings = nullptr);

/// Reads a kit file (size-limited) and parses it; throws Error.
Kit read_kit_file(const std::string& path, std::vector<std::string>* warnings = nullptr);

/// Saves a kit atomically (temp file, fsync, rename), keeping the previous file as "path~"; throws Error.
void save_kit_file(const Kit& kit, const std::string& path);

}  // namespace ikit
