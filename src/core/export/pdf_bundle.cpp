#include "export/pdf_bundle.h"

#include "export/form_renderer.h"
#include "export/haru_document.h"
#include "export/loop_forms.h"
#include "export/pdf_fonts.h"
#include "export/pdf_forms.h"
#include "export/print_model.h"
#include "export/printable_text.h"
#include "export/text_changes.h"
#include "i18n/text_fill.h"
#include "model/coverage_matrix.h"
#include "util/posix_compat.h"
#include "util/version.h"

#include <algorithm>
#include <ctime>
#include <set>

namespace ikit {

namespace {

// One document of the bundle, cleaned for paper: a kit's scorecards or guide, a loop overview or an agenda.
struct Prepared {
    enum class Type { Kit, Loop, Agenda } type = Type::Kit;
    PdfKind kind = PdfKind::Scorecard;
    PrintModel model;
    PrintLoop loop;
    PrintAgenda agenda;
    std::u32string outline;  // bookmark grouping the document's parts ("" = by kind)
};

// The guide of a kit with a plan: the loop's overview, then each interview's guide (instructions once).
void prepare_loop_guide(const Kit& kit, const PdfOptions& options, std::vector<Prepared>& out) {
    Prepared overview;
    overview.type = Prepared::Type::Loop;
    overview.loop = make_print_loop(kit, options);
    out.push_back(std::move(overview));
    for (std::size_t i = 0; i < kit.plan.interviews.size(); ++i) {
        Kit part = kit_of_interview(kit, kit.plan.interviews[i]);
        part.properties.instructions.clear();
        PdfOptions o = options;
        o.check_line.clear();
        o.interview = pdf_interview(kit, i, options.labels);
        Prepared p;
        p.kind = PdfKind::Guide;
        p.model = make_print_model(part, o);
        p.outline = printable_line(o.interview.name);
        if (p.outline.empty()) p.outline = fill32(p.model.labels.tr("Interview {1}"), {digits(static_cast<int>(i + 1))});
        out.push_back(std::move(p));
    }
}

void write_metadata(HaruDocument& doc, const std::u32string& title, const std::u32string& author,
                    const std::string& subject) {
    doc.set_info(HPDF_INFO_TITLE, pdf_property_text(title));
    if (!author.empty()) doc.set_info(HPDF_INFO_AUTHOR, pdf_property_text(author));
    doc.set_info(HPDF_INFO_SUBJECT, subject);
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

PdfInterview pdf_interview(const Kit& kit, std::size_t index, const Translator& labels) {
    PdfInterview out;
    if (index >= kit.plan.interviews.size()) return out;
    const Interview& in = kit.plan.interviews[index];
    const CoverageMatrix m = coverage_matrix(kit);
    out.name = m.interviews[index].name;
    out.number = static_cast<int>(index + 1);
    out.count = static_cast<int>(kit.plan.interviews.size());
    out.minutes = in.minutes;
    for (const auto& slot : in.interviewers)
        out.panel.push_back(!slot.name.empty() && !slot.role.empty() ? slot.name + " (" + slot.role + ")"
                                                                     : slot.display_name());
    for (const CoverageRow* row : focus_rows(m, index)) {
        const int n = row->cells[index].questions;
        // TRANSLATORS: a focus competency of an interview and how many of its questions assess it.
        out.focus.push_back(fill(labels.trn("{1} ({2} question)", "{1} ({2} questions)", static_cast<unsigned long>(n)),
                                 {row->name, std::to_string(n)}));
    }
    for (const CoverageRow* row : elsewhere_rows(m, index)) out.elsewhere.push_back(row->name);
    return out;
}

PdfResult render_pdf_bundle(const std::vector<PdfPiece>& pieces, Paper paper, const std::string& font_file) {
    bool fit_labels = true;
    for (const auto& piece : pieces) fit_labels = fit_labels && (piece.agenda || piece.options.fit_labels);
    std::vector<Prepared> prepared;
    std::vector<std::string> warnings;
    const auto warn = [&warnings](std::string w) {
        if (std::find(warnings.begin(), warnings.end(), w) == warnings.end()) warnings.push_back(std::move(w));
    };
    for (const auto& piece : pieces) {
        if (piece.agenda) {
            Prepared p;
            p.type = Prepared::Type::Agenda;
            p.agenda = make_print_agenda(*piece.agenda);
            prepared.push_back(std::move(p));
            continue;
        }
        if (!piece.kit) continue;
        for (auto& w : text_change_warnings(*piece.kit, piece.options)) warn(std::move(w));
        if (piece.options.kind == PdfKind::Guide && !piece.kit->plan.empty() && piece.options.interview.name.empty()) {
            prepare_loop_guide(*piece.kit, piece.options, prepared);
            continue;
        }
        Prepared p;
        p.kind = piece.options.kind;
        p.model = make_print_model(*piece.kit, piece.options);
        prepared.push_back(std::move(p));
    }

    // The parts of every document, laid out with `typesetter`.
    const PageGeometry geometry = page_geometry(paper);
    const bool bundle = prepared.size() > 1;
    const auto build = [&](const Typesetter& typesetter) {
        std::vector<FormPart> parts;
        for (const auto& p : prepared) {
            if (p.type == Prepared::Type::Agenda) {
                parts.push_back(agenda_part(p.agenda, typesetter, geometry));
            } else if (p.type == Prepared::Type::Loop) {
                parts.push_back(loop_overview_part(p.loop, typesetter, geometry));
            } else if (p.kind == PdfKind::Guide) {
                parts.push_back(guide_part(p.model, typesetter, geometry));
                if (!p.outline.empty()) parts.back().outline_title = p.outline;
            } else {
                const bool several = bundle || p.model.interviewers.size() > 1;
                const PrintLabels& L = p.model.labels;
                for (std::size_t i = 0; i < p.model.interviewers.size(); ++i) {
                    const std::u32string& interviewer = p.model.interviewers[i];
                    parts.push_back(scorecard_part(p.model, interviewer, typesetter, geometry));
                    if (several)
                        parts.back().outline_title =
                            L.tr("Scorecard") + U" \u2013 " +
                            (p.model.interview.name.empty() ? U"" : p.model.interview.name + U" \u2013 ") +
                            (interviewer.empty() ? fill32(L.tr("interviewer {1}"), {digits(static_cast<int>(i + 1))})
                                                 : interviewer);
                }
            }
        }
        return parts;
    };

    // First the parts are built to learn every label they print (in the kit's language), so the fonts can be
    // chosen for all their characters; then they are built again with those fonts.
    {
        HaruDocument probe_doc;
        const PdfFonts probe_fonts(probe_doc, {U'a'}, font_file);
        build(Typesetter(probe_fonts));
    }
    std::set<char32_t> characters;
    for (const auto& p : prepared) {
        const std::set<char32_t> c = p.type == Prepared::Type::Kit    ? p.model.characters()
                                     : p.type == Prepared::Type::Loop ? p.loop.characters()
                                                                      : p.agenda.characters();
        characters.insert(c.begin(), c.end());
    }
    HaruDocument doc;
    const PdfFonts fonts(doc, characters, font_file);
    if (!prepared.empty()) {
        const Prepared& first = prepared.front();
        switch (first.type) {
            case Prepared::Type::Agenda: write_metadata(doc, first.agenda.title, first.agenda.organiser, "Interview agenda"); break;
            case Prepared::Type::Loop: write_metadata(doc, first.loop.title, first.loop.author, "Interviewer guide"); break;
            case Prepared::Type::Kit:
                write_metadata(doc, first.model.title, first.model.author,
                               first.kind == PdfKind::Scorecard ? "Interview scorecard" : "Interviewer guide");
        }
    }

    ShortenedFields shortened;
    LayoutCheck layout;
    layout.fitting = fit_labels;
    const Typesetter typesetter(fonts, &shortened, &layout);
    Painter painter(doc, fonts);
    PdfResult result;
    for (const auto& part : build(typesetter)) result.pages += render_part(doc, painter, geometry, part);
    result.bytes = doc.save();
    result.embedded_font = fonts.embedded();
    result.warnings = std::move(warnings);
    for (auto& w : fonts.warnings()) result.warnings.push_back(std::move(w));
    for (auto& w : shortened.warnings()) result.warnings.push_back(std::move(w));
    result.layout_problems = std::move(layout.problems);
    return result;
}

PdfResult render_agenda_pdf(const CandidateAgenda& agenda, Paper paper, const std::string& font_file) {
    PdfPiece piece;
    piece.agenda = &agenda;
    return render_pdf_bundle({piece}, paper, font_file);
}

}  // namespace ikit
