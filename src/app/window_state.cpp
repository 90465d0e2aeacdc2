// Persistence of the main window's layout and the user's places: size and position, splitters (the
// bank's list/details one too), the last kit folder and Open Recent, in wxConfig (app name
// "interview-kit-builder").

#include "main_frame.h"

#include "panels/bank_panel.h"
#include "wx_text.h"

#include <wx/config.h>
#include <wx/display.h>
#include <wx/splitter.h>

namespace ikit {

void MainFrame::restore_window_state() {
    wxConfigBase* config = wxConfigBase::Get();
    const wxRect screen = wxDisplay(static_cast<unsigned>(std::max(0, wxDisplay::GetFromWindow(this)))).GetClientArea();
    wxSize size = FromDIP(wxSize(1280, 800));
    size.x = std::min(size.x, screen.width);
    size.y = std::min(size.y, screen.height);
    wxRect rect(wxPoint(screen.x + (screen.width - size.x) / 2, screen.y + (screen.height - size.y) / 2), size);
    bool maximized = false;
    std::vector<int> sashes{-1, -1, -1, -1};
    if (config) {
        config->SetPath("/Window");
        wxRect saved(config->ReadLong("x", rect.x), config->ReadLong("y", rect.y), config->ReadLong("width", rect.width),
                     config->ReadLong("height", rect.height));
        if (screen.Intersects(saved) && saved.width >= GetMinWidth() && saved.height >= GetMinHeight()) rect = saved;
        maximized = config->ReadBool("maximized", false);
        sashes = {static_cast<int>(config->ReadLong("bank_sash", -1)), static_cast<int>(config->ReadLong("kit_sash", -1)),
                  static_cast<int>(config->ReadLong("checks_sash", -1)),
                  static_cast<int>(config->ReadLong("bank_detail_sash", -1))};
        config->SetPath("/Files");
        session_->set_last_folder(utf8(config->Read("last_folder", "")));
        config->SetPath("/RecentFiles");
        history_.Load(*config);
        config->SetPath("/");
    }
    SetSize(rect);
    if (maximized) Maximize();
    // Proportions: bank 36%, kit 34%, details 30%; checks a modest strip at the bottom; the bank list
    // and its question's details half and half.
    const int width = GetClientSize().x;
    left_->SetSashPosition(sashes[0] > 0 ? sashes[0] : width * 36 / 100);
    right_->SetSashPosition(sashes[1] > 0 ? sashes[1] : width * 34 / 100);
    const int client_height = GetClientSize().y;
    outer_->SetSashPosition(sashes[2] > 0 ? sashes[2] : std::max(client_height - FromDIP(110), client_height * 2 / 3));
    if (sashes[3] > 0) bank_->splitter()->SetSashPosition(sashes[3]);
}

void MainFrame::save_window_state() {
    wxConfigBase* config = wxConfigBase::Get();
    if (!config) return;
    config->SetPath("/Window");
    config->Write("maximized", IsMaximized());
    if (!IsMaximized() && !IsIconized()) {
        const wxRect rect = GetRect();
        config->Write("x", rect.x);
        config->Write("y", rect.y);
        config->Write("width", rect.width);
        config->Write("height", rect.height);
    }
    config->Write("bank_sash", left_->GetSashPosition());
    config->Write("kit_sash", right_->GetSashPosition());
    config->Write("checks_sash", outer_->GetSashPosition());
    config->Write("bank_detail_sash", bank_->splitter()->GetSashPosition());
    config->SetPath("/Files");
    config->Write("last_folder", wx(session_->last_folder()));
    config->SetPath("/RecentFiles");
    history_.Save(*config);
    config->SetPath("/");
    config->Flush();
}

}  // namespace ikit
