#pragma once
/// \file scripted_prompts.h
/// Prompts that answer from a script and record what was asked, so tests never block on a dialog.

#include "app_services.h"
#include "prompts.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ikit::test {

/// Answers every modal question from fields the test sets.
class ScriptedPrompts : public Prompts {
public:
    SaveChoice save_choice = SaveChoice::Cancel;  ///< answer to "Save changes?"
    bool yes = false;                             ///< answer to yes/no questions
    std::string open_path;                        ///< file chosen in Open
    std::string save_path;                        ///< file chosen in Save As
    std::optional<std::string> text;              ///< answer to ask_text
    std::optional<KitSettings> properties;        ///< answer to the properties dialog
    std::optional<KitRequest> new_kit;            ///< answer to New from Bank
    std::function<std::optional<ExportRequest>(const ExportRequest&)> export_answer;  ///< answer to Export

    ErrorsChoice errors_choice = ErrorsChoice::Cancel;    ///< answer to "Kit has errors: export anyway?"
    ExportedChoice exported_choice = ExportedChoice::Close;  ///< answer to "PDF exported"

    std::vector<std::string> errors;      ///< titles and messages of errors shown
    std::vector<std::vector<std::string>> error_questions;  ///< the error lines each "export anyway?" listed
    std::vector<std::string> exported_messages;  ///< messages of "PDF exported"
    std::vector<std::string> open_folders;  ///< the folder each Open dialog started in
    std::vector<std::string> questions;   ///< messages of yes/no questions asked
    int save_questions = 0;               ///< how often "Save changes?" was asked
    std::vector<ShortcutRow> shortcuts;   ///< the rows Keyboard Shortcuts showed last
    std::optional<Preferences> preferences;        ///< answer to Preferences (nullopt = Cancel)
    std::optional<Preferences> preferences_shown;  ///< what Preferences showed last
    std::vector<std::string> languages_offered;    ///< the languages Preferences offered last

    SaveChoice ask_save_changes(wxWindow*, const std::string&) override {
        ++save_questions;
        return save_choice;
    }
    bool ask_yes_no(wxWindow*, const std::string&, const std::string& message, const std::string&,
                    const std::string&) override {
        questions.push_back(message);
        return yes;
    }
    void show_error(wxWindow*, const std::string& title, const std::string& message) override {
        errors.push_back(title + " " + message);
    }
    void show_problems(wxWindow*, const std::string& title, const std::string&, const std::vector<std::string>&) override {
        errors.push_back(title);
    }
    std::string choose_open_file(wxWindow*, const std::string& folder) override {
        open_folders.push_back(folder);
        return open_path;
    }
    std::string choose_save_file(wxWindow*, const std::string&, const std::string&) override { return save_path; }
    std::optional<std::string> ask_text(wxWindow*, const std::string&, const std::string&, const std::string&) override {
        return text;
    }
    std::optional<KitSettings> edit_properties(wxWindow*, const KitSettings&, const AppServices&) override {
        return properties;
    }
    std::optional<KitRequest> ask_new_kit(wxWindow*, const AppServices&) override { return new_kit; }
    std::optional<ExportRequest> ask_export(wxWindow*, const ExportRequest& defaults) override {
        return export_answer ? export_answer(defaults) : std::nullopt;
    }
    std::optional<Preferences> edit_preferences(wxWindow*, const Preferences& shown,
                                                const std::vector<std::string>& languages) override {
        preferences_shown = shown;
        languages_offered = languages;
        return preferences;
    }
    void show_shortcuts(wxWindow*, const std::vector<ShortcutRow>& rows) override { shortcuts = rows; }
    ErrorsChoice ask_export_with_errors(wxWindow*, const std::vector<std::string>& lines) override {
        error_questions.push_back(lines);
        return errors_choice;
    }
    ExportedChoice ask_after_export(wxWindow*, const std::string& message) override {
        exported_messages.push_back(message);
        return exported_choice;
    }

    // Score files (issue 18)
    std::string score_open_path;               ///< score file chosen in Open Scores
    std::string score_save_path;               ///< score file chosen for a new candidate or Save Scores As
    std::vector<std::string> score_files;      ///< score files chosen to compare
    std::string score_folder;                  ///< folder chosen (of score files)
    std::string pdf_path;                      ///< PDF file chosen (debrief)
    std::vector<std::string> score_save_names; ///< the names each score Save dialog suggested
    std::string choose_score_file(wxWindow*, const std::string&) override { return score_open_path; }
    std::string choose_score_save_file(wxWindow*, const std::string&, const std::string& name) override {
        score_save_names.push_back(name);
        return score_save_path;
    }
    std::vector<std::string> choose_score_files(wxWindow*, const std::string&) override { return score_files; }
    std::string choose_folder(wxWindow*, const std::string&) override { return score_folder; }
    std::string choose_pdf_file(wxWindow*, const std::string&, const std::string&) override { return pdf_path; }
    // --- printing for a candidate list ---
    std::string candidate_list;        ///< the CSV chosen in Export for Candidates
    std::string chosen_folder;         ///< the folder chosen in Export for Candidates
    int cancel_after = -1;             ///< the progress bar's Cancel is pressed after this many updates (-1: never)
    std::vector<std::size_t> progress_done;  ///< the `done` of every progress update shown

    std::string choose_candidate_list(wxWindow*, const std::string&) override { return candidate_list; }
    std::string choose_folder(wxWindow*, const std::string&, const std::string&) override { return chosen_folder; }
    std::unique_ptr<Progress> show_progress(wxWindow*, const std::string&, std::size_t) override {
        return std::make_unique<ScriptedProgress>(*this);
    }

private:
    /// Records each update; answers Cancel once `cancel_after` updates were shown.
    class ScriptedProgress : public Progress {
    public:
        explicit ScriptedProgress(ScriptedPrompts& prompts) : prompts_(prompts) {}
        bool update(std::size_t done, std::size_t, const std::string&) override {
            prompts_.progress_done.push_back(done);
            return prompts_.cancel_after < 0 || static_cast<int>(prompts_.progress_done.size()) <= prompts_.cancel_after;
        }

    private:
        ScriptedPrompts& prompts_;
    };
};

}  // namespace ikit::test
