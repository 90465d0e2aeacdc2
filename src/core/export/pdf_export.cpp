#include "export/pdf_export.h"

#include "export/pdf_bundle.h"
#include "io/atomic_file.h"

namespace ikit {

PdfResult render_pdf(const Kit& kit, const PdfOptions& options) {
    PdfPiece piece;
    piece.kit = &kit;
    piece.options = options;
    return render_pdf_bundle({piece}, options.paper, options.font_file);
}

PdfResult export_pdf(const Kit& kit, const PdfOptions& options, const std::string& path) {
    PdfResult result = render_pdf(kit, options);
    write_file_atomically(path, result.bytes);
    return result;
}

}  // namespace ikit
