#include "commands/command_registry.h"

#include "wx_text.h"

#include <algorithm>

#include <wx/accel.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/toolbar.h>

namespace ikit {

void CommandRegistry::add(Command command) {
    entries_.push_back({Entry::CommandEntry, command.menu, commands_.size(), {}, nullptr});
    commands_.push_back(std::move(command));
}

void CommandRegistry::add_separator(const wxString& menu) { entries_.push_back({Entry::Separator, menu, 0, {}, nullptr}); }

void CommandRegistry::add_submenu(const wxString& menu, const wxString& label, wxMenu* submenu) {
    entries_.push_back({Entry::Submenu, menu, 0, label, submenu});
}

const Command* CommandRegistry::find(int id) const {
    for (const auto& c : commands_)
        if (c.id == id) return &c;
    return nullptr;
}

bool CommandRegistry::is_enabled(int id) const {
    const Command* c = find(id);
    return c && (!c->enabled || c->enabled());
}

bool CommandRegistry::execute(int id) const {
    const Command* c = find(id);
    if (!c || !c->action) return false;
    if (before_) before_();
    if (c->enabled && !c->enabled()) return false;
    c->action();
    return true;
}

wxString CommandRegistry::current_label(int id) const {
    const Command* c = find(id);
    if (!c) return {};
    return c->dynamic_label ? c->dynamic_label() : c->label;
}

namespace {
wxString with_shortcut(const wxString& label, const wxString& shortcut) {
    return shortcut.empty() ? label : label + "\t" + shortcut;
}
}  // namespace

std::vector<wxString> CommandRegistry::menu_order() const {
    std::vector<wxString> order;
    for (const auto& e : entries_)
        if (std::find(order.begin(), order.end(), e.menu) == order.end()) order.push_back(e.menu);
    return order;
}

wxMenuBar* CommandRegistry::build_menu_bar() const {
    auto* bar = new wxMenuBar;
    for (const auto& name : menu_order()) {
        auto* menu = new wxMenu;
        for (const auto& e : entries_) {
            if (e.menu != name) continue;
            if (e.kind == Entry::Separator) {
                menu->AppendSeparator();
            } else if (e.kind == Entry::Submenu) {
                menu->AppendSubMenu(e.submenu, e.label);
            } else {
                const Command& c = commands_[e.command];
                auto* item = new wxMenuItem(menu, c.id, with_shortcut(c.label, c.shortcut), c.help);
                if (!c.art.empty()) item->SetBitmap(wxArtProvider::GetBitmapBundle(c.art, wxART_MENU));
                menu->Append(item);
            }
        }
        bar->Append(menu, name);
    }
    return bar;
}

std::vector<ShortcutRow> CommandRegistry::shortcuts() const {
    std::vector<ShortcutRow> rows;
    for (const auto& name : menu_order())
        for (const auto& e : entries_) {
            if (e.menu != name || e.kind != Entry::CommandEntry) continue;
            const Command& c = commands_[e.command];
            wxString keys = c.shortcut;
            for (const auto& a : aliases_)
                if (a.id == c.id) {
                    const wxString alias = wxAcceleratorEntry(a.flags, a.key, a.id).ToString();
                    keys = keys.empty() ? alias : keys + ", " + alias;
                }
            if (keys.empty()) continue;
            rows.push_back({utf8(wxStripMenuCodes(name)), utf8(wxStripMenuCodes(c.label)), utf8(keys)});
        }
    // The keys panes handle themselves, after their menu's commands.
    std::vector<ShortcutRow> with_notes;
    for (const auto& name : menu_order()) {
        const std::string menu = utf8(wxStripMenuCodes(name));
        for (const auto& row : rows)
            if (row.menu == menu) with_notes.push_back(row);
        for (const auto& note : notes_)
            if (note.menu == name) with_notes.push_back({menu, utf8(note.what), utf8(note.keys)});
    }
    return with_notes;
}

void CommandRegistry::build_toolbar(wxToolBar* toolbar, const std::vector<int>& ids) const {
    for (int id : ids) {
        if (id == 0) {
            toolbar->AddSeparator();
            continue;
        }
        const Command* c = find(id);
        if (!c) continue;
        const wxString label = c->short_label.empty() ? wxStripMenuCodes(c->label) : c->short_label;
        const wxString tip = c->shortcut.empty() ? label : label + " (" + c->shortcut + ")";
        toolbar->AddTool(c->id, label, wxArtProvider::GetBitmapBundle(c->art, wxART_TOOLBAR), tip, wxITEM_NORMAL);
        toolbar->SetToolLongHelp(c->id, c->help);
    }
    toolbar->Realize();
}

void CommandRegistry::bind(wxFrame* frame) const {
    for (const auto& c : commands_) {
        const int id = c.id;
        frame->Bind(wxEVT_MENU, [this, id](wxCommandEvent&) { execute(id); }, id);
        frame->Bind(wxEVT_UPDATE_UI, [this, id](wxUpdateUIEvent& event) {
            const Command* command = find(id);
            event.Enable(!command->enabled || command->enabled());
            if (command->dynamic_label && event.GetEventObject() && event.GetEventObject()->IsKindOf(wxCLASSINFO(wxMenu)))
                event.SetText(with_shortcut(command->dynamic_label(), command->shortcut));
        }, id);
    }
}

void CommandRegistry::install_aliases(wxFrame* frame) const {
    std::vector<wxAcceleratorEntry> entries;
    for (const auto& a : aliases_) entries.emplace_back(a.flags, a.key, a.id);
    if (!entries.empty()) frame->SetAcceleratorTable(wxAcceleratorTable(static_cast<int>(entries.size()), entries.data()));
}

}  // namespace ikit
