#include "dialogs/dialog_buttons.h"

#include <wx/button.h>
#include <wx/control.h>
#include <wx/intl.h>
#include <wx/stockitem.h>

namespace ikit {

namespace {
wxString app_label(int id) {
    switch (id) {
        case wxID_OK: return _("OK");
        case wxID_CANCEL: return _("&Cancel");
        case wxID_CLOSE: return _("&Close");
        case wxID_YES: return _("&Yes");
        case wxID_NO: return _("&No");
        default: return {};
    }
}
}  // namespace

void label_dialog_buttons(wxWindow& dialog) {
    for (wxWindow* child : dialog.GetChildren()) {
        if (auto* button = dynamic_cast<wxButton*>(child)) {
            const wxString label = app_label(button->GetId());
            const wxString now = wxControl::RemoveMnemonics(button->GetLabel());
            if (!label.empty() && (now.empty() || now == wxGetStockLabel(button->GetId(), wxSTOCK_NOFLAGS)))
                button->SetLabel(label);
        } else if (!child->IsTopLevel()) {
            label_dialog_buttons(*child);
        }
    }
}

}  // namespace ikit
