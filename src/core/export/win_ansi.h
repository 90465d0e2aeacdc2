#pragma once
/// \file win_ansi.h
/// WinAnsiEncoding (Windows code page 1252): what the PDF base-14 fonts can draw without embedding.

#include <optional>
#include <string>

namespace ikit {

/// The WinAnsiEncoding byte of `code_point`, or nullopt when the encoding lacks it.
std::optional<unsigned char> win_ansi_byte(char32_t code_point);

/// True when `code_point` can be drawn with a base-14 font in WinAnsiEncoding.
bool is_win_ansi(char32_t code_point);

/// Encodes code points that all pass is_win_ansi (others become '?').
std::string to_win_ansi(const std::u32string& text);

}  // namespace ikit
