#include "export/pdf_export.h"

#include "export/form_renderer.h"
#include "export/haru_document.h"
#include "export/pdf_fonts.h"
#include "export/pdf_forms.h"
#include "export/print_model.h"
#include "export/printable_text.h"
#include "export/text_changes.h"
#include "io/atomic_file.h"
#include "util/version.h"
#include "util/posix_compat.h"

#include <algorithm>
#include <ctime>

namespace ikit {

namespace {

void write_metadata(HaruDocument& doc, const PrintModel& model, const PdfOptions& options) {
    doc.set_info(HPDF_INFO_TITLE, pdf_property_text(model.title));
    if (!model.author.empty()) doc.set_info(HPDF_INFO_AUTHOR, pdf_property_text(model.author));
    doc.set_info(HPDF_INFO_SUBJECT, options.kind == PdfKind::Scorecard ? "Interview scorecard" : "Interviewer guide");
    doc.set_info(HPDF_INFO_CREATOR, std::string(product_name()) + " " + version());
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    HPDF_Date date{};
    date.year = utc.tm_year + 1900;
    date.month = utc.tm_mon + 1;
    date.day = utc.tm_mday;
    date.hour = utc.tm_hour;
    date.minutes = utc.tm_min;
    date.seconds = std::min(utc.tm_sec, 59);
    date.ind = 'Z';
    HPDF_SetInfoDateAttr(doc.get(), HPDF_INFO_CREATION_DATE, date);
    doc.check("writing the document date");
    HPDF_SetPageMode(doc.get(), HPDF_PAGE_MODE_USE_OUTLINE);
    doc.check("setting the page mode");
}

}  // namespace

PdfResult render_pdf(const Kit& kit, const PdfOptions& options) {
    const PrintModel model = make_print_model(kit, options);
    HaruDocument doc;
    const PdfFonts fonts(doc, model.characters(), options.font_file);
    write_metadata(doc, model, options);

    const PageGeometry geometry = page_geometry(options.paper);
    ShortenedFields shortened;
    const Typesetter typesetter(fonts, &shortened);
    Painter painter(doc, fonts);
    PdfResult result;
    if (options.kind == PdfKind::Scorecard) {
        const bool several = model.interviewers.size() > 1;
        for (std::size_t i = 0; i < model.interviewers.size(); ++i) {
            const std::u32string& interviewer = model.interviewers[i];
            FormPart part = scorecard_part(model, interviewer, typesetter, geometry);
            if (several)
                part.outline_title =
                    U"Scorecard \u2013 " +
                    (interviewer.empty() ? U"interviewer " + digits(static_cast<int>(i + 1)) : interviewer);
            result.pages += render_part(doc, painter, geometry, part);
        }
    } else {
        result.pages = render_part(doc, painter, geometry, guide_part(model, typesetter, geometry));
    }
    result.bytes = doc.save();
    result.embedded_font = fonts.embedded();
    result.warnings = text_change_warnings(kit, options);
    for (auto& w : fonts.warnings()) result.warnings.push_back(std::move(w));
    for (auto& w : shortened.warnings()) result.warnings.push_back(std::move(w));
    return result;
}

PdfResult export_pdf(const Kit& kit, const PdfOptions& options, const std::string& path) {
    PdfResult result = render_pdf(kit, options);
    write_file_atomically(path, result.bytes);
    return result;
}

}  // namespace ikit
