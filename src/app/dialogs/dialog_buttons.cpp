#include "dialogs/dialog_buttons.h"

#include <wx/button.h>
#include <wx/control.h>
#include <wx/intl.h>
#include <wx/stockitem.h>

namespace ikit {

namespace {
/// The app's label of a stock button, and wx's English one.
struct StockLabel {
    wxString app, english;
};

StockLabel app_label(int id) {
    switch (id) {
        case wxID_OK: return {_("OK"), "OK"};
        case wxID_CANCEL: return {_("&Cancel"), "Cancel"};
        case wxID_CLOSE: return {_("&Close"), "Close"};
        case wxID_YES: return {_("&Yes"), "Yes"};
        case wxID_NO: return {_("&No"), "No"};
        default: return {};
    }
}
}  // namespace

void label_dialog_buttons(wxWindow& dialog) {
    for (wxWindow* child : dialog.GetChildren()) {
        if (auto* button = dynamic_cast<wxButton*>(child)) {
            const StockLabel label = app_label(button->GetId());
            const wxString now = wxControl::RemoveMnemonics(button->GetLabel());
            if (!label.app.empty() &&
                (now.empty() || now == label.english || now == wxGetStockLabel(button->GetId(), wxSTOCK_NOFLAGS)))
            {
                // wxGTK shows GTK's own stock button (in the C locale's language, not the app's) when a stock
                // button's label equals wx's stock label, which the app's catalog translates alike: the label
                // is set while the button has no stock id.
                const int id = button->GetId();
                button->SetId(wxID_ANY);
                button->SetLabel(label.app);
                button->SetId(id);
            }
        } else if (!child->IsTopLevel()) {
            label_dialog_buttons(*child);
        }
    }
}

}  // namespace ikit
