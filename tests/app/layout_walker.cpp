#include "layout_walker.h"

#include "wx_text.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <algorithm>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/radiobox.h>
#include <wx/radiobut.h>
#include <wx/statbox.h>
#include <wx/statusbr.h>
#include <wx/stattext.h>
#include <wx/toolbar.h>
#include <wx/toplevel.h>

#include <cctype>

namespace ikit::test {

namespace {

/// Room a column header needs beside its text (margins of the header renderer).
constexpr int kHeaderMargin = 8;

std::string describe(wxWindow& w) {
    std::string name = utf8(w.GetName());
    return "'" + name + "' (" + utf8(w.GetClassInfo()->GetClassName()) + ")";
}

bool has_letter(const std::string& text) {
    for (unsigned char c : text)
        if (std::isalpha(c) || c >= 0x80) return true;  // any non-ASCII character counts as a letter
    return false;
}

/// The label a person reads on a control, or "" for controls without one of the app's.
wxString label_of(wxWindow& w) {
    if (dynamic_cast<wxStaticText*>(&w) || dynamic_cast<wxButton*>(&w) || dynamic_cast<wxCheckBox*>(&w) ||
        dynamic_cast<wxRadioButton*>(&w) || dynamic_cast<wxStaticBox*>(&w) || dynamic_cast<wxRadioBox*>(&w))
        return wxControl::RemoveMnemonics(w.GetLabel());
    return {};
}

/// Controls whose best size is the room their text needs.
bool sized_by_text(wxWindow& w) {
    return dynamic_cast<wxStaticText*>(&w) || dynamic_cast<wxButton*>(&w) || dynamic_cast<wxCheckBox*>(&w) ||
           dynamic_cast<wxRadioButton*>(&w) || dynamic_cast<wxRadioBox*>(&w) || dynamic_cast<wxChoice*>(&w);
}

struct Walker {
    const LayoutCheck& check;
    std::vector<std::string> problems;

    void text(wxWindow& w, const wxString& shown, const char* what) {
        const std::string t = utf8(shown);
        if (check.untranslated && has_letter(t) && !looks_translated(t) && !(check.user_content && check.user_content(w)))
            problems.push_back(std::string("untranslated ") + what + ": " + describe(w) + " \"" + t + "\"");
    }

    void columns(wxWindow& w) {
        if (auto* list = dynamic_cast<wxListCtrl*>(&w); list && list->InReportView()) {
            for (int c = 0; c < list->GetColumnCount(); ++c) {
                wxListItem item;
                item.SetMask(wxLIST_MASK_TEXT);
                list->GetColumn(c, item);
                column(w, item.GetText(), list->GetColumnWidth(c));
            }
        }
        if (auto* view = dynamic_cast<wxDataViewCtrl*>(&w)) {
            for (unsigned c = 0; c < view->GetColumnCount(); ++c) {
                wxDataViewColumn* col = view->GetColumn(c);
                if (col && !col->IsHidden()) column(w, col->GetTitle(), col->GetWidth());
            }
        }
    }

    void column(wxWindow& w, const wxString& title, int width) {
        if (title.empty()) return;
        text(w, title, "column header");
        const int needed = w.GetTextExtent(title).x + w.FromDIP(kHeaderMargin);
        if (check.geometry && width < needed)
            problems.push_back("column cut: " + describe(w) + " \"" + utf8(title) + "\" is " + std::to_string(width) +
                               " px wide, its header needs " + std::to_string(needed));
    }

    void overlaps(wxWindow& parent) {
        std::vector<wxWindow*> shown;
        for (wxWindow* child : parent.GetChildren())
            // A frame's toolbar and status bar are outside its client area, where the other children are placed.
            if (child->IsShown() && !child->IsTopLevel() && !dynamic_cast<wxStaticBox*>(child) &&
                !dynamic_cast<wxToolBar*>(child) && !dynamic_cast<wxStatusBar*>(child))
                shown.push_back(child);
        for (size_t i = 0; i < shown.size(); ++i)
            for (size_t j = i + 1; j < shown.size(); ++j) {
                wxRect a = shown[i]->GetRect(), b = shown[j]->GetRect();
                if (a.width <= 0 || a.height <= 0 || b.width <= 0 || b.height <= 0) continue;
                a.Deflate(1);
                b.Deflate(1);
                if (a.Intersects(b))
                    problems.push_back("overlap: " + describe(*shown[i]) + " \"" + utf8(label_of(*shown[i])) + "\" and " +
                                       describe(*shown[j]) + " \"" + utf8(label_of(*shown[j])) + "\" in " + describe(parent));
            }
    }

