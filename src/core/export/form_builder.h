#pragma once
/// \file form_builder.h
/// The printed forms as a column of rows: the parts both documents are made of (title block, fields,
/// section bands, paragraphs, bullet lists, ruled lines). Their look is in form_style.h.

#include "export/form_style.h"
#include "export/page_flow.h"
#include "export/page_painter.h"

#include <functional>
#include <string>
#include <vector>

namespace ikit {

/// Draws a row whose top edge is at `top` (PDF coordinates).
using DrawFn = std::function<void(Painter&, float top)>;

/// One row of a form.
struct FormRow {
    FlowRow flow;             ///< height, spacing and glue for page breaking
    DrawFn draw;              ///< draws the row
    DrawFn draw_continued;    ///< draws the "(continued)" line when the row starts a page
    std::u32string bookmark;  ///< bookmark to the row ("" = none)
};

/// A label and a value on a writing line.
struct FormField {
    std::u32string label;  ///< e.g. "CANDIDATE"
    std::u32string value;  ///< "" = blank line to write on
    float share = 1;       ///< relative width
};

/// Builds the rows of one printed part (a scorecard or the guide).
class FormBuilder {
public:
    /// Lays out with `typesetter` on `geometry` (both must outlive this), the form's own words from `labels`.
    FormBuilder(const Typesetter& typesetter, const PageGeometry& geometry, PrintLabels labels = {});

    const Typesetter& typesetter() const { return ts_; }       ///< measuring helper
    const PrintLabels& labels() const { return labels_; }      ///< the form's own words
    float left() const { return geometry_.left(); }            ///< content left edge
    float right() const { return geometry_.right(); }          ///< content right edge
    float width() const { return geometry_.content_width(); }  ///< content width

    /// Adds a row of `height`, glued to the next one by `glue`, drawn by `draw`.
    void add(float height, Glue glue, DrawFn draw);
    /// Adds `points` of space before the next row (dropped at a page top).
    void space(float points);
    /// Sets the glue of the last row added.
    void glue_last(Glue glue);
    /// The next row carries a bookmark titled `title`.
    void bookmark_next(std::u32string title);
    /// Rows added from now on show `label` above them when they start a page ("" = stop).
    void continued_label(std::u32string label);
    /// The rows built, handed over.
    std::vector<FormRow> take() { return std::move(rows_); }

    /// Document title block: a small overline (e.g. "INTERVIEW SCORECARD"), the title, subtitle lines.
    void title_block(const std::u32string& overline, const std::u32string& title,
                     const std::vector<std::u32string>& subtitle);
    /// A row of fields with labels above writing lines.
    void fields(const std::vector<FormField>& fields);
    /// A tinted band with a section title and a note at the right; bookmarked; glued to what follows.
    void section_band(const std::u32string& title, const std::u32string& note);
    /// A heading with a thin rule under it; bookmarked; glued to what follows.
    void heading(const std::u32string& title);
    /// Paragraphs in `style`, starting `indent` from the left edge, keeping two lines together at each end;
    /// `first_line_extra` (optional) also draws on the first line's row (e.g. a number in the margin).
    void paragraphs(const std::vector<std::u32string>& paragraphs, const TextStyle& style, float indent,
                    float line_height, float paragraph_gap = 4, const DrawFn& first_line_extra = {});
    /// A small label line (e.g. "PROBES"), glued to what follows.
    void label(const std::u32string& text, float indent, Rgb color = form_style::kFaint);
    /// A bulleted list; `between` is the glue from one item to the next (lines of an item are kept together).
    void bullets(const std::vector<std::u32string>& items, const TextStyle& style, float indent, float line_height,
                 Glue between = Glue::Soft);
    /// `count` ruled writing lines `spacing` apart, from `indent` to the right edge; they may continue on
    /// the next page (never one line alone) unless `keep_together`.
    void ruled_lines(int count, float indent, float spacing, bool keep_together = false);
    /// A tinted note box holding wrapped text.
    void note_box(const std::u32string& text, const TextStyle& style, Rgb tint);

private:
    const Typesetter& ts_;
    const PageGeometry& geometry_;
    PrintLabels labels_;
    std::vector<FormRow> rows_;
    float pending_space_ = 0;
    std::u32string pending_bookmark_;
    std::u32string continued_;
};

}  // namespace ikit
