#pragma once
/// \file safe_file_name.h
/// File names made from people's names (candidates, interviewers) that every platform accepts.

#include <string>

namespace ikit {

/// Turns `name` (UTF-8) into one file name component that Windows, macOS and Linux all accept,
/// the same on every platform: the characters < > : " / \ | ? * and control characters become
/// '_', trailing dots and spaces (and leading spaces) go, a Windows device name (CON, PRN, AUX,
/// NUL, COM1–COM9, LPT1–LPT9, with any extension, in any case) gets a leading '_', and the result
/// is at most 120 bytes without splitting a UTF-8 character. Letters of any script are kept.
/// Returns `fallback` when nothing is left.
std::string safe_file_name(const std::string& name, const std::string& fallback = "unnamed");

/// True when `stem` (the part of a file name before its first dot) is a Windows device name.
bool is_windows_device_name(const std::string& stem);

}  // namespace ikit