    void walk(wxWindow& w) {
        if (!w.IsShown()) return;
        if (auto* top = dynamic_cast<wxTopLevelWindow*>(&w); top && !top->GetTitle().empty() && dynamic_cast<wxDialog*>(&w))
            text(w, top->GetTitle(), "title");
        const wxString label = label_of(w);
        if (!label.empty()) text(w, label, "label");
        if (auto* box = dynamic_cast<wxRadioBox*>(&w))
            for (unsigned i = 0; i < box->GetCount(); ++i) text(w, wxControl::RemoveMnemonics(box->GetString(i)), "choice");
        if (check.geometry && sized_by_text(w)) {
            const wxSize size = w.GetSize();
            wxSize best = w.GetBestSize();
            // A choice shows one item: what must fit is the item shown (its best size is the widest item's;
            // GTK ellipsizes the others in the open list, where they are read whole).
            if (auto* choice = dynamic_cast<wxChoice*>(&w); choice && choice->GetCount() > 0) {
                const int shown = choice->GetSelection() == wxNOT_FOUND ? 0 : choice->GetSelection();
                const int widest = choice->GetTextExtent(choice->GetString(static_cast<unsigned>(shown))).x;
                int longest = 0;
                for (unsigned i = 0; i < choice->GetCount(); ++i) longest = std::max(longest, choice->GetTextExtent(choice->GetString(i)).x);
                best.x -= longest - widest;
                // The shown item is content (a role from the bank), not the app's words: its length does not
                // change with the language, so it is not a translation's cut.
                if (!looks_translated(utf8(choice->GetString(static_cast<unsigned>(shown))))) best.x = std::min(best.x, size.x);
            }
            if (size.x + 1 < best.x || size.y + 1 < best.y)
                problems.push_back("cut: " + describe(w) + " \"" + utf8(label.empty() ? w.GetLabel() : label) + "\" is " +
                                   std::to_string(size.x) + "x" + std::to_string(size.y) + ", needs " +
                                   std::to_string(best.x) + "x" + std::to_string(best.y));
        }
        columns(w);
        if (check.geometry) overlaps(w);
        for (wxWindow* child : w.GetChildren())
            if (!child->IsTopLevel()) walk(*child);
    }
};

void menu_items(wxMenu& menu, const std::string& path, std::vector<std::string>& problems) {
    for (wxMenuItem* item : menu.GetMenuItems()) {
        if (item->IsSeparator()) continue;
        if (item->GetId() >= wxID_FILE1 && item->GetId() <= wxID_FILE9) continue;  // Open Recent's file names
        const std::string label = utf8(item->GetItemLabelText());
        if (!looks_translated(label)) problems.push_back("untranslated menu item: " + path + " \"" + label + "\"");
        if (wxMenu* sub = item->GetSubMenu()) menu_items(*sub, path + " > " + label, problems);
    }
}

}  // namespace

bool looks_translated(const std::string& text) {
    if (!has_letter(text)) return true;
    const std::size_t open = text.find('[');
    if (open == std::string::npos) return false;
    const std::size_t close = text.find(']', open);
    if (close == std::string::npos) return false;
    const std::string dot = "\xc2\xb7";  // the padding "·" before the closing bracket
    return close >= dot.size() && text.compare(close - dot.size(), dot.size(), dot) == 0;
}

std::vector<std::string> layout_problems(wxWindow& root, const LayoutCheck& check) {
    Walker walker{check, {}};
    walker.walk(root);
    return walker.problems;
}

std::vector<std::string> menu_problems(wxMenuBar& bar) {
    std::vector<std::string> problems;
    for (size_t i = 0; i < bar.GetMenuCount(); ++i) {
        const std::string title = utf8(wxControl::RemoveMnemonics(bar.GetMenuLabel(i)));
        if (!looks_translated(title)) problems.push_back("untranslated menu: \"" + title + "\"");
        menu_items(*bar.GetMenu(i), title, problems);
    }
    return problems;
}

std::vector<std::string> toolbar_problems(wxToolBar& toolbar) {
    std::vector<std::string> problems;
    for (size_t i = 0; i < toolbar.GetToolsCount(); ++i) {
        const wxToolBarToolBase* tool = toolbar.GetToolByPos(static_cast<int>(i));
        if (!tool || tool->IsSeparator()) continue;
        const std::string label = utf8(tool->GetLabel());
        if (!looks_translated(label)) problems.push_back("untranslated tool: \"" + label + "\"");
    }
    toolbar.InvalidateBestSize();  // measured now, not as first realized
    const int needed = toolbar.GetBestSize().x, has = toolbar.GetSize().x;
    if (needed > has + 1)
        problems.push_back("toolbar cut: its tools need " + std::to_string(needed) + " px, it has " + std::to_string(has));
    return problems;
}

std::string problem_report(const std::vector<std::string>& problems) {
    std::string report;
    for (const auto& p : problems) report += "  " + p + "\n";
    return report;
}

}  // namespace ikit::test
