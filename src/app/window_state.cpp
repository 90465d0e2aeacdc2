#include "window_state.h"

#include "kit_session.h"
#include "panels/bank_panel.h"
#include "wx_text.h"

#include <wx/config.h>
#include <wx/display.h>
#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/splitter.h>

#include <algorithm>
#include <vector>

namespace ikit {

void WindowState::restore() const {
    wxFrame& frame = parts_.frame;
    wxConfigBase* config = wxConfigBase::Get();
    const wxRect screen = wxDisplay(static_cast<unsigned>(std::max(0, wxDisplay::GetFromWindow(&frame)))).GetClientArea();
    wxSize size = frame.FromDIP(wxSize(1280, 800));
    size.x = std::min(size.x, screen.width);
    size.y = std::min(size.y, screen.height);
    wxRect rect(wxPoint(screen.x + (screen.width - size.x) / 2, screen.y + (screen.height - size.y) / 2), size);
    bool maximized = false;
    std::vector<int> sashes{-1, -1, -1, -1};
    if (config) {
        config->SetPath("/Window");
        wxRect saved(config->ReadLong("x", rect.x), config->ReadLong("y", rect.y), config->ReadLong("width", rect.width),
                     config->ReadLong("height", rect.height));
        if (screen.Intersects(saved) && saved.width >= frame.GetMinWidth() && saved.height >= frame.GetMinHeight()) rect = saved;
        maximized = config->ReadBool("maximized", false);
        sashes = {static_cast<int>(config->ReadLong("bank_sash", -1)), static_cast<int>(config->ReadLong("kit_sash", -1)),
                  static_cast<int>(config->ReadLong("checks_sash", -1)),
                  static_cast<int>(config->ReadLong("bank_detail_sash", -1))};
        config->SetPath("/Files");
        parts_.session.set_last_folder(utf8(config->Read("last_folder", "")));
        config->SetPath("/RecentFiles");
        parts_.history.Load(*config);
        config->SetPath("/");
    }
    frame.SetSize(rect);
    if (maximized) frame.Maximize();
    // The splitters take their sizes now, so the sashes below are set in them, not clamped to the tiny
    // sizes they have before the window's first layout (which left the bank 70% of a 1280 px window).
    frame.SendSizeEvent();
    // Proportions: bank 36%, kit 34%, details 30%; checks a modest strip at the bottom; the bank list
    // and its question's details half and half.
    const int width = frame.GetClientSize().x;
    parts_.bank_sash.SetSashPosition(sashes[0] > 0 ? sashes[0] : width * 36 / 100);
    parts_.kit_sash.SetSashPosition(sashes[1] > 0 ? sashes[1] : width * 34 / 100);
    const int client_height = frame.GetClientSize().y;
    parts_.checks_sash.SetSashPosition(sashes[2] > 0 ? sashes[2] : std::max(client_height - frame.FromDIP(110), client_height * 2 / 3));
    if (sashes[3] > 0) parts_.bank.set_details_split(sashes[3]);
}

void WindowState::save() const {
    const wxFrame& frame = parts_.frame;
    wxConfigBase* config = wxConfigBase::Get();
    if (!config) return;
    config->SetPath("/Window");
    config->Write("maximized", frame.IsMaximized());
    if (!frame.IsMaximized() && !frame.IsIconized()) {
        const wxRect rect = frame.GetRect();
        config->Write("x", rect.x);
        config->Write("y", rect.y);
        config->Write("width", rect.width);
        config->Write("height", rect.height);
    }
    config->Write("bank_sash", parts_.bank_sash.GetSashPosition());
    config->Write("kit_sash", parts_.kit_sash.GetSashPosition());
    config->Write("checks_sash", parts_.checks_sash.GetSashPosition());
    config->Write("bank_detail_sash", parts_.bank.details_split());
    config->SetPath("/Files");
    config->Write("last_folder", wx(parts_.session.last_folder()));
    config->SetPath("/RecentFiles");
    parts_.history.Save(*config);
    config->SetPath("/");
    config->Flush();
}

}  // namespace ikit
