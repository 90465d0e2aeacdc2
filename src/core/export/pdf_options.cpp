#include "export/pdf_export.h"

#include "util/error.h"
#include "util/text.h"

namespace ikit {

PdfKind pdf_kind_from_id(const std::string& id) {
    const std::string key = ascii_lower(trim(id));
    if (key == "scorecard") return PdfKind::Scorecard;
    if (key == "guide") return PdfKind::Guide;
    throw Error("unknown document kind '" + id + "': use 'scorecard' or 'guide'");
}

}  // namespace ikit
