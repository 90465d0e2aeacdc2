#include "wx_text.h"

#include "util/text.h"

#include <wx/control.h>
#include <wx/tokenzr.h>

namespace ikit {

wxString label_text(const std::string& text) { return wxControl::EscapeMnemonics(wx(text)); }

wxString lines_text(const std::vector<std::string>& items) {
    wxString out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += "\n";
        out += wx(items[i]);
    }
    return out;
}

std::vector<std::string> text_lines(const wxString& text) {
    std::vector<std::string> out;
    wxStringTokenizer lines(text, "\r\n", wxTOKEN_STRTOK);
    while (lines.HasMoreTokens()) {
        std::string line = trim(utf8(lines.GetNextToken()));
        if (!line.empty()) out.push_back(line);
    }
    return out;
}

}  // namespace ikit
