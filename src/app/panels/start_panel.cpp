#include "panels/start_panel.h"

#include "io/native_path.h"
#include "panels/control_names.h"
#include "panels/ui_style.h"
#include "serialize/kit_file.h"
#include "util/error.h"
#include "util/text.h"
#include "wx_text.h"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/translation.h>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace ikit {

std::vector<StartKit> sample_kits(const std::string& kits_dir) {
    std::vector<StartKit> kits;
    std::error_code ec;
    if (kits_dir.empty() || !fs::is_directory(path_from_utf8(kits_dir), ec)) return kits;
    for (fs::directory_iterator it(path_from_utf8(kits_dir), ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() != ".ikit") continue;
        // The kit's own title, as the window will show it; the file name when the file does not read.
        std::string label;
        try {
            label = read_kit_file(path_to_utf8(it->path())).properties.title;
        } catch (const Error&) {
        }
        if (trim(label).empty()) {
            label = path_to_utf8(it->path().stem());
            std::replace(label.begin(), label.end(), '_', ' ');
        }
        kits.push_back({label, path_to_utf8(it->path())});
    }
    std::sort(kits.begin(), kits.end(), [](const StartKit& a, const StartKit& b) { return a.path < b.path; });
    return kits;
}

StartPanel::StartPanel(wxWindow* parent, StartActions actions)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, control_name::kStartPage),
      actions_(std::move(actions)) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(make_heading(this, _("Start a kit")), 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
    auto* hint = make_hint(this, _("Assemble a kit from the question bank for a role, start an empty one, or open a kit."));
    sizer->Add(hint, 0, wxEXPAND | wxALL, FromDIP(12));

    auto button = [this](const wxString& label, const wxArtID& art, const wxString& tip) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->SetBitmap(wxArtProvider::GetBitmapBundle(art, wxART_BUTTON));
        b->SetToolTip(tip);
        return b;
    };
    auto* from_bank = button(_(L"New Kit from &Bank\u2026"), wxART_EXECUTABLE_FILE,
                             _("Choose a role, competencies and length; the bank fills the kit"));
    auto* empty = button(_("New &Empty Kit"), wxART_NEW, _("Start with one empty section and add questions yourself"));
    auto* open = button(_(L"&Open\u2026"), wxART_FILE_OPEN, _("Open a kit file"));
    from_bank->SetName("start_new_from_bank");
    empty->SetName("start_new_empty");
    open->SetName("start_open");
    auto* choices = new wxBoxSizer(wxVERTICAL);
    for (wxButton* b : {from_bank, empty, open}) choices->Add(b, 0, wxEXPAND | wxBOTTOM, FromDIP(6));
    sizer->Add(choices, 0, wxLEFT | wxRIGHT, FromDIP(12));
    kits_ = new wxBoxSizer(wxVERTICAL);
    sizer->Add(kits_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
    SetSizer(sizer);

    from_bank->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { if (actions_.new_from_bank) actions_.new_from_bank(); });
    empty->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { if (actions_.new_empty) actions_.new_empty(); });
    open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { if (actions_.open) actions_.open(); });
}

void StartPanel::set_kits(const std::vector<StartKit>& recent, const std::vector<StartKit>& samples) {
    kits_->Clear(true);
    add_kit_buttons(_("Recent kits"), recent);
    add_kit_buttons(_("Sample kits"), samples);
    Layout();
}

void StartPanel::add_kit_buttons(const wxString& heading, const std::vector<StartKit>& kits) {
    if (kits.empty()) return;
    auto* title = new wxStaticText(this, wxID_ANY, heading);
    title->SetFont(title->GetFont().Bold());
    kits_->Add(title, 0, wxTOP | wxBOTTOM, FromDIP(8));
    for (const StartKit& kit : kits) {
        auto* b = new wxButton(this, wxID_ANY, label_text(kit.label), wxDefaultPosition, wxDefaultSize, wxBU_LEFT);
        b->SetToolTip(wx(kit.path));
        b->SetName("start_kit");
        const std::string path = kit.path;
        b->Bind(wxEVT_BUTTON, [this, path](wxCommandEvent&) {
            if (actions_.open_path) actions_.open_path(path);
        });
        kits_->Add(b, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
    }
}

}  // namespace ikit
