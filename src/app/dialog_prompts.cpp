#include "prompts.h"

#include "app_language.h"
#include "dialogs/dialog_buttons.h"
#include "dialogs/export_dialog.h"
#include "dialogs/new_kit_dialog.h"
#include "dialogs/preferences_dialog.h"
#include "dialogs/properties_dialog.h"
#include "dialogs/shortcuts_dialog.h"
#include "util/text.h"
#include "util/version.h"
#include "wx_text.h"

#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/progdlg.h>
#include <wx/msgdlg.h>
#include <wx/textdlg.h>

namespace ikit {

namespace {
/// The file types of a kit's Open and Save dialogs (descriptions translated, patterns as they are).
wxString kit_wildcard() { return _("Interview kits (*.ikit)") + "|*.ikit|" + _("All files (*)") + "|*"; }
}

SaveChoice DialogPrompts::ask_save_changes(wxWindow* parent, const std::string& kit_name) {
    wxMessageDialog dialog(parent,
                           wxString::Format(_(L"Save the changes to \u201c%s\u201d before closing it?"), wx(kit_name)),
                           _("Unsaved changes"), wxYES_NO | wxCANCEL | wxICON_WARNING);
    dialog.SetExtendedMessage(_("If you don't save, the changes are lost."));
    dialog.SetYesNoCancelLabels(_("&Save"), _("Do&n't Save"), _("&Cancel"));
    switch (dialog.ShowModal()) {
        case wxID_YES: return SaveChoice::Save;
        case wxID_NO: return SaveChoice::DontSave;
        default: return SaveChoice::Cancel;
    }
}

bool DialogPrompts::ask_yes_no(wxWindow* parent, const std::string& title, const std::string& message,
                               const std::string& yes_label, const std::string& no_label) {
    wxMessageDialog dialog(parent, wx(message), wx(title), wxYES_NO | wxICON_QUESTION);
    dialog.SetYesNoLabels(wx(yes_label), wx(no_label));
    return dialog.ShowModal() == wxID_YES;
}

void DialogPrompts::show_error(wxWindow* parent, const std::string& title, const std::string& message) {
    wxMessageDialog dialog(parent, wx(title), product_name(), wxOK | wxICON_ERROR);
    dialog.SetOKLabel(_("OK"));
    dialog.SetExtendedMessage(wx(message));
    dialog.ShowModal();
}

void DialogPrompts::show_problems(wxWindow* parent, const std::string& title, const std::string& intro,
                                  const std::vector<std::string>& lines) {
    wxMessageDialog dialog(parent, wx(intro), wx(title), wxOK | wxICON_WARNING);
    dialog.SetOKLabel(_("OK"));
    dialog.SetExtendedMessage(lines_text(lines));
    dialog.ShowModal();
}

std::string DialogPrompts::choose_open_file(wxWindow* parent, const std::string& folder) {
    wxFileDialog dialog(parent, _("Open Kit"), wx(folder), "", kit_wildcard(), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    return dialog.ShowModal() == wxID_OK ? utf8(dialog.GetPath()) : std::string();
}

std::string DialogPrompts::choose_save_file(wxWindow* parent, const std::string& folder, const std::string& name) {
    wxFileDialog dialog(parent, _("Save Kit As"), wx(folder), wx(name), kit_wildcard(),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return {};
    wxString path = dialog.GetPath();
    if (!path.Lower().EndsWith(".ikit")) path += ".ikit";
    return utf8(path);
}

std::optional<std::string> DialogPrompts::ask_text(wxWindow* parent, const std::string& title,
                                                   const std::string& label, const std::string& initial) {
    wxTextEntryDialog dialog(parent, wx(label), wx(title), wx(initial));
    label_dialog_buttons(dialog);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return utf8(dialog.GetValue());
}

std::optional<KitSettings> DialogPrompts::edit_properties(wxWindow* parent, const KitSettings& settings,
                                                          const AppServices& services) {
    PropertiesDialog dialog(parent, settings, services);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return dialog.settings();
}

std::optional<KitRequest> DialogPrompts::ask_new_kit(wxWindow* parent, const AppServices& services) {
    NewKitDialog dialog(parent, services);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return dialog.request();
}

std::optional<ExportRequest> DialogPrompts::ask_export(wxWindow* parent, const ExportRequest& defaults) {
    ExportDialog dialog(parent, defaults);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return dialog.request();
}

std::optional<Preferences> DialogPrompts::edit_preferences(wxWindow* parent, const Preferences& shown,
                                                           const std::vector<std::string>& languages) {
    PreferencesDialog dialog(parent, shown, languages);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return dialog.preferences();
}

void DialogPrompts::show_shortcuts(wxWindow* parent, const std::vector<ShortcutRow>& rows) {
    ShortcutsDialog dialog(parent, rows);
    dialog.ShowModal();
}

ErrorsChoice DialogPrompts::ask_export_with_errors(wxWindow* parent, const std::vector<std::string>& errors) {
    const int count = static_cast<int>(errors.size());
    wxMessageDialog dialog(parent,
                           wxString::Format(wxPLURAL("The checks found an error in this kit. Print it anyway?",
                                                     "The checks found %d errors in this kit. Print it anyway?", count),
                                            count),
                           _("Kit has errors"), wxYES_NO | wxCANCEL | wxNO_DEFAULT | wxICON_WARNING);
    dialog.SetExtendedMessage(wx("\u2022 " + join(errors, "\n\u2022 ")));
    dialog.SetYesNoCancelLabels(_("&Export Anyway"), _("&Show the Problems"), _("&Cancel"));
    switch (dialog.ShowModal()) {
        case wxID_YES: return ErrorsChoice::ExportAnyway;
        case wxID_NO: return ErrorsChoice::ShowProblems;
        default: return ErrorsChoice::Cancel;
    }
}

ExportedChoice DialogPrompts::ask_after_export(wxWindow* parent, const std::string& message) {
    wxMessageDialog dialog(parent, _("PDF exported"), product_name(), wxYES_NO | wxCANCEL | wxICON_INFORMATION);
    dialog.SetExtendedMessage(wx(message));
    dialog.SetYesNoCancelLabels(_("&Open PDF"), _("Show in &Folder"), _("&Close"));
    switch (dialog.ShowModal()) {
        case wxID_YES: return ExportedChoice::Open;
        case wxID_NO: return ExportedChoice::ShowInFolder;
        default: return ExportedChoice::Close;
    }
}

// Score files (issue 18) ------------------------------------------------------------------------------

namespace {
/// The file types of the score files' dialogs.
wxString score_wildcard() { return _("Score files (*.iscore)") + "|*.iscore|" + _("All files (*)") + "|*"; }

// `path` with `extension` (".iscore") unless it already ends so.
wxString with_extension(wxString path, const wxString& extension) {
    if (!path.Lower().EndsWith(extension)) path += extension;
    return path;
}
}  // namespace

std::string DialogPrompts::choose_score_file(wxWindow* parent, const std::string& folder) {
    wxFileDialog dialog(parent, _("Open Scores"), wx(folder), "", score_wildcard(), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    return dialog.ShowModal() == wxID_OK ? utf8(dialog.GetPath()) : std::string();
}

std::string DialogPrompts::choose_score_save_file(wxWindow* parent, const std::string& folder, const std::string& name) {
    wxFileDialog dialog(parent, _("Save Scores"), wx(folder), wx(name), score_wildcard(), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    return dialog.ShowModal() == wxID_OK ? utf8(with_extension(dialog.GetPath(), ".iscore")) : std::string();
}

std::vector<std::string> DialogPrompts::choose_score_files(wxWindow* parent, const std::string& folder) {
    wxFileDialog dialog(parent, _("Choose Candidates' Scores"), wx(folder), "", score_wildcard(),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST | wxFD_MULTIPLE);
    std::vector<std::string> files;
    if (dialog.ShowModal() != wxID_OK) return files;
    wxArrayString paths;
    dialog.GetPaths(paths);
    for (const auto& p : paths) files.push_back(utf8(p));
    return files;
}

std::string DialogPrompts::choose_folder(wxWindow* parent, const std::string& folder) {
    wxDirDialog dialog(parent, _("Choose a Folder of Score Files"), wx(folder), wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
    return dialog.ShowModal() == wxID_OK ? utf8(dialog.GetPath()) : std::string();
}

std::string DialogPrompts::choose_pdf_file(wxWindow* parent, const std::string& folder, const std::string& name) {
    wxFileDialog dialog(parent, _("Export PDF"), wx(folder), wx(name), _("PDF files (*.pdf)") + "|*.pdf", wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    return dialog.ShowModal() == wxID_OK ? utf8(with_extension(dialog.GetPath(), ".pdf")) : std::string();
}

// --- printing for a candidate list ---

std::string DialogPrompts::choose_candidate_list(wxWindow* parent, const std::string& folder) {
    wxFileDialog dialog(parent, _("Export for Candidates: the Candidate List"), wx(folder), "",
                        _("Candidate lists (*.csv)") + "|*.csv;*.CSV|" + _("All files (*)") + "|*", wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    return dialog.ShowModal() == wxID_OK ? utf8(dialog.GetPath()) : std::string();
}

std::string DialogPrompts::choose_folder(wxWindow* parent, const std::string& title, const std::string& folder) {
    wxDirDialog dialog(parent, wx(title), wx(folder), wxDD_DEFAULT_STYLE);
    return dialog.ShowModal() == wxID_OK ? utf8(dialog.GetPath()) : std::string();
}

namespace {

/// A wxProgressDialog with Cancel.
class DialogProgress : public Progress {
public:
    DialogProgress(wxWindow* parent, const std::string& title, std::size_t total)
        : dialog_(wx(title), _(L"Starting\u2026"), static_cast<int>(std::max<std::size_t>(total, 1)), parent,
                  wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME) {}
    bool update(std::size_t done, std::size_t, const std::string& message) override {
        return dialog_.Update(static_cast<int>(std::min<std::size_t>(done, static_cast<std::size_t>(dialog_.GetRange()))),
                              wx(message));
    }

private:
    wxProgressDialog dialog_;
};

}  // namespace

std::unique_ptr<Progress> DialogPrompts::show_progress(wxWindow* parent, const std::string& title, std::size_t total) {
    return std::make_unique<DialogProgress>(parent, title, total);
}

}  // namespace ikit
