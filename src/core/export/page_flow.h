#pragma once
/// \file page_flow.h
/// Page breaking for a column of rows, independent of any PDF library: rows glued to the next one
/// move to a new page together, headings never end a page, long blocks continue on the next page.

#include <vector>

namespace ikit {

/// How strongly a row holds on to the row after it.
enum class Glue {
    None,  ///< a page may break after this row
    Soft,  ///< keep together when the whole glued run fits on one page; otherwise a break may fall here
    Hard,  ///< never break here unless the hard-glued run is taller than a page
};

/// A row to place: heights in points.
struct FlowRow {
    float height = 0;        ///< the row itself
    float space_before = 0;  ///< gap above the row, dropped at the top of a page
    Glue glue = Glue::None;  ///< glue to the next row
    float continued_height =
        0;  ///< height of a "(continued)" line drawn above the row when it starts a page (0 = none)
};

/// Where a row went.
struct RowPlacement {
    int page = 0;            ///< 0-based page of the run
    float top = 0;           ///< distance of the row's top below the top of the page's usable area
    bool continued = false;  ///< a "(continued)" line is drawn above it, at top - continued_height
};

/// Places `rows` on pages whose usable height is `page_height`; returns one placement per row.
/// Pages are never left empty; a row taller than a page is put alone on a page (and overflows).
std::vector<RowPlacement> paginate(const std::vector<FlowRow>& rows, float page_height);

/// Number of pages used by `placements` (0 when there are none).
int page_count(const std::vector<RowPlacement>& placements);

}  // namespace ikit
