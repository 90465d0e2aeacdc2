#include "kit_app.h"

#include "app_command_line.h"
#include "app_language.h"
#include "main_frame.h"
#include "prompts.h"
#include "ready_report.h"
#include "io/locale_catalogs.h"
#include "io/native_path.h"
#include "util/error.h"
#include "util/posix_compat.h"
#include "util/version.h"
#include "wx_text.h"

#include <wx/cmdline.h>
#include <wx/fileconf.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace ikit {

std::string find_sample_kit(const std::string& kits_dir, const std::string& name) {
    std::error_code ec;
    if (kits_dir.empty() || !fs::is_directory(path_from_utf8(kits_dir), ec)) return {};
    if (!name.empty()) {
        for (const std::string& candidate : {name, name + ".ikit"}) {
            const fs::path p = path_from_utf8(kits_dir) / path_from_utf8(candidate);
            if (fs::is_regular_file(p, ec)) return path_to_utf8(p);
        }
        return {};
    }
    std::vector<std::string> kits;
    for (fs::directory_iterator it(path_from_utf8(kits_dir), ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".ikit") kits.push_back(path_to_utf8(it->path()));
    std::sort(kits.begin(), kits.end());
    return kits.empty() ? std::string() : kits.front();
}

void KitApp::OnInitCmdLine(wxCmdLineParser& parser) {
    wxApp::OnInitCmdLine(parser);
    declare_app_options(parser);
}

bool KitApp::OnCmdLineParsed(wxCmdLineParser& parser) {
    if (!wxApp::OnCmdLineParsed(parser)) return false;
    want_sample_ = parser.Found("sample") || parser.Found("sample-name", &sample_);
    parser.Found("data-dir", &data_dir_);
    parser.Found("config", &config_file_);
    parser.Found("autosave-seconds", &autosave_seconds_);
    report_ready_ = parser.Found("report-ready");
    parser.Found("window-size", &window_size_);
    if (parser.GetParamCount() > 0) file_ = parser.GetParam(0);
    return true;
}

bool KitApp::OnInit() {
    SetAppName("interview-kit-builder");
    SetAppDisplayName(product_name());
    if (!wxApp::OnInit()) return false;
    // Settings in ~/.config (XDG) rather than a dot file in the home folder.
    static_cast<wxStandardPaths&>(wxStandardPaths::Get()).SetFileLayout(wxStandardPaths::FileLayout_XDG);
    if (!config_file_.empty())
        delete wxConfigBase::Set(new wxFileConfig(GetAppName(), "", config_file_, "", wxCONFIG_USE_LOCAL_FILE));
    // The language chosen in Preferences, else the desktop's; the core's messages follow the same one.
    // $IKIT_LOCALE_DIR names a folder of catalogs to look in first (as the command line reads it).
    if (const char* dir = std::getenv("IKIT_LOCALE_DIR"); dir && *dir) set_locale_dirs({dir});
    start_translations(chosen_language());
    // --data-dir wins over $IKIT_DATA_DIR; either is handed to DataPaths, never set in the environment.
    std::string data_dir = utf8(data_dir_);
    if (const char* env = std::getenv("IKIT_DATA_DIR"); data_dir.empty() && env) data_dir = env;
    DataPaths paths(utf8(argv[0]), data_dir);
    try {
        paths.data_dir();
    } catch (const Error& e) {
        wxMessageDialog dialog(nullptr, _("Interview Kit Builder cannot find its question bank."), product_name(),
                               wxOK | wxICON_ERROR);
        dialog.SetOKLabel(_("OK"));
        // TRANSLATORS: --data-dir FOLDER is a command-line option: keep "--data-dir" as it is.
        dialog.SetExtendedMessage(wx(e.what()) + "\n\n" + _("Reinstall the program, or start it with --data-dir FOLDER."));
        dialog.ShowModal();
        return false;
    }
    services_ = load_app_services(paths, std::make_shared<DialogPrompts>());
    services_->autosave_interval_ms = static_cast<int>(std::clamp(autosave_seconds_, 1L, 3600L) * 1000);

    auto* frame = new MainFrame(*services_);
    long width = 0, height = 0;
    const wxString height_text = window_size_.AfterFirst('x');
    if (window_size_.BeforeFirst('x').ToLong(&width) && height_text.ToLong(&height) && width > 0 && height > 0)
    {
        frame->SetSize(wxSize(static_cast<int>(width), static_cast<int>(height)));
        frame->SendSizeEvent();  // panes laid out at this size before the window is first shown
    }
    std::shared_ptr<ReadyWatch> ready;
    if (report_ready_) ready = watch_for_ready(*frame, services_->library.bank.questions().size());
    frame->Show();
    std::string to_open = utf8(file_);
    if (to_open.empty() && want_sample_) to_open = find_sample_kit(paths.kits_dir(), utf8(sample_));
    frame->CallAfter([frame, to_open, ready] {
        frame->report_load_problems();
        frame->offer_recovery();
        if (!to_open.empty()) frame->context().session.open_path(to_open);
        if (ready) ready->started = true;
    });
    return true;
}

int KitApp::OnExit() {
    const int code = wxApp::OnExit();
    services_.reset();
    return code;
}

}  // namespace ikit
