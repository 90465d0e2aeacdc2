#include "export/page_painter.h"

#include <algorithm>

namespace ikit {

PageGeometry page_geometry(Paper paper) {
    PageGeometry g;
    if (paper == Paper::Letter) {
        g.width = 612.0f;
        g.height = 792.0f;
    } else {
        g.width = 595.28f;
        g.height = 841.89f;
    }
    g.margin_left = 50;
    g.margin_right = 50;
    g.margin_top = 46;
    g.margin_bottom = 34;
    g.footer = 24;
    return g;
}

float Typesetter::advance(char32_t cp, const TextStyle& style) const {
    return fonts_.advance(cp, style.weight, style.size) + style.tracking;
}

AdvanceFn Typesetter::advance_fn(const TextStyle& style) const {
    return [this, style](char32_t cp) { return advance(cp, style); };
}

float Typesetter::width(const std::u32string& text, const TextStyle& style) const {
    float w = 0;
    for (char32_t cp : text) w += advance(cp, style);
    return w;
}

float Typesetter::width(const StyledLine& line) const {
    float w = 0;
    for (const auto& run : line) w += width(run.text, run.style);
    return w;
}

namespace {
constexpr float kSmallestLabel = 0.75f;  // a label may shrink to this share of its size to fit its cell
constexpr int kShrinkSteps = 5;
}  // namespace

FittedLabel Typesetter::fit_label(const std::u32string& label, const TextStyle& style, float room) const {
    FittedLabel out{label, style};
    const bool fitting = !layout_ || layout_->fitting;
    for (int step = 0; step <= kShrinkSteps; ++step) {
        out.style.size = style.size * (1.0f - (1.0f - kSmallestLabel) * static_cast<float>(step) / kShrinkSteps);
        out.style.tracking = style.tracking * out.style.size / style.size;
        if (width(label, out.style) <= room + 0.01f) return out;
        if (!fitting) break;
    }
    if (layout_) layout_->cut(label, width(label, out.style), room);
    out.text = fit(label, out.style, room);
    return out;
}

FittedLines Typesetter::wrap_label(const std::u32string& label, const TextStyle& style, float room,
                                   std::size_t max_lines) const {
    const bool fitting = !layout_ || layout_->fitting;
    if (!fitting) max_lines = 1;
    FittedLines out{{}, style};
    for (int step = 0; step <= kShrinkSteps; ++step) {
        out.style.size = style.size * (1.0f - (1.0f - kSmallestLabel) * static_cast<float>(step) / kShrinkSteps);
        out.style.tracking = style.tracking * out.style.size / style.size;
        out.lines = wrap(label, out.style, room);
        bool fits = out.lines.size() <= max_lines;
        for (const auto& line : out.lines) fits = fits && width(line, out.style) <= room + 0.01f;
        if (fits) return out;
        if (!fitting) break;
    }
    if (layout_) layout_->cut(label, width(label, out.style), room * static_cast<float>(max_lines));
    if (out.lines.size() > max_lines) {
        out.lines.resize(max_lines);
        out.lines.back() += U"\u2026";
    }
    for (auto& line : out.lines) line = fit(line, out.style, room);
    return out;
}

std::vector<std::u32string> Typesetter::wrap(const std::u32string& text, const TextStyle& style, float w) const {
    return wrap_text(text, w, advance_fn(style));
}

std::vector<StyledLine> Typesetter::wrap(const StyledLine& runs, float w) const {
    std::u32string all;
    std::vector<std::size_t> run_of;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        all += runs[r].text;
        run_of.insert(run_of.end(), runs[r].text.size(), r);
    }
    std::vector<StyledLine> lines;
    for (const auto& [begin, end] :
         wrap_ranges(all, w, [&](std::size_t i) { return advance(all[i], runs[run_of[i]].style); })) {
        StyledLine line;
        for (std::size_t i = begin; i < end; ++i) {
            if (line.empty() || run_of[i] != run_of[i - 1]) line.push_back({{}, runs[run_of[i]].style});
            line.back().text += all[i];
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

std::u32string Typesetter::fit(const std::u32string& text, const TextStyle& style, float w) const {
    return fit_text(text, w, advance_fn(style));
}

std::u32string Typesetter::fit_field(const std::u32string& label, const std::u32string& value, const TextStyle& style,
                                    float width) const {
    std::u32string shown = fit(value, style, width);
    if (shown != value && shortened_) shortened_->add(label, value);
    return shown;
}

float Typesetter::baseline(float top, float line_height, const TextStyle& style) const {
    const float ascent = fonts_.ascent(style.weight) * style.size;
    const float descent = -fonts_.descent(style.weight) * style.size;
    return top - std::max(0.0f, (line_height - ascent - descent) / 2) - ascent;
}

void Painter::text(float x, float baseline, const std::u32string& text, const TextStyle& style) {
    if (text.empty()) return;
    const PdfFonts& fonts = typesetter_.fonts();
    const std::string bytes = fonts.encode(text);
    const bool outline = style.weight == Weight::Bold && fonts.synthetic_bold();
    HPDF_Page_SetRGBFill(page_, style.color.r, style.color.g, style.color.b);
    if (outline) {
        HPDF_Page_SetRGBStroke(page_, style.color.r, style.color.g, style.color.b);
        HPDF_Page_SetLineWidth(page_, style.size * 0.04f);
    }
    HPDF_Page_BeginText(page_);
    HPDF_Page_SetFontAndSize(page_, fonts.font(style.weight), style.size);
    if (style.tracking != 0) HPDF_Page_SetCharSpace(page_, style.tracking);
    if (outline) HPDF_Page_SetTextRenderingMode(page_, HPDF_FILL_THEN_STROKE);
    HPDF_Page_TextOut(page_, x, baseline, bytes.c_str());
    if (outline) HPDF_Page_SetTextRenderingMode(page_, HPDF_FILL);
    if (style.tracking != 0) HPDF_Page_SetCharSpace(page_, 0);
    HPDF_Page_EndText(page_);
    doc_.check("drawing text");
}

void Painter::text_right(float right, float baseline, const std::u32string& s, const TextStyle& style) {
    text(right - typesetter_.width(s, style) + style.tracking, baseline, s, style);
}

void Painter::text_centered(float center, float baseline, const std::u32string& s, const TextStyle& style) {
    text(center - (typesetter_.width(s, style) - style.tracking) / 2, baseline, s, style);
}

float Painter::line_of_runs(float x, float baseline, const StyledLine& line) {
    for (const auto& run : line) {
        text(x, baseline, run.text, run.style);
        x += typesetter_.width(run.text, run.style);
    }
    return x;
}

void Painter::line(float x1, float y1, float x2, float y2, float width, Rgb color) {
    HPDF_Page_SetLineWidth(page_, width);
    HPDF_Page_SetRGBStroke(page_, color.r, color.g, color.b);
    HPDF_Page_MoveTo(page_, x1, y1);
    HPDF_Page_LineTo(page_, x2, y2);
    HPDF_Page_Stroke(page_);
    doc_.check("drawing a line");
}

void Painter::frame(float x, float y, float w, float h, float width, Rgb color) {
    HPDF_Page_SetLineWidth(page_, width);
    HPDF_Page_SetRGBStroke(page_, color.r, color.g, color.b);
    HPDF_Page_Rectangle(page_, x, y, w, h);
    HPDF_Page_Stroke(page_);
    doc_.check("drawing a box");
}

void Painter::fill(float x, float y, float w, float h, Rgb color) {
    HPDF_Page_SetRGBFill(page_, color.r, color.g, color.b);
    HPDF_Page_Rectangle(page_, x, y, w, h);
    HPDF_Page_Fill(page_);
    doc_.check("filling a box");
}

void Painter::pill(float x, float y, float w, float h, Rgb color) {
    const float r = h / 2;
    HPDF_Page_SetRGBFill(page_, color.r, color.g, color.b);
    if (w <= h) {
        HPDF_Page_Circle(page_, x + w / 2, y + r, r);
    } else {
        HPDF_Page_Circle(page_, x + r, y + r, r);
        HPDF_Page_Circle(page_, x + w - r, y + r, r);
        HPDF_Page_Rectangle(page_, x + r, y, w - h, h);
    }
    HPDF_Page_Fill(page_);
    doc_.check("drawing a label");
}

}  // namespace ikit
