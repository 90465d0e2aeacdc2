#include "label_fit.h"

#include "wx_text.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/dataview.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/radiobut.h>
#include <wx/stattext.h>
#include <wx/translation.h>
#include <wx/window.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace ikit::test {

namespace {

std::string who(wxWindow* w) {
    std::string name = utf8(w->GetName());
    return utf8(w->GetClassInfo()->GetClassName()) + " " + name + " '" + utf8(w->GetLabel().Left(40)) + "'";
}

bool has_letters(const wxString& text) {
    for (wxUniChar c : text)
        if (wxIsalpha(c)) return true;
    return false;
}

int widest_line(wxWindow* w, const wxString& text, const wxFont& font) {
    int widest = 0;
    for (const wxString& line : wxSplit(text, '\n')) {
        int x = 0, y = 0;
        w->GetTextExtent(wxStripMenuCodes(line), &x, &y, nullptr, nullptr, &font);
        widest = std::max(widest, x);
    }
    return widest;
}

void check(wxWindow* w, const wxString& marker, const std::function<bool(wxWindow*)>& skip, std::vector<LabelProblem>& out) {
    if (!w->IsShown() || (skip && skip(w))) return;
    const bool labelled = dynamic_cast<wxStaticText*>(w) || dynamic_cast<wxButton*>(w) || dynamic_cast<wxCheckBox*>(w) ||
                          dynamic_cast<wxRadioButton*>(w);
    if (labelled) {
        const wxSize size = w->GetSize(), best = w->GetBestSize();
        const bool ellipsized = w->HasFlag(wxST_ELLIPSIZE_END) && dynamic_cast<wxStaticText*>(w);
        if (!ellipsized && (size.x + 1 < best.x || size.y + 1 < best.y))
            out.push_back({who(w), "cut: " + std::to_string(size.x) + "x" + std::to_string(size.y) + " px, its text needs " +
                                       std::to_string(best.x) + "x" + std::to_string(best.y)});
        const wxString label = w->GetLabel();
        if (!marker.empty() && has_letters(label) && !label.Contains(marker))
            out.push_back({who(w), "untranslated"});
    }
    if (auto* grid = dynamic_cast<wxGrid*>(w)) {
        for (int c = 0; c < grid->GetNumberCols(); ++c) {
            if (grid->GetColSize(c) == 0) continue;
            const int need = widest_line(grid, grid->GetColLabelValue(c), grid->GetLabelFont()) + 4;
            if (grid->GetColSize(c) < need)
                out.push_back({who(w), "column " + std::to_string(c) + " '" + utf8(grid->GetColLabelValue(c)) + "' cut: " +
                                           std::to_string(grid->GetColSize(c)) + " px, its header needs " + std::to_string(need)});
        }
    }
    if (auto* list = dynamic_cast<wxListCtrl*>(w); list && list->InReportView()) {
        for (int c = 0; c < list->GetColumnCount(); ++c) {
            wxListItem item;
            item.SetMask(wxLIST_MASK_TEXT | wxLIST_MASK_WIDTH);
            list->GetColumn(c, item);
            const int need = widest_line(list, item.GetText(), list->GetFont()) + 8;
            if (item.GetWidth() < need)
                out.push_back({who(w), "column '" + utf8(item.GetText()) + "' cut: " + std::to_string(item.GetWidth()) +
                                           " px, its header needs " + std::to_string(need)});
        }
    }
    if (auto* view = dynamic_cast<wxDataViewCtrl*>(w)) {
        for (unsigned c = 0; c < view->GetColumnCount(); ++c) {
            wxDataViewColumn* column = view->GetColumn(c);
            if (column->IsHidden()) continue;
            const int need = widest_line(view, column->GetTitle(), view->GetFont()) + 8;
            if (column->GetWidth() < need)
                out.push_back({who(w), "column '" + utf8(column->GetTitle()) + "' cut: " + std::to_string(column->GetWidth()) +
                                           " px, its header needs " + std::to_string(need)});
        }
    }
    // Shown children of one parent do not overlap (a grid's or list's own inner windows are not checked).
    if (dynamic_cast<wxGrid*>(w) || dynamic_cast<wxListCtrl*>(w) || dynamic_cast<wxDataViewCtrl*>(w)) return;
    std::vector<wxWindow*> shown;
    for (wxWindow* child : w->GetChildren())
        if (child->IsShown() && !child->IsTopLevel() && !(skip && skip(child))) shown.push_back(child);
    for (size_t i = 0; i < shown.size(); ++i)
        for (size_t j = i + 1; j < shown.size(); ++j) {
            const wxRect overlap = shown[i]->GetRect().Intersect(shown[j]->GetRect());
            if (overlap.width > 1 && overlap.height > 1)
                out.push_back({who(shown[i]), "overlaps " + who(shown[j])});
        }
    for (wxWindow* child : shown) check(child, marker, skip, out);
}

// --- the pseudo catalog ---

std::string unescape(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 == s.size()) {
            out += s[i];
            continue;
        }
        const char c = s[++i];
        out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
    }
    return out;
}

