#include "dialogs/shortcuts_dialog.h"

#include "dialogs/dialog_buttons.h"
#include "wx_text.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>

#include <algorithm>

namespace ikit {

ShortcutsDialog::ShortcutsDialog(wxWindow* parent, const std::vector<ShortcutRow>& rows)
    : wxDialog(parent, wxID_ANY, _("Keyboard Shortcuts"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* list = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL | wxBORDER_THEME);
    list->AppendColumn(_("Menu"));
    list->AppendColumn(_("Command"));
    list->AppendColumn(_("Keys"));
    long index = 0;
    std::string last_menu;
    for (const auto& row : rows) {
        // The menu's name once, on the first of its rows, so the list reads as groups.
        list->InsertItem(index, row.menu == last_menu ? wxString() : wx(row.menu));
        list->SetItem(index, 1, wx(row.command));
        list->SetItem(index, 2, wx(row.keys));
        last_menu = row.menu;
        ++index;
    }
    // Each column as wide as its longest text, its header included (a translated header may be the longest).
    for (int column = 0; column < 3; ++column) {
        list->SetColumnWidth(column, wxLIST_AUTOSIZE_USEHEADER);
        const int header = list->GetColumnWidth(column);
        list->SetColumnWidth(column, wxLIST_AUTOSIZE);
        list->SetColumnWidth(column, std::max(header, list->GetColumnWidth(column)));
    }
    list->SetColumnWidth(0, std::max(list->GetColumnWidth(0), FromDIP(70)));
    list->SetColumnWidth(1, list->GetColumnWidth(1) + FromDIP(24));
    list->SetColumnWidth(2, list->GetColumnWidth(2) + FromDIP(24));
    int width = FromDIP(24);
    for (int column = 0; column < 3; ++column) width += list->GetColumnWidth(column);
    // Tall enough for every row without scrolling, within reason.
    wxRect first_row;
    const int row_height = list->GetItemCount() > 0 && list->GetItemRect(0, first_row) ? first_row.GetHeight() : FromDIP(24);
    const int height = std::min(FromDIP(560), row_height * (static_cast<int>(rows.size()) + 2) + FromDIP(8));
    list->SetMinSize(wxSize(width, height));
    sizer->Add(list, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(12));

    auto* buttons = new wxStdDialogButtonSizer;
    auto* close = new wxButton(this, wxID_OK, _("&Close"));
    close->SetDefault();
    buttons->AddButton(close);
    buttons->Realize();
    SetEscapeId(wxID_OK);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(sizer);
    CentreOnParent();
}

}  // namespace ikit
