#include "kit_clipboard.h"

#include "serialize/kit_file.h"
#include "wx_text.h"

#include <wx/clipbrd.h>

namespace ikit {

std::string KitClipboard::to_text(const std::vector<KitQuestion>& questions) {
    Kit kit;
    kit.properties.title = utf8(_("Copied questions"));
    kit.sections.push_back(KitSection{"s1", kit.properties.title, "", questions});
    return write_kit(kit);
}

void KitClipboard::copy(const std::vector<KitQuestion>& questions) {
    questions_ = questions;
    if (questions.empty()) return;
    wxClipboardLocker lock;
    if (!!lock) wxTheClipboard->SetData(new wxTextDataObject(wx(to_text(questions))));
}

}  // namespace ikit