/// The messages of a .pot file: msgid, and msgid_plural ("" when none).
std::vector<std::pair<std::string, std::string>> read_pot(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<std::pair<std::string, std::string>> messages;
    std::string line, id, plural, *current = nullptr;
    bool in_entry = false;
    auto flush = [&] {
        if (in_entry && !id.empty()) messages.emplace_back(unescape(id), unescape(plural));
        id.clear();
        plural.clear();
        in_entry = false;
        current = nullptr;
    };
    auto quoted = [](const std::string& l) {
        const size_t a = l.find('"'), b = l.rfind('"');
        return a == std::string::npos || b <= a ? std::string() : l.substr(a + 1, b - a - 1);
    };
    while (std::getline(in, line)) {
        if (line.rfind("msgid_plural ", 0) == 0) {
            plural = quoted(line);
            current = &plural;
        } else if (line.rfind("msgid ", 0) == 0) {
            flush();
            in_entry = true;
            id = quoted(line);
            current = &id;
        } else if (line.rfind("msgstr", 0) == 0) {
            current = nullptr;
        } else if (!line.empty() && line[0] == '"' && current) {
            *current += quoted(line);
        }
    }
    flush();
    return messages;
}

void put32(std::string& out, uint32_t v) {
    for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

/// A .mo file of these (original, translation) pairs (plural pairs hold their forms split by NUL).
std::string mo_file(std::map<std::string, std::string> pairs) {
    pairs[""] = "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n";
    const uint32_t n = static_cast<uint32_t>(pairs.size());
    const uint32_t originals = 28, translations = originals + 8 * n, strings = translations + 8 * n;
    std::string head, table_o, table_t, data;
    uint32_t at = strings;
    for (const auto& [o, t] : pairs) {
        put32(table_o, static_cast<uint32_t>(o.size()));
        put32(table_o, at);
        data += o + '\0';
        at += static_cast<uint32_t>(o.size()) + 1;
    }
    for (const auto& [o, t] : pairs) {
        put32(table_t, static_cast<uint32_t>(t.size()));
        put32(table_t, at);
        data += t + '\0';
        at += static_cast<uint32_t>(t.size()) + 1;
    }
    put32(head, 0x950412de);
    put32(head, 0);
    put32(head, n);
    put32(head, originals);
    put32(head, translations);
    put32(head, 0);
    put32(head, strings);
    return head + table_o + table_t + data;
}

class MemoryLoader : public wxTranslationsLoader {
public:
    explicit MemoryLoader(std::string data) : data_(std::move(data)) {}
    wxMsgCatalog* LoadCatalog(const wxString& domain, const wxString& lang) override {
        if (lang != "qps") return nullptr;
        return wxMsgCatalog::CreateFromData(wxScopedCharBuffer::CreateNonOwned(data_.data(), data_.size()), domain);
    }
    wxArrayString GetAvailableTranslations(const wxString&) const override {
        wxArrayString langs;
        langs.Add("qps");
        return langs;
    }

private:
    std::string data_;
};

}  // namespace

std::vector<LabelProblem> label_problems(wxWindow* root, const wxString& marker, const std::function<bool(wxWindow*)>& skip) {
    std::vector<LabelProblem> problems;
    check(root, marker, skip, problems);
    return problems;
}

std::string describe(const std::vector<LabelProblem>& problems) {
    std::ostringstream out;
    for (const auto& p : problems) out << p.where << ": " << p.what << "\n";
    return out.str();
}

std::string pseudo_translation(const std::string& text) {
    static const std::map<char, const char*> accents = {
        {'a', "\u00e5"}, {'c', "\u00e7"}, {'e', "\u00e9"}, {'i', "\u00ee"}, {'n', "\u00f1"}, {'o', "\u00f6"},
        {'s', "\u015d"}, {'u', "\u00fc"}, {'y', "\u00fd"}, {'A', "\u00c5"}, {'C', "\u00c7"}, {'E', "\u00c9"},
        {'I', "\u00ce"}, {'N', "\u00d1"}, {'O', "\u00d6"}, {'S', "\u015c"}, {'U', "\u00dc"}};
    std::string out = "[";
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%' && i + 1 < text.size()) {  // a place: copied up to its conversion letter
            size_t end = i + 1;
            while (end < text.size() && !std::isalpha(static_cast<unsigned char>(text[end])) && text[end] != '%') ++end;
            while (end < text.size() && (text[end] == 'l' || text[end] == 'z')) ++end;
            out += text.substr(i, end - i + 1);
            i = end;
            continue;
        }
        const auto found = accents.find(c);
        out += found != accents.end() ? found->second : std::string(1, c);
    }
    // About 40 % longer: a dot for every two and a half characters of the English.
    for (size_t i = 0; i < std::max<size_t>(1, (text.size() * 2 + 4) / 5); ++i) out += "\u00b7";
    return out + "]";
}

PseudoLanguage::PseudoLanguage(const std::string& pot_file) {
    std::map<std::string, std::string> pairs;
    for (const auto& [id, plural] : read_pot(pot_file)) {
        if (plural.empty()) pairs[id] = pseudo_translation(id);
        else pairs[id + std::string(1, '\0') + plural] = pseudo_translation(id) + std::string(1, '\0') + pseudo_translation(plural);
    }
    messages_ = pairs.size();
    auto* translations = new wxTranslations;
    translations->SetLanguage("qps");
    translations->SetLoader(new MemoryLoader(mo_file(std::move(pairs))));
    wxTranslations::Set(translations);
    if (!translations->AddCatalog("ikit")) throw std::runtime_error("the pseudo catalog did not load");
}

PseudoLanguage::~PseudoLanguage() { wxTranslations::Set(nullptr); }

}  // namespace ikit::test
