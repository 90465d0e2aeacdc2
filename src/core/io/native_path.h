#pragma once
/// \file native_path.h
/// The project keeps every path as a UTF-8 std::string; these turn one into what the operating
/// system takes. On Linux and macOS they change nothing; on Windows they go through UTF-16, since
/// there std::filesystem::path(std::string) and fopen read the string in the ANSI code page.

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace ikit {

/// A std::filesystem::path for the UTF-8 path `utf8` (std::filesystem::u8path).
std::filesystem::path path_from_utf8(const std::string& utf8);

/// The UTF-8 string of `path` (path::u8string()).
std::string path_to_utf8(const std::filesystem::path& path);

/// std::fopen for a UTF-8 path; _wfopen with the UTF-16 path on Windows.
std::FILE* open_file_utf8(const std::string& path, const char* mode);

/// The temporary folder as a narrow path for libraries that open files with the C library's
/// fopen (libharu): on Windows its short 8.3 form in the ANSI code page, so that a user name
/// such as "Zoë" still works; elsewhere temp_directory_path(). "" when there is none.
std::string temp_folder_for_narrow_api();

/// Deletes the temporary file `path` (a narrow path as made from temp_folder_for_narrow_api).
/// Windows refuses while a library still has the file open (libharu keeps a font file open until
/// its document is freed): then the deletion is tried again on the next call and at exit.
void remove_temporary_file(const std::string& path);

/// The program's arguments in UTF-8, argv[0] first. On Windows they are read again from
/// GetCommandLineW (argv holds them in the ANSI code page, which loses most names).
std::vector<std::string> utf8_arguments(int argc, char** argv);

/// Makes the console show UTF-8 output (SetConsoleOutputCP(CP_UTF8) on Windows; elsewhere nothing).
void use_utf8_console();

}  // namespace ikit
