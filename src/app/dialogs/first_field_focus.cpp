#include "dialogs/first_field_focus.h"

#include <wx/dialog.h>
#include <wx/textentry.h>
#include <wx/weakref.h>

namespace ikit {

void focus_first_field(wxDialog& dialog, wxWindow& field) {
    field.SetFocus();  // where the toolkit honours it before showing
    wxWeakRef<wxWindow> target(&field);
    dialog.Bind(wxEVT_SHOW, [&dialog, target](wxShowEvent& event) {
        event.Skip();
        if (!event.IsShown()) return;
        dialog.CallAfter([target] {
            if (!target) return;
            target->SetFocus();
            if (auto* entry = dynamic_cast<wxTextEntry*>(target.get())) entry->SelectAll();
        });
    });
}

}  // namespace ikit
