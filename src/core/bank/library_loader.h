#pragma once
/// \file library_loader.h
/// Loads the shipped and user banks and rubrics, keeping going past a broken file.

#include "bank/question_bank.h"
#include "bank/rubric_library.h"
#include "io/data_paths.h"

#include <string>
#include <vector>

namespace ikit {

/// What was loaded, and the files that could not be.
struct LoadedLibrary {
    QuestionBank bank;                 ///< every bank file that loaded
    RubricLibrary rubrics;             ///< every rubric file that loaded
    std::vector<std::string> errors;   ///< one line per file that failed ("file:line: message")
};

/// Loads the shipped bank and rubrics, the user's own files and `extra_bank_files`.
/// A broken file adds a line to `errors`; the others still load.
LoadedLibrary load_library(const DataPaths& paths, const std::vector<std::string>& extra_bank_files = {},
                           bool include_user_files = true);

}  // namespace ikit
