#include "kit_session.h"

#include "checks/kit_errors.h"
#include "io/atomic_file.h"
#include "io/native_path.h"
#include "prompts.h"
#include "serialize/kit_file.h"
#include "util/error.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/filename.h>
#include <wx/utils.h>

#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace ikit {

KitSession::KitSession(EditPath& edits, const AppServices& services, wxWindow* parent)
    : edits_(edits), document_(edits.document()), services_(services), parent_(parent) {
    opener_ = [](const std::string& path) { wxLaunchDefaultApplication(wx(path)); };
    folder_opener_ = [](const std::string& folder) { wxLaunchDefaultApplication(wx(folder)); };
}


void KitSession::used(const std::string& path) {
    last_folder_ = path_to_utf8(path_from_utf8(path).parent_path());
    if (file_used_) file_used_(path);
}

bool KitSession::confirm_discard() {
    edits_.flush();
    if (!document_.modified()) return true;
    switch (services_.prompts->ask_save_changes(parent_, document_.display_name())) {
        case SaveChoice::Save: return save();
        case SaveChoice::DontSave: return true;
        case SaveChoice::Cancel: return false;
    }
    return false;
}

bool KitSession::new_kit() {
    if (!confirm_discard()) return false;
    edits_.apply([](KitDocument& doc) { doc.reset(new_empty_kit(), "", false); });
    return true;
}

bool KitSession::close_kit() { return new_kit(); }

bool KitSession::new_from_bank() {
    if (services_.library.bank.roles().empty()) {
        services_.prompts->show_error(parent_, utf8(_("The question bank is empty.")),
                                      utf8(_("No bank file could be loaded, so there is nothing to build a kit from. "
                                             "Check the bank files named at start-up, then restart.")));
        return false;
    }
    const auto request = services_.prompts->ask_new_kit(parent_, services_);
    if (!request || !confirm_discard()) return false;
    try {
        Kit kit = assemble_kit(services_.library.bank, services_.library.rubrics, *request);
        edits_.apply([&](KitDocument& doc) { doc.reset(std::move(kit), "", true); });
        return true;
    } catch (const Error& e) {
        services_.prompts->show_error(parent_, utf8(_("The kit could not be assembled.")), e.what());
        return false;
    }
}

bool KitSession::open() {
    if (!confirm_discard()) return false;
    // The folder a kit was last opened from or saved to, else home (never the folder the app started in).
    std::error_code ec;
    const bool have_last = !last_folder_.empty() && fs::is_directory(last_folder_, ec);
    const std::string folder = have_last ? last_folder_ : utf8(wxGetHomeDir());
    const std::string path = services_.prompts->choose_open_file(parent_, folder);
    return !path.empty() && open_confirmed(path);
}

bool KitSession::open_path(const std::string& path) { return confirm_discard() && open_confirmed(path); }

bool KitSession::open_confirmed(const std::string& given) {
    // A path from the command line may be relative: keep it absolute, so the title, Save and Open Recent
    // still find the file when the app is next started from another folder.
    std::error_code ec;
    const fs::path absolute = fs::absolute(path_from_utf8(given), ec);
    const std::string path = ec ? given : path_to_utf8(absolute.lexically_normal());
    try {
        edits_.apply([&](KitDocument& doc) { doc.open(path); });
    } catch (const Error& e) {
        services_.prompts->show_error(parent_, utf8(_("The kit could not be opened.")),
                                      std::string(e.what()) + "\n\n" + utf8(_("The kit you had open is unchanged.")));
        return false;
    }
    used(path);
    return true;
}

bool KitSession::save() {
    edits_.flush();
    if (document_.path().empty()) return save_as();
    try {
        edits_.apply([](KitDocument& doc) { doc.save(); });
    } catch (const Error& e) {
        services_.prompts->show_error(parent_, utf8(_("The kit could not be saved.")),
                                      std::string(e.what()) + "\n\n" +
                                          utf8(_("Your changes are still open here. Try Save As to save them elsewhere.")));
        return false;
    }
    used(document_.path());
    return true;
}

bool KitSession::save_as() {
    edits_.flush();
    const std::string name = print_file_stem(document_.display_name());
    const std::string folder = document_.path().empty() ? last_folder_ : path_to_utf8(path_from_utf8(document_.path()).parent_path());
    const std::string path = services_.prompts->choose_save_file(parent_, folder, name + ".ikit");
    if (path.empty()) return false;
    try {
        edits_.apply([&](KitDocument& doc) { doc.save(path); });
    } catch (const Error& e) {
        services_.prompts->show_error(parent_, utf8(_("The kit could not be saved.")),
                                      std::string(e.what()) + "\n\n" +
                                          utf8(_("Your changes are still open here. Choose another folder or file name.")));
        return false;
    }
    used(path);
    return true;
}

