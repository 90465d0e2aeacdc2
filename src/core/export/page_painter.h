#pragma once
/// \file page_painter.h
/// Page geometry, text styles and the drawing primitives the printed forms are made of.

#include "export/haru_document.h"
#include "export/pdf_export.h"
#include "export/pdf_fonts.h"
#include "export/print_labels.h"
#include "export/text_changes.h"
#include "export/text_wrap.h"

#include <string>
#include <vector>

namespace ikit {

/// A colour, components 0..1.
struct Rgb {
    float r = 0, g = 0, b = 0;
};

/// How a run of text looks.
struct TextStyle {
    float size = 10;                  ///< points
    Weight weight = Weight::Regular;  ///< regular or bold
    Rgb color;                        ///< fill colour
    float tracking = 0;               ///< extra space after each character, points
};

/// A piece of a line in one style.
struct TextRun {
    std::u32string text;  ///< the characters
    TextStyle style;      ///< their look
};

/// A line made of runs.
using StyledLine = std::vector<TextRun>;

/// The page and its printable area, in points (PDF origin at the bottom left).
struct PageGeometry {
    float width = 0;          ///< page width
    float height = 0;         ///< page height
    float margin_left = 0;    ///< nothing is drawn left of this
    float margin_right = 0;   ///< nothing is drawn within this distance of the right edge
    float margin_top = 0;     ///< nothing is drawn within this distance of the top edge
    float margin_bottom = 0;  ///< nothing is drawn below this
    float footer = 0;         ///< height reserved above the bottom margin for the footer

    float left() const { return margin_left; }                                ///< left edge of the content
    float right() const { return width - margin_right; }                      ///< right edge of the content
    float content_width() const { return right() - left(); }                  ///< width of the content
    float content_top() const { return height - margin_top; }                 ///< top of the content
    float content_bottom() const { return margin_bottom + footer; }           ///< bottom of the flowing content
    float usable_height() const { return content_top() - content_bottom(); }  ///< height for flowing rows
};

/// The geometry of `paper` (A4: 595.28 × 841.89 pt, Letter: 612 × 792 pt) with the forms' margins.
PageGeometry page_geometry(Paper paper);

/// A label fitted into its cell: its text (cut with "…" only when nothing else helped) and the style to draw it in.
struct FittedLabel {
    std::u32string text;  ///< what is drawn
    TextStyle style;      ///< the label's style, perhaps in a smaller size
};

/// A label wrapped into its cell.
struct FittedLines {
    std::vector<std::u32string> lines;  ///< what is drawn, one line each
    TextStyle style;                    ///< the label's style, perhaps in a smaller size
};

/// Measures text with the document's fonts.
class Typesetter {
public:
    /// Measures with `fonts` (which must outlive this); header fields it shortens are recorded in
    /// `shortened`, labels it cannot fit into their cells in `layout` (each, when given, must outlive this too).
    explicit Typesetter(const PdfFonts& fonts, ShortenedFields* shortened = nullptr, LayoutCheck* layout = nullptr)
        : fonts_(fonts), shortened_(shortened), layout_(layout) {}
    /// The advance of one character in `style`, tracking included.
    float advance(char32_t code_point, const TextStyle& style) const;
    /// An AdvanceFn for `style`.
    AdvanceFn advance_fn(const TextStyle& style) const;
    /// The width of `text` in `style`.
    float width(const std::u32string& text, const TextStyle& style) const;
    /// The width of a styled line.
    float width(const StyledLine& line) const;
    /// Wraps `text` in `style` to `width`.
    std::vector<std::u32string> wrap(const std::u32string& text, const TextStyle& style, float width) const;
    /// Wraps runs of mixed styles to `width`.
    std::vector<StyledLine> wrap(const StyledLine& runs, float width) const;
    /// `text` shortened with "…" to fit `width`.
    std::u32string fit(const std::u32string& text, const TextStyle& style, float width) const;
    /// Like fit(), for what a user typed into the field `label`: a shortening is recorded.
    std::u32string fit_field(const std::u32string& label, const std::u32string& value, const TextStyle& style,
                             float width) const;
    /// A form's label in a cell `room` points wide: as it is when it fits, else in a smaller size (down to 75 %);
    /// what still does not fit is cut with "…" and recorded as a layout problem.
    FittedLabel fit_label(const std::u32string& label, const TextStyle& style, float room) const;
    /// A form's label wrapped into at most `max_lines` lines of `room` points, in a smaller size when needed (as
    /// fit_label); what still does not fit is cut and recorded as a layout problem.
    FittedLines wrap_label(const std::u32string& label, const TextStyle& style, float room, std::size_t max_lines) const;
    /// The baseline of `style` text centred in a line box of `line_height` whose top is at `top`.
    float baseline(float top, float line_height, const TextStyle& style) const;
    /// The fonts.
    const PdfFonts& fonts() const { return fonts_; }

private:
    const PdfFonts& fonts_;
    ShortenedFields* shortened_;
    LayoutCheck* layout_;
};

/// Draws on one page at a time; every libharu call is checked.
class Painter {
public:
    /// Draws into `doc` with `fonts`.
    Painter(HaruDocument& doc, const PdfFonts& fonts) : doc_(doc), typesetter_(fonts) {}
    /// Makes `page` the page drawn on.
    void set_page(HPDF_Page page) { page_ = page; }
    /// The page drawn on.
    HPDF_Page page() const { return page_; }
    /// The measuring helper.
    const Typesetter& typesetter() const { return typesetter_; }
    /// Draws `text` with its left end at `x` on `baseline`.
    void text(float x, float baseline, const std::u32string& text, const TextStyle& style);
    /// Draws `text` with its right end at `right`.
    void text_right(float right, float baseline, const std::u32string& text, const TextStyle& style);
    /// Draws `text` centred on `center`.
    void text_centered(float center, float baseline, const std::u32string& text, const TextStyle& style);
    /// Draws a styled line from `x`; returns the x after it.
    float line_of_runs(float x, float baseline, const StyledLine& line);
    /// A straight line.
    void line(float x1, float y1, float x2, float y2, float width, Rgb color);
    /// An outlined rectangle (x, y = bottom left).
    void frame(float x, float y, float w, float h, float width, Rgb color);
    /// A filled rectangle (x, y = bottom left).
    void fill(float x, float y, float w, float h, Rgb color);
    /// A filled rectangle with round ends (x, y = bottom left), the radius half its height.
    void pill(float x, float y, float w, float h, Rgb color);

private:
    HaruDocument& doc_;
    Typesetter typesetter_;
    HPDF_Page page_ = nullptr;
};

}  // namespace ikit
