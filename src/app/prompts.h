#pragma once
/// \file prompts.h
/// Every modal question the app asks the user, behind one interface so tests can answer them.

#include "bank/kit_assembler.h"
#include "export/pdf_export.h"
#include "model/kit.h"
#include "shortcut_row.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class wxWindow;

namespace ikit {

struct AppServices;

/// The answer to "Save changes to …?".
enum class SaveChoice { Save, DontSave, Cancel };

/// The answer to "This kit has errors: print it anyway?".
enum class ErrorsChoice { ExportAnyway, ShowProblems, Cancel };

/// The answer to "PDF exported": open it, show its folder, or nothing.
enum class ExportedChoice { Open, ShowInFolder, Close };

/// What the export dialog asks for.
struct ExportRequest {
    PdfOptions options;     ///< kind, paper, candidate, interviewers, date
    std::string path;       ///< output file

    // --- a kit with an interview plan ---
    std::vector<std::string> interviews;  ///< the plan's interviews the dialog offers (empty: the kit has no plan)
    int interview = -1;                   ///< the interview printed (index in the plan); -1 = all, in loop order
    bool agenda = false;                  ///< the candidate's agenda instead of scorecards or guide
    /// The suggested file name (no folder) for a kind, interview and agenda choice; empty = keep the name.
    std::function<std::string(PdfKind, int interview, bool agenda)> file_name_for;
};

/// The user's settings kept between sessions (Edit ▸ Preferences).
struct Preferences {
    std::string language;  ///< the app's language ("de", …); "" = the desktop's; used from the next start
};

/// A progress bar with Cancel for a long task (e.g. printing for a candidate list).
class Progress {
public:
    /// Closes the bar.
    virtual ~Progress() = default;
    /// Shows `done` of `total` with `message`; false when the user asked to cancel.
    virtual bool update(std::size_t done, std::size_t total, const std::string& message) = 0;
};

/// Modal interaction with the user: dialogs in the app, scripted answers in tests.
class Prompts {
public:
    virtual ~Prompts() = default;
    /// Asks whether to save the unsaved changes of `kit_name` before they would be lost.
    virtual SaveChoice ask_save_changes(wxWindow* parent, const std::string& kit_name) = 0;
    /// Asks a yes/no question with custom button labels; true for yes.
    virtual bool ask_yes_no(wxWindow* parent, const std::string& title, const std::string& message,
                            const std::string& yes_label, const std::string& no_label) = 0;
    /// Shows an error: what happened and what to do.
    virtual void show_error(wxWindow* parent, const std::string& title, const std::string& message) = 0;
    /// Shows a list of problems (e.g. bank files that did not load).
    virtual void show_problems(wxWindow* parent, const std::string& title, const std::string& intro,
                               const std::vector<std::string>& lines) = 0;
    /// Asks for a kit file to open; "" when cancelled.
    virtual std::string choose_open_file(wxWindow* parent, const std::string& folder) = 0;
    /// Asks where to save a kit; "" when cancelled.
    virtual std::string choose_save_file(wxWindow* parent, const std::string& folder, const std::string& name) = 0;
    /// Asks for one line of text (e.g. a section title); nullopt when cancelled.
    virtual std::optional<std::string> ask_text(wxWindow* parent, const std::string& title, const std::string& label,
                                                const std::string& initial) = 0;
    /// Edits the kit settings (properties, competencies to cover, recommendation scale); nullopt when cancelled.
    virtual std::optional<KitSettings> edit_properties(wxWindow* parent, const KitSettings& settings,
                                                       const AppServices& services) = 0;
    /// Asks what kit to assemble from the bank; nullopt when cancelled.
    virtual std::optional<KitRequest> ask_new_kit(wxWindow* parent, const AppServices& services) = 0;
    /// Asks what to export and where; nullopt when cancelled.
    virtual std::optional<ExportRequest> ask_export(wxWindow* parent, const ExportRequest& defaults) = 0;
    /// Edits the user's preferences (`shown`, the languages offered in `languages`); nullopt when cancelled.
    virtual std::optional<Preferences> edit_preferences(wxWindow* parent, const Preferences& shown,
                                                        const std::vector<std::string>& languages) = 0;
    /// Lists the keyboard shortcuts.
    virtual void show_shortcuts(wxWindow* parent, const std::vector<ShortcutRow>& rows) = 0;
    /// Says the kit has errors (`errors`, one line each) and asks: export anyway, show the problems, or cancel.
    virtual ErrorsChoice ask_export_with_errors(wxWindow* parent, const std::vector<std::string>& errors) = 0;
    /// Says what was exported (`message`) and offers to open the PDF or show its folder.
    virtual ExportedChoice ask_after_export(wxWindow* parent, const std::string& message) = 0;

