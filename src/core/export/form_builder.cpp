#include "export/form_builder.h"

#include <algorithm>

namespace ikit {

using namespace form_style;

namespace {
constexpr float kContinuedHeight = 14;
}

FormBuilder::FormBuilder(const Typesetter& typesetter, const PageGeometry& geometry, PrintLabels labels)
    : ts_(typesetter), geometry_(geometry), labels_(std::move(labels)) {}

void FormBuilder::add(float height, Glue glue, DrawFn draw) {
    FormRow row;
    row.flow.height = height;
    row.flow.space_before = pending_space_;
    row.flow.glue = glue;
    row.draw = std::move(draw);
    row.bookmark = std::move(pending_bookmark_);
    if (!continued_.empty()) {
        row.flow.continued_height = kContinuedHeight;
        const std::u32string label = continued_;
        const float x = left();
        row.draw_continued = [label, x](Painter& p, float top) {
            p.text(x, p.typesetter().baseline(top, 10, kPageNoteStyle), label, kPageNoteStyle);
        };
    }
    pending_space_ = 0;
    pending_bookmark_.clear();
    rows_.push_back(std::move(row));
}

void FormBuilder::space(float points) { pending_space_ += points; }

void FormBuilder::glue_last(Glue glue) {
    if (!rows_.empty()) rows_.back().flow.glue = glue;
}

void FormBuilder::bookmark_next(std::u32string title) { pending_bookmark_ = std::move(title); }

void FormBuilder::continued_label(std::u32string label) { continued_ = std::move(label); }

void FormBuilder::title_block(const std::u32string& overline, const std::u32string& title,
                              const std::vector<std::u32string>& subtitle) {
    const float x = left();
    add(12, Glue::Hard, [=](Painter& p, float top) {
        p.text(x, p.typesetter().baseline(top, 12, kOverlineStyle), overline, kOverlineStyle);
    });
    space(3);
    for (const auto& line : ts_.wrap(title, kTitleStyle, width())) {
        add(22, Glue::Hard, [=](Painter& p, float top) {
            p.text(x, p.typesetter().baseline(top, 22, kTitleStyle), line, kTitleStyle);
        });
    }
    space(2);
    for (const auto& text : subtitle) {
        for (const auto& line : ts_.wrap(text, kSubtitleStyle, width()))
            add(13.5f, Glue::Hard, [=](Painter& p, float top) {
                p.text(x, p.typesetter().baseline(top, 13.5f, kSubtitleStyle), line, kSubtitleStyle);
            });
    }
    glue_last(Glue::None);
}

void FormBuilder::fields(const std::vector<FormField>& list) {
    constexpr float kGap = 16;
    constexpr float kHeight = 32;
    float total = 0;
    for (const auto& f : list) total += f.share;
    const float usable = width() - kGap * static_cast<float>(list.size() - 1);
    float x = left();
    struct Placed {
        float x, w;
        FittedLabel label;
        std::u32string value;
    };
    std::vector<Placed> placed;
    for (const auto& f : list) {
        const float w = usable * f.share / total;
        placed.push_back({x, w, ts_.fit_label(f.label, label_style(), w), ts_.fit_field(f.label, f.value, kFieldValueStyle, w - 2)});
        x += w + kGap;
    }
    add(kHeight, Glue::None, [placed](Painter& p, float top) {
        for (const auto& f : placed) {
            p.text(f.x, p.typesetter().baseline(top, 10, label_style()), f.label.text, f.label.style);
            const float line_y = top - kHeight + 2;
            p.line(f.x, line_y, f.x + f.w, line_y, 0.6f, kRule);
            if (!f.value.empty()) p.text(f.x + 1, line_y + 4.5f, f.value, kFieldValueStyle);
        }
    });
}

void FormBuilder::section_band(const std::u32string& title, const std::u32string& note) {
    constexpr float kHeight = 22;
    const float x = left(), w = width();
    const std::u32string shown_note = note;
    const float note_width = ts_.width(note, kSectionNoteStyle);
    const std::u32string shown_title =
        ts_.fit(title, kSectionTitleStyle, w - 24 - (note.empty() ? 0 : note_width + 16));
    bookmark_next(title);
    add(kHeight, Glue::Hard, [=](Painter& p, float top) {
        p.fill(x, top - kHeight, w, kHeight, kTint);
        p.fill(x, top - kHeight, 3, kHeight, kAccent);
        p.text(x + 11, p.typesetter().baseline(top, kHeight, kSectionTitleStyle) + 0.5f, shown_title,
               kSectionTitleStyle);
        if (!shown_note.empty())
            p.text_right(x + w - 9, p.typesetter().baseline(top, kHeight, kSectionNoteStyle) + 0.5f, shown_note,
                         kSectionNoteStyle);
    });
}

void FormBuilder::heading(const std::u32string& title) {
    const float x = left(), w = width();
    const auto lines = ts_.wrap(title, kHeadingStyle, w);
    bookmark_next(title);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool last = i + 1 == lines.size();
        const float h = last ? 20 : 15;
        const std::u32string line = lines[i];
        add(h, Glue::Hard, [=](Painter& p, float top) {
            p.text(x, p.typesetter().baseline(top, 15, kHeadingStyle), line, kHeadingStyle);
            if (last) p.line(x, top - h + 1.5f, x + w, top - h + 1.5f, 0.6f, kAccent);
        });
    }
    space(4);
}

