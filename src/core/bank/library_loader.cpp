#include "bank/library_loader.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "serialize/bank_reader.h"
#include "serialize/rubric_reader.h"
#include "util/error.h"

namespace ikit {

namespace {

void load_rubric(const std::string& file, bool question_rubric, LoadedLibrary& result) {
    try {
        Rubric rubric = read_rubric_file(file);
        if (result.rubrics.find(rubric.id))
            throw Error(file, 0, fill(tr("rubric id \"{1}\" is already loaded"), {rubric.id}));
        if (question_rubric)
            result.rubrics.add_question_rubric(std::move(rubric));
        else
            result.rubrics.add(std::move(rubric));
    } catch (const Error& e) {
        result.errors.push_back(e.what());
    }
}

// A question that names its own rubric which no rubric file holds is scored on its competency's rubric
// instead; say so, naming the bank file.
void report_missing_question_rubrics(LoadedLibrary& result) {
    for (const auto& q : result.bank.questions())
        if (!q.rubric_id.empty() && !result.rubrics.find(q.rubric_id))
            result.errors.push_back(q.bank_file + ": " +
                                    fill(tr("question \"{1}\" names rubric \"{2}\", which no rubric file holds (looked "
                                            "in rubrics/questions/)"),
                                         {q.id, q.rubric_id}));
}

}  // namespace

LoadedLibrary load_library(const DataPaths& paths, const std::vector<std::string>& extra_bank_files,
                           bool include_user_files) {
    LoadedLibrary result;
    std::vector<std::string> bank_files = paths.shipped_bank_files();
    std::vector<std::string> rubric_files = paths.shipped_rubric_files();
    std::vector<std::string> question_rubric_files = paths.shipped_question_rubric_files();
    if (include_user_files) {
        for (const auto& f : DataPaths::user_bank_files()) bank_files.push_back(f);
        for (const auto& f : DataPaths::user_rubric_files()) rubric_files.push_back(f);
        for (const auto& f : DataPaths::user_question_rubric_files()) question_rubric_files.push_back(f);
    }
    bank_files.insert(bank_files.end(), extra_bank_files.begin(), extra_bank_files.end());
    for (const auto& file : bank_files) {
        try {
            result.bank.add(read_bank_file(file));
        } catch (const Error& e) {
            result.errors.push_back(e.what());
        }
    }
    for (const auto& file : rubric_files) load_rubric(file, false, result);
    for (const auto& file : question_rubric_files) load_rubric(file, true, result);
    report_missing_question_rubrics(result);
    return result;
}

}  // namespace ikit
