#pragma once
/// \file wx_text.h
/// Conversions between the core's UTF-8 std::string and wxString (plain and for labels), and
/// multi-line list editing.

#include <wx/string.h>

#include <string>
#include <vector>

namespace ikit {

/// A UTF-8 std::string as a wxString.
inline wxString wx(const std::string& text) { return wxString::FromUTF8(text.data(), text.size()); }

/// A UTF-8 std::string for a control's label (static text, menu item, button): "&" shows as itself
/// instead of marking a mnemonic, so "KPIs & metrics" stays whole.
wxString label_text(const std::string& text);

/// A wxString as UTF-8.
inline std::string utf8(const wxString& text) {
    const wxScopedCharBuffer buffer = text.utf8_str();
    return std::string(buffer.data(), buffer.length());
}

/// Items joined one per line (for a multi-line text box).
wxString lines_text(const std::vector<std::string>& items);

/// The non-blank lines of a multi-line text box, trimmed.
std::vector<std::string> text_lines(const wxString& text);

}  // namespace ikit