void FormBuilder::paragraphs(const std::vector<std::u32string>& list, const TextStyle& style, float indent,
                             float line_height, float paragraph_gap, const DrawFn& first_line_extra) {
    const float x = left() + indent;
    for (std::size_t p = 0; p < list.size(); ++p) {
        if (p > 0) {
            glue_last(Glue::Soft);
            space(paragraph_gap);
        }
        const auto lines = ts_.wrap(list[p], style, right() - x);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const std::u32string line = lines[i];
            const bool keep = i < 1 || i + 2 >= lines.size();  // two lines together at each end
            const DrawFn extra = (p == 0 && i == 0) ? first_line_extra : DrawFn{};
            add(line_height, keep ? Glue::Hard : Glue::Soft, [=](Painter& painter, float top) {
                painter.text(x, painter.typesetter().baseline(top, line_height, style), line, style);
                if (extra) extra(painter, top);
            });
        }
    }
}

void FormBuilder::label(const std::u32string& text, float indent, Rgb color) {
    const float x = left() + indent;
    const TextStyle style = label_style(color);
    const FittedLabel shown = ts_.fit_label(text, style, right() - x);
    add(11, Glue::Hard, [=](Painter& p, float top) {
        p.text(x, p.typesetter().baseline(top, 11, style), shown.text, shown.style);
    });
}

void FormBuilder::bullets(const std::vector<std::u32string>& items, const TextStyle& style, float indent,
                          float line_height, Glue between) {
    const float x = left() + indent;
    const float hang = 10;
    for (std::size_t item = 0; item < items.size(); ++item) {
        const auto lines = ts_.wrap(items[item], style, right() - x - hang);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const std::u32string line = lines[i];
            const bool first = i == 0;
            const bool last_line = i + 1 == lines.size();
            add(line_height, last_line ? between : Glue::Hard, [=](Painter& p, float top) {
                const float base = p.typesetter().baseline(top, line_height, style);
                if (first) p.text(x + 1, base, U"\u2022", style);
                p.text(x + hang, base, line, style);
            });
        }
    }
}

void FormBuilder::ruled_lines(int count, float indent, float spacing, bool keep_together) {
    const float x = left() + indent, end = right();
    for (int i = 0; i < count; ++i) {
        add(spacing, i + 1 < count && (keep_together || i == 0 || i + 2 == count) ? Glue::Hard : Glue::None,
            [=](Painter& p, float top) {
                p.line(x, top - spacing + 0.5f, end, top - spacing + 0.5f, 0.45f, kRule);
            });  // no line alone
    }
}

void FormBuilder::note_box(const std::u32string& text, const TextStyle& style, Rgb tint) {
    const float x = left(), w = width();
    constexpr float kPad = 7, kLine = 12.5f;
    const auto lines = ts_.wrap(text, style, w - 2 * kPad - 4);
    const float h = kLine * static_cast<float>(lines.size()) + 2 * kPad - 2;
    add(h, Glue::None, [=](Painter& p, float top) {
        p.fill(x, top - h, w, h, tint);
        p.fill(x, top - h, 2.5f, h, style.color);
        float line_top = top - kPad + 1;
        for (const auto& line : lines) {
            p.text(x + kPad + 4, p.typesetter().baseline(line_top, kLine, style), line, style);
            line_top -= kLine;
        }
    });
}

}  // namespace ikit
