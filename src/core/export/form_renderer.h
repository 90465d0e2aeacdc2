#pragma once
/// \file form_renderer.h
/// Puts the rows of a form on pages: page breaks, "(continued)" lines, bookmarks and footers.

#include "export/form_builder.h"

#include <string>
#include <vector>

namespace ikit {

/// A part of the document with its own page numbering (one scorecard, or the guide).
struct FormPart {
    std::vector<FormRow> rows;     ///< the content
    std::u32string footer;         ///< left side of every footer (kit title, candidate…)
    std::u32string outline_title;  ///< bookmark grouping the part's bookmarks ("" = top level)
    PrintLabels labels;            ///< the words of the footer's "Page N of M"
};

/// Lays out `part` on new pages of `geometry` and draws it, footers "Page N of M" included;
/// returns the number of pages. Throws Error when libharu fails.
int render_part(HaruDocument& doc, Painter& painter, const PageGeometry& geometry, const FormPart& part);

}  // namespace ikit
