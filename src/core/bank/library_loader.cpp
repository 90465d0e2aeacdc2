#include "bank/library_loader.h"

#include "serialize/bank_reader.h"
#include "serialize/rubric_reader.h"
#include "util/error.h"

namespace ikit {

LoadedLibrary load_library(const DataPaths& paths, const std::vector<std::string>& extra_bank_files,
                           bool include_user_files) {
    LoadedLibrary result;
    std::vector<std::string> bank_files = paths.shipped_bank_files();
    std::vector<std::string> rubric_files = paths.shipped_rubric_files();
    if (include_user_files) {
        for (const auto& f : DataPaths::user_bank_files()) bank_files.push_back(f);
        for (const auto& f : DataPaths::user_rubric_files()) rubric_files.push_back(f);
    }
    bank_files.insert(bank_files.end(), extra_bank_files.begin(), extra_bank_files.end());
    for (const auto& file : bank_files) {
        try {
            result.bank.add(read_bank_file(file));
        } catch (const Error& e) {
            result.errors.push_back(e.what());
        }
    }
    for (const auto& file : rubric_files) {
        try {
            Rubric rubric = read_rubric_file(file);
            if (result.rubrics.find(rubric.id)) throw Error(file, 0, "rubric id \"" + rubric.id + "\" is already loaded");
            result.rubrics.add(std::move(rubric));
        } catch (const Error& e) {
            result.errors.push_back(e.what());
        }
    }
    return result;
}

}  // namespace ikit