PrintContext KitSession::print_context() const {
    PrintContext context;
    context.rules = services_.rules_error.empty() ? &services_.rules : nullptr;
    context.today = today_iso_date();
    context.font_file = services_.paths.font_file();
    return context;
}

bool KitSession::confirm_export_with_errors() {
    if (!services_.rules_error.empty()) return true;
    const std::vector<Finding> errors = kit_errors(document_.kit(), services_.rules);
    if (errors.empty()) return true;
    switch (services_.prompts->ask_export_with_errors(parent_, error_lines(document_.kit(), errors))) {
        case ErrorsChoice::ExportAnyway: return true;
        case ErrorsChoice::ShowProblems:
            if (problems_handler_) problems_handler_(errors);
            return false;
        case ErrorsChoice::Cancel: return false;
    }
    return false;
}

bool KitSession::export_pdf(PdfKind kind) {
    edits_.flush();
    if (!confirm_export_with_errors()) return false;
    ExportRequest defaults;
    defaults.options = print_options_for(document_.kit(), kind, print_context());
    const std::string stem = print_file_stem(document_.display_name());
    // Beside the kit when that folder is writable (not for a shipped sample), else the last folder or home.
    std::string folder = document_.path().empty() ? std::string() : path_to_utf8(path_from_utf8(document_.path()).parent_path());
    if (folder.empty() || !wxFileName::IsDirWritable(wx(folder))) folder = last_folder_;
    if (folder.empty() || !wxFileName::IsDirWritable(wx(folder))) folder = utf8(wxGetHomeDir());
    std::set<std::string> taken;
    defaults.path = path_to_utf8(path_from_utf8(folder) / path_from_utf8(print_file_name(stem, kind, "", taken)));
    offer_plan(defaults, stem);
    const auto request = services_.prompts->ask_export(parent_, defaults);
    if (!request) return false;
    return run_export(*request);
}

bool KitSession::run_export(const ExportRequest& request) {
    // The dialog chose kind, paper and names; the check line and font follow the kind chosen.
    PdfOptions options = request.options;
    const PdfOptions planned = print_options_for(document_.kit(), options.kind, print_context());
    options.check_line = planned.check_line;
    options.font_file = planned.font_file;
    std::error_code ec;
    if (fs::exists(request.path, ec) &&
        !services_.prompts->ask_yes_no(
            parent_, utf8(_("Replace the PDF?")),
            // TRANSLATORS: %1$s is a file name, %2$s the folder it is in.
            utf8(wxString::Format(_(L"\u201c%1$s\u201d already exists in %2$s.\n\nReplace it?"),
                                  wx(path_to_utf8(path_from_utf8(request.path).filename())),
                                  wx(path_to_utf8(path_from_utf8(request.path).parent_path())))),
            utf8(_("&Replace")), utf8(_("&Cancel"))))
        return false;
    PdfResult result;
    try {
        if (request.agenda || !document_.kit().plan.empty()) {
            result = render_plan_print(request, options);
            write_file_atomically(request.path, result.bytes);
        } else {
            result = ikit::export_pdf(document_.kit(), options, request.path);
        }
    } catch (const Error& e) {
        services_.prompts->show_error(parent_, utf8(_("The PDF could not be exported.")),
                                      std::string(e.what()) + "\n\n" +
                                          utf8(_("Your kit is unchanged. Check the folder is writable and has space, "
                                                 "then export again.")));
        return false;
    }
    const int pages = static_cast<int>(result.pages);
    // TRANSLATORS: %1$d is a number of pages, %2$s the PDF file written.
    std::string message = utf8(wxString::Format(wxPLURAL("Wrote %1$d page to %2$s.", "Wrote %1$d pages to %2$s.", pages),
                                                pages, wx(request.path)));
    if (!result.warnings.empty())
        message += "\n\n" + utf8(_("Some text could not be drawn:")) + "\n\u2022 " + join(result.warnings, "\n\u2022 ");
    switch (services_.prompts->ask_after_export(parent_, message)) {
        case ExportedChoice::Open:
            if (opener_) opener_(request.path);
            break;
        case ExportedChoice::ShowInFolder:
            if (folder_opener_) folder_opener_(path_to_utf8(path_from_utf8(request.path).parent_path()));
            break;
        case ExportedChoice::Close: break;
    }
    return true;
}

}  // namespace ikit
