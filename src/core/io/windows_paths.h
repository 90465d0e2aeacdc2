#pragma once
/// \file windows_paths.h
/// Windows only (the declarations exist when _WIN32 is defined): UTF-8 <-> UTF-16 at the Windows
/// API, the program's own path, the user's roaming application data folder, the command line.

#ifdef _WIN32

#include <string>
#include <vector>

namespace ikit {

/// UTF-8 to UTF-16 (MultiByteToWideChar); invalid sequences become U+FFFD.
std::wstring widen_utf8(const std::string& utf8);

/// UTF-16 to UTF-8 (WideCharToMultiByte).
std::string narrow_to_utf8(const std::wstring& wide);

/// `path` for a narrow (ANSI code page) Windows API such as fopen: its short 8.3 form
/// (GetShortPathNameW) when the file exists, converted to the ANSI code page.
std::string windows_path_for_ansi_api(const std::wstring& path);

/// The running executable's full path in UTF-8 (GetModuleFileNameW); "" on failure.
std::string windows_executable_path();

/// The user's roaming application data folder, e.g. C:\Users\Zoë\AppData\Roaming, in UTF-8
/// (SHGetKnownFolderPath(FOLDERID_RoamingAppData), else %APPDATA%); "" when unknown.
std::string windows_roaming_app_data();

/// The command line split as the C runtime does (CommandLineToArgvW), each argument in UTF-8.
std::vector<std::string> windows_command_line_arguments();

/// Sets the console's output code page to UTF-8 so UTF-8 text written to stdout shows right.
void windows_use_utf8_console();

/// A short English reason for a Windows error code ("permission denied", "the disk is full", …).
std::string windows_error_reason(unsigned long error);

}  // namespace ikit

#endif  // _WIN32
