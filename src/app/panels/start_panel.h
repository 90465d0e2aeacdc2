#pragma once
/// \file start_panel.h
/// The start page, shown in place of the kit and its details until the user picks a kit: new from
/// the bank, new empty, open, one of the recent kits or one of the sample kits shipped with the app.

#include <wx/panel.h>

#include <functional>
#include <string>
#include <vector>

class wxSizer;

namespace ikit {

/// What the start page's choices do.
struct StartActions {
    std::function<void()> new_from_bank;                  ///< New Kit from Bank…
    std::function<void()> new_empty;                      ///< New Empty Kit
    std::function<void()> open;                           ///< Open…
    std::function<void(const std::string&)> open_path;    ///< a recent or sample kit
};

/// A kit file offered on the start page.
struct StartKit {
    std::string label;  ///< what the button says, e.g. "Director of customer support panel"
    std::string path;   ///< the file
};

/// The sample kits (*.ikit) in `kits_dir`, by file name, labelled with their titles (else file names).
std::vector<StartKit> sample_kits(const std::string& kits_dir);

/// The start page.
class StartPanel : public wxPanel {
public:
    /// Builds the page; `actions` run when the user chooses.
    StartPanel(wxWindow* parent, StartActions actions);
    /// Lists these recent and sample kits (each a button opening its file).
    void set_kits(const std::vector<StartKit>& recent, const std::vector<StartKit>& samples);

private:
    void add_kit_buttons(const wxString& heading, const std::vector<StartKit>& kits);

    StartActions actions_;
    wxSizer* kits_ = nullptr;
};

}  // namespace ikit
