#include "kit_session.h"

#include "checks/kit_checks.h"
#include "io/native_path.h"
#include "prompts.h"
#include "serialize/kit_file.h"
#include "util/error.h"
#include "util/safe_file_name.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/filename.h>
#include <wx/utils.h>

#include <filesystem>

namespace fs = std::filesystem;

namespace ikit {

KitSession::KitSession(KitDocument& document, const AppServices& services, wxWindow* parent)
    : document_(document), services_(services), parent_(parent) {
    opener_ = [](const std::string& path) { wxLaunchDefaultApplication(wx(path)); };
}

Kit KitSession::empty_kit() {
    Kit kit;
    kit.properties.title = "Untitled kit";
    kit.properties.stage = "Interview";
    kit.sections.push_back(KitSection{"s1", "Questions", "", {}});
    return kit;
}

namespace {
/// A file name stem for the kit: its display name without characters file systems or shells trip over.
std::string file_stem(const std::string& name) {
    std::string stem;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name.compare(i, 3, "\u2014") == 0 || name.compare(i, 3, "\u2013") == 0) {  // em and en dashes
            stem += '-';
            i += 2;
        } else if (std::string("/\\:*?\"<>|").find(name[i]) != std::string::npos) {
            stem += '-';
        } else {
            stem += name[i];
        }
    }
    return safe_file_name(stem, "kit");  // also no Windows device name, no trailing dot
}
}  // namespace

void KitSession::used(const std::string& path) {
    last_folder_ = path_to_utf8(path_from_utf8(path).parent_path());
    if (file_used_) file_used_(path);
}

bool KitSession::confirm_discard() {
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
    document_.reset(empty_kit(), "", false);
    return true;
}

bool KitSession::new_from_bank() {
    if (services_.library.bank.roles().empty()) {
        services_.prompts->show_error(parent_, "The question bank is empty.",
                                      "No bank file could be loaded, so there is nothing to build a kit from. "
                                      "Check the bank files named at start-up, then restart.");
        return false;
    }
    const auto request = services_.prompts->ask_new_kit(parent_, services_);
    if (!request || !confirm_discard()) return false;
    try {
        Kit kit = assemble_kit(services_.library.bank, services_.library.rubrics, *request);
        document_.reset(std::move(kit), "", true);
        return true;
    } catch (const Error& e) {
        services_.prompts->show_error(parent_, "The kit could not be assembled.", e.what());
        return false;
    }
}

bool KitSession::open() {
    if (!confirm_discard()) return false;
    const std::string path = services_.prompts->choose_open_file(parent_, last_folder_);
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
        document_.open(path);
    } catch (const Error& e) {
        services_.prompts->show_error(parent_, "The kit could not be opened.",
                                      std::string(e.what()) + "\n\nThe kit you had open is unchanged.");
        return false;
    }
    used(path);
    return true;
}

bool KitSession::save() {
    if (document_.path().empty()) return save_as();
    try {
        document_.save();
    } catch (const Error& e) {
        services_.prompts->show_error(parent_, "The kit could not be saved.",
                                      std::string(e.what()) +
                                          "\n\nYour changes are still open here. Try Save As to save them elsewhere.");
        return false;
    }
    used(document_.path());
    if (saved_) saved_();
    return true;
}

bool KitSession::save_as() {
    const std::string name = file_stem(document_.display_name());
    const std::string folder = document_.path().empty() ? last_folder_ : path_to_utf8(path_from_utf8(document_.path()).parent_path());
    const std::string path = services_.prompts->choose_save_file(parent_, folder, name + ".ikit");
    if (path.empty()) return false;
    try {
        document_.save(path);
    } catch (const Error& e) {
        services_.prompts->show_error(parent_, "The kit could not be saved.",
                                      std::string(e.what()) +
                                          "\n\nYour changes are still open here. Choose another folder or file name.");
        return false;
    }
    used(path);
    if (saved_) saved_();
    return true;
}

bool KitSession::export_pdf(PdfKind kind) {
    const Kit& kit = document_.kit();
    ExportRequest defaults;
    defaults.options.kind = kind;
    try {
        defaults.options.paper = kit.properties.paper.empty() ? default_paper_for_locale()
                                                              : paper_from_id(kit.properties.paper);
    } catch (const Error&) {
        defaults.options.paper = default_paper_for_locale();
    }
    const std::string stem = file_stem(document_.display_name());
    // Beside the kit when that folder is writable (not for a shipped sample), else the last folder or home.
    std::string folder = document_.path().empty() ? std::string() : path_to_utf8(path_from_utf8(document_.path()).parent_path());
    if (folder.empty() || !wxFileName::IsDirWritable(wx(folder))) folder = last_folder_;
    if (folder.empty() || !wxFileName::IsDirWritable(wx(folder))) folder = utf8(wxGetHomeDir());
    defaults.path = path_to_utf8(path_from_utf8(folder) / path_from_utf8(stem + (kind == PdfKind::Guide ? " guide.pdf" : " scorecards.pdf")));
    const auto request = services_.prompts->ask_export(parent_, defaults);
    if (!request) return false;
    return run_export(*request);
}

bool KitSession::run_export(const ExportRequest& request) {
    PdfOptions options = request.options;
    if (options.kind == PdfKind::Guide && services_.rules_error.empty())
        options.check_line = check_summary_line(check_kit(document_.kit(), services_.rules), today_iso_date());
    PdfResult result;
    try {
        result = ikit::export_pdf(document_.kit(), options, request.path);
    } catch (const Error& e) {
        services_.prompts->show_error(parent_, "The PDF could not be exported.",
                                      std::string(e.what()) + "\n\nYour kit is unchanged. Check the folder is "
                                                              "writable and has space, then export again.");
        return false;
    }
    std::string message = "Wrote " + std::to_string(result.pages) + (result.pages == 1 ? " page" : " pages") +
                          " to " + request.path + ".";
    if (!result.warnings.empty())
        message += "\n\nSome text could not be drawn:\n\u2022 " + join(result.warnings, "\n\u2022 ");
    message += "\n\nOpen the PDF now?";
    if (services_.prompts->ask_yes_no(parent_, "PDF exported", message, "&Open PDF", "&Close") && opener_)
        opener_(request.path);
    return true;
}

}  // namespace ikit
