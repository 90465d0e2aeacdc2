#pragma once
/// \file file_name.h
/// File names made from what people typed (kit titles, candidate and interviewer names): safe on
/// Windows, macOS and Linux, length-limited, and unique within one export.

#include <cstddef>
#include <set>
#include <string>
#include <string_view>

namespace ikit {

/// The longest file name stem safe_file_stem() returns, in bytes (file systems allow 255).
constexpr std::size_t kMaxFileStemBytes = 100;

/// `name` as a file name stem: characters that Windows, macOS, Linux or a shell trip over (/\:*?"<>|,
/// controls, invisible format characters) become "-", dashes of every kind become "-", runs of "-" and
/// spaces fold, leading and trailing dots, spaces and dashes go, a Windows device name (CON, NUL, COM1, …)
/// gets "_" added, and the result is cut to `max_bytes` at a character boundary. `fallback` when
/// nothing usable is left. Letters of every script are kept.
std::string safe_file_stem(std::string_view name, std::string_view fallback,
                           std::size_t max_bytes = kMaxFileStemBytes);

/// `stem`, or `stem-2`, `stem-3`, … whichever is not yet in `taken` (compared without regard to ASCII
/// case, as Windows and macOS compare names); the result is added to `taken`.
std::string unique_file_stem(const std::string& stem, std::set<std::string>& taken);

}  // namespace ikit