    // Score files (issue 18): dialogs of their own, so a kit's Open and Save never offer them.
    /// Asks for a score file (.iscore) to open; "" when cancelled.
    virtual std::string choose_score_file(wxWindow* parent, const std::string& folder) = 0;
    /// Asks where to save a score file, suggesting `name`; "" when cancelled.
    virtual std::string choose_score_save_file(wxWindow* parent, const std::string& folder, const std::string& name) = 0;
    /// Asks for score files to compare; empty when cancelled.
    virtual std::vector<std::string> choose_score_files(wxWindow* parent, const std::string& folder) = 0;
    /// Asks for a folder (of score files); "" when cancelled.
    virtual std::string choose_folder(wxWindow* parent, const std::string& folder) = 0;
    /// Asks where to save a PDF (e.g. a debrief), suggesting `name`; "" when cancelled.
    virtual std::string choose_pdf_file(wxWindow* parent, const std::string& folder, const std::string& name) = 0;
    // --- printing for a candidate list ---
    /// Asks for a candidate list (CSV) to print for; "" when cancelled.
    virtual std::string choose_candidate_list(wxWindow* parent, const std::string& folder) = 0;
    /// Asks for an existing folder to write into, with `title`; "" when cancelled.
    virtual std::string choose_folder(wxWindow* parent, const std::string& title, const std::string& folder) = 0;
    /// Shows a progress bar with Cancel, titled `title`, until the returned object is destroyed.
    virtual std::unique_ptr<Progress> show_progress(wxWindow* parent, const std::string& title, std::size_t total) = 0;
};

/// The real dialogs.
class DialogPrompts : public Prompts {
public:
    SaveChoice ask_save_changes(wxWindow* parent, const std::string& kit_name) override;
    bool ask_yes_no(wxWindow* parent, const std::string& title, const std::string& message,
                    const std::string& yes_label, const std::string& no_label) override;
    void show_error(wxWindow* parent, const std::string& title, const std::string& message) override;
    void show_problems(wxWindow* parent, const std::string& title, const std::string& intro,
                       const std::vector<std::string>& lines) override;
    std::string choose_open_file(wxWindow* parent, const std::string& folder) override;
    std::string choose_save_file(wxWindow* parent, const std::string& folder, const std::string& name) override;
    std::optional<std::string> ask_text(wxWindow* parent, const std::string& title, const std::string& label,
                                        const std::string& initial) override;
    std::optional<KitSettings> edit_properties(wxWindow* parent, const KitSettings& settings,
                                               const AppServices& services) override;
    std::optional<KitRequest> ask_new_kit(wxWindow* parent, const AppServices& services) override;
    std::optional<ExportRequest> ask_export(wxWindow* parent, const ExportRequest& defaults) override;
    std::optional<Preferences> edit_preferences(wxWindow* parent, const Preferences& shown,
                                                const std::vector<std::string>& languages) override;
    void show_shortcuts(wxWindow* parent, const std::vector<ShortcutRow>& rows) override;
    ErrorsChoice ask_export_with_errors(wxWindow* parent, const std::vector<std::string>& errors) override;
    ExportedChoice ask_after_export(wxWindow* parent, const std::string& message) override;
    // Score files (issue 18)
    std::string choose_score_file(wxWindow* parent, const std::string& folder) override;
    std::string choose_score_save_file(wxWindow* parent, const std::string& folder, const std::string& name) override;
    std::vector<std::string> choose_score_files(wxWindow* parent, const std::string& folder) override;
    std::string choose_folder(wxWindow* parent, const std::string& folder) override;
    std::string choose_pdf_file(wxWindow* parent, const std::string& folder, const std::string& name) override;
    std::string choose_candidate_list(wxWindow* parent, const std::string& folder) override;
    std::string choose_folder(wxWindow* parent, const std::string& title, const std::string& folder) override;
    std::unique_ptr<Progress> show_progress(wxWindow* parent, const std::string& title, std::size_t total) override;
};

}  // namespace ikit
