#pragma once
/// \file app_services.h
/// What every part of the app shares: the loaded bank and rubrics, the question rules, where files
/// go, and how to ask the user. Built once at start-up (or by a test) and passed to the main frame.

#include "bank/library_loader.h"
#include "checks/question_rules.h"
#include "io/data_paths.h"

#include <memory>
#include <string>
#include <vector>

namespace ikit {

class Prompts;

/// Shared, read-only services of a running app.
struct AppServices {
    DataPaths paths;                 ///< shipped data and sample kits
    LoadedLibrary library;           ///< question bank, rubrics and the files that failed
    QuestionRules rules;             ///< wording and protected-topic rules for the checks panel
    std::string rules_error;         ///< why the rules could not be read, or ""
    std::shared_ptr<Prompts> prompts;///< modal questions (dialogs, or a test's answers)
    int autosave_interval_ms = 60000;///< how often unsaved changes go to the recovery file
    std::string recovery_dir;        ///< where recovery files are written
    int checks_delay_ms = 400;       ///< quiet time after an edit before the checks run again
};

/// Loads the library and rules for `paths`; problems are recorded, never thrown
/// (library.errors and rules_error). The recovery folder is <user data>/recovery.
std::unique_ptr<AppServices> load_app_services(const DataPaths& paths, std::shared_ptr<Prompts> prompts);

}  // namespace ikit
