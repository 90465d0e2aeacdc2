#pragma once
/// \file data_paths.h
/// Where the programs find their shipped data (bank, rubrics, schema, fonts) and the user's own files.

#include <string>
#include <vector>

namespace ikit {

/// Locates data relative to the running program so the build tree, an installed tree and a
/// relocated tree all work. Order: the folder the program was told (`--data-dir` or $IKIT_DATA_DIR,
/// read by the program and passed in); <exe>/../share/interview-kit-builder; <exe>/../../assets and the
/// build-time source assets folder. Reads no environment variable itself.
class DataPaths {
public:
    /// Resolves the folders for a program whose executable is at `executable_path` (argv[0]; may be
    /// empty to use /proc/self/exe, on Windows GetModuleFileNameW), trying `data_dir` first when it is not empty.
    explicit DataPaths(const std::string& executable_path = "", const std::string& data_dir = "");

    /// The shipped data folder (holds bank/, rubrics/, checks/, schema/); throws Error when none is found.
    const std::string& data_dir() const;
    /// The shipped sample kits folder (may not exist).
    std::string kits_dir() const;
    /// Every shipped bank file (*.xml in <data>/bank), sorted.
    std::vector<std::string> shipped_bank_files() const;
    /// Every shipped rubric file (*.xml in <data>/rubrics), sorted.
    std::vector<std::string> shipped_rubric_files() const;
    /// Every shipped question's own rubric (*.xml in <data>/rubrics/questions), sorted.
    std::vector<std::string> shipped_question_rubric_files() const;
    /// The shipped question rules file (<data>/checks/question_rules.xml).
    std::string question_rules_file() const;
    /// The font for text beyond Latin-1: <data>/fonts/DejaVuSans.ttf when shipped there (a relocated
    /// tree), else the first of system_font_files() that exists; "" when there is none.
    std::string font_file() const;

    /// The user's data folder: $XDG_DATA_HOME/interview-kit-builder (or ~/.local/share/…);
    /// on Windows %APPDATA%\Interview Kit Builder.
    static std::string user_data_dir();
    /// The user's own bank files (*.xml in <user>/banks), sorted; empty when none.
    static std::vector<std::string> user_bank_files();
    /// The user's own rubric files (*.xml in <user>/rubrics), sorted; empty when none.
    static std::vector<std::string> user_rubric_files();
    /// The user's own question rubrics (*.xml in <user>/rubrics/questions), sorted; empty when none.
    static std::vector<std::string> user_question_rubric_files();

private:
    std::string data_dir_;
    std::string kits_dir_;
};

/// The folder of the running program (/proc/self/exe, on Windows GetModuleFileNameW), else of
/// `executable_path` (argv[0]) made absolute.
std::string executable_dir(const std::string& executable_path = "");

/// Where DejaVu Sans is installed on the usual systems, the build's own setting first.
std::vector<std::string> system_font_files();

/// The *.xml files directly inside `folder`, sorted; empty when it does not exist.
std::vector<std::string> xml_files_in(const std::string& folder);

}  // namespace ikit
