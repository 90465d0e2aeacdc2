#include "export/form_renderer.h"

#include "export/printable_text.h"

namespace ikit {

using namespace form_style;

namespace {

void draw_footer(Painter& p, const PageGeometry& g, const FormPart& part, int page, int pages) {
    const std::u32string& left_text = part.footer;
    const float rule_y = g.margin_bottom + g.footer - 8;
    const float base = g.margin_bottom + 3;
    p.line(g.left(), rule_y, g.right(), rule_y, 0.4f, kHairline);
    // TRANSLATORS: the footer of a printed page: {1} its number, {2} the number of pages.
    const std::u32string right_text = fill32(part.labels.tr("Page {1} of {2}"), {digits(page), digits(pages)});
    const float right_width = p.typesetter().width(right_text, kPageNoteStyle);
    p.text_right(g.right(), base, right_text, kPageNoteStyle);
    p.text(g.left(), base, p.typesetter().fit(left_text, kPageNoteStyle, g.content_width() - right_width - 24),
           kPageNoteStyle);
}

}  // namespace

int render_part(HaruDocument& doc, Painter& painter, const PageGeometry& geometry, const FormPart& part) {
    std::vector<FlowRow> flow;
    flow.reserve(part.rows.size());
    for (const auto& row : part.rows) flow.push_back(row.flow);
    const std::vector<RowPlacement> placements = paginate(flow, geometry.usable_height());
    const int pages = std::max(1, page_count(placements));

    std::vector<HPDF_Page> handles;
    for (int i = 0; i < pages; ++i) handles.push_back(doc.add_page(geometry.width, geometry.height));

    HPDF_Outline parent = nullptr;
    if (!part.outline_title.empty())
        parent = doc.add_outline(nullptr, pdf_property_text(part.outline_title), handles.front(), geometry.height);

    const float top = geometry.content_top();
    for (std::size_t i = 0; i < part.rows.size(); ++i) {
        const FormRow& row = part.rows[i];
        const RowPlacement& at = placements[i];
        painter.set_page(handles[static_cast<std::size_t>(at.page)]);
        const float row_top = top - at.top;
        if (at.continued && row.draw_continued) row.draw_continued(painter, row_top + row.flow.continued_height);
        if (row.draw) row.draw(painter, row_top);
        if (!row.bookmark.empty())
            doc.add_outline(parent, pdf_property_text(row.bookmark), handles[static_cast<std::size_t>(at.page)],
                            std::min(geometry.height, row_top + 24));
    }
    for (int i = 0; i < pages; ++i) {
        painter.set_page(handles[static_cast<std::size_t>(i)]);
        draw_footer(painter, geometry, part, i + 1, pages);
    }
    return pages;
}

}  // namespace ikit
