#pragma once
/// \file app_command_line.h
/// The desktop app's command line: the options KitApp reads, and the answers to --help and --version
/// that must work without a display (wxWidgets needs one before it parses anything itself).

#include <optional>

class wxCmdLineParser;

namespace ikit {

/// Declares the app's own options and its optional kit file parameter (not --help, which wx adds).
void declare_app_options(wxCmdLineParser& parser);

/// Answers -h/--help (the options) and --version on stdout, before any window system is touched;
/// returns the exit code then, nullopt for every other command line.
std::optional<int> answer_without_display(int argc, char** argv);

}  // namespace ikit
