#pragma once
/// \file kit_session.h
/// The open kit's life as a file: new, new from bank, open, save, save as, export, close — with
/// "Save changes?" before anything is lost and a dialog (never a lost kit) when something fails.

#include "app_services.h"
#include "checks/kit_checks.h"
#include "document/kit_document.h"
#include "edit_path.h"
#include "export/pdf_export.h"
#include "print/print_job.h"
#include "prompts.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxWindow;

namespace ikit {

/// File-level actions on the open document, asking the user through AppServices::prompts. Each one
/// first has pending edits written (through the edit path), so they are saved or asked about too.
class KitSession {
public:
    /// Acts on the document of `edits`; dialogs are parented to `parent`.
    KitSession(EditPath& edits, const AppServices& services, wxWindow* parent);

    /// Asks Save / Don't Save / Cancel when there are unsaved changes; true when it is fine to go on.
    bool confirm_discard();
    /// Replaces the kit by a new empty one (after confirm_discard).
    bool new_kit();
    /// Closes the kit (after confirm_discard), leaving a new empty one open.
    bool close_kit();
    /// Assembles a kit from the bank as the user asks (after confirm_discard).
    bool new_from_bank();
    /// Asks for a kit file and opens it.
    bool open();
    /// Opens `path` (after confirm_discard); a bad file is reported and the open kit kept.
    bool open_path(const std::string& path);
    /// Saves to the kit's file, or asks for one; false when cancelled or failed (reported).
    bool save();
    /// Asks for a file name and saves there.
    bool save_as();
    /// Asks for export options and writes the PDF; false when cancelled or failed (reported). A kit the
    /// checks find errors in is first said so: export anyway, show the problems (the first error's handler), or cancel.
    bool export_pdf(PdfKind kind);
    /// Writes a PDF as asked (asking before it replaces a file), reports warnings and offers to open it
    /// or show its folder; false when declined or failed (reported).
    bool run_export(const ExportRequest& request);

    // --- a kit with an interview plan (loop_export.cpp) ---
    /// Asks for a candidate list (CSV) and a folder, then prints each candidate's agenda and scorecards
    /// there with a progress bar and Cancel; a bad row is reported with its line and nothing is written,
    /// nor on cancel. False when declined, cancelled or failed (reported).
    bool export_for_candidates();

    /// The folder last used for kits ("" = home).
    const std::string& last_folder() const { return last_folder_; }
    /// Sets the folder file dialogs start in.
    void set_last_folder(const std::string& folder) { last_folder_ = folder; }
    /// Called with every kit file opened or saved (for Open Recent).
    void set_file_used_handler(std::function<void(const std::string&)> handler) { file_used_ = std::move(handler); }
    /// Sets the function that opens a finished PDF (default: the desktop's PDF viewer).
    void set_opener(std::function<void(const std::string&)> opener) { opener_ = std::move(opener); }
    /// Sets the function that shows a folder (default: the desktop's file manager).
    void set_folder_opener(std::function<void(const std::string&)> opener) { folder_opener_ = std::move(opener); }
    /// Sets what "Show the problems" does with the kit's errors (e.g. show the checks pane on the first).
    void set_problems_handler(std::function<void(const std::vector<Finding>&)> handler) {
        problems_handler_ = std::move(handler);
    }

private:
    /// For a kit with errors: export anyway (true), show the problems or cancel (false).
    bool confirm_export_with_errors();
    /// The plan's part of the export dialog's defaults: its interviews and the file names of each choice.
    void offer_plan(ExportRequest& defaults, const std::string& stem) const;
    /// Renders what `request` asks of a kit with a plan (an interview, every interview, the agenda).
    PdfResult render_plan_print(const ExportRequest& request, const PdfOptions& options) const;
    /// What printing needs besides the kit: the rules, today's date and the font.
    PrintContext print_context() const;
    /// Opens `path` once the user has agreed to leave the current kit; reports failures.
    bool open_confirmed(const std::string& path);
    void used(const std::string& path);

    EditPath& edits_;
    const KitDocument& document_;
    const AppServices& services_;
    wxWindow* parent_;
    std::string last_folder_;
    std::function<void(const std::string&)> file_used_;
    std::function<void(const std::string&)> opener_;
    std::function<void(const std::string&)> folder_opener_;
    std::function<void(const std::vector<Finding>&)> problems_handler_;
};

}  // namespace ikit
