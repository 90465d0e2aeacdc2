#include "export/text_wrap.h"

namespace ikit {

float text_width(const std::u32string& text, const AdvanceFn& advance) {
    float width = 0;
    for (char32_t cp : text) width += advance(cp);
    return width;
}

std::vector<LineRange> wrap_ranges(const std::u32string& text, float width, const AdvanceAtFn& advance_at) {
    std::vector<LineRange> lines;
    bool open = false;  // a line has been started
    std::size_t line_begin = 0, line_end = 0;
    float line_width = 0;
    const auto close = [&] {
        if (open) lines.emplace_back(line_begin, line_end);
        open = false;
        line_width = 0;
    };
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == U' ') {
            ++i;
            continue;
        }
        const std::size_t word_begin = i;
        float word_width = 0;
        while (i < text.size() && text[i] != U' ') word_width += advance_at(i++);
        const std::size_t word_end = i;
        if (open) {
            float gap = 0;  // the spaces between the line and the word
            for (std::size_t k = line_end; k < word_begin; ++k) gap += advance_at(k);
            if (line_width + gap + word_width <= width) {
                line_end = word_end;
                line_width += gap + word_width;
                continue;
            }
            close();
        }
        if (word_width <= width) {
            open = true;
            line_begin = word_begin;
            line_end = word_end;
            line_width = word_width;
            continue;
        }
        // A word wider than a line: break it between characters (at least one per line).
        for (std::size_t k = word_begin; k < word_end; ++k) {
            const float w = advance_at(k);
            if (open && line_width + w > width) close();
            if (!open) {
                open = true;
                line_begin = k;
            }
            line_end = k + 1;
            line_width += w;
        }
    }
    close();
    if (lines.empty()) lines.emplace_back(0, 0);
    return lines;
}

std::vector<std::u32string> wrap_text(const std::u32string& text, float width, const AdvanceFn& advance) {
    std::vector<std::u32string> lines;
    for (const auto& [begin, end] : wrap_ranges(text, width, [&](std::size_t i) { return advance(text[i]); }))
        lines.push_back(text.substr(begin, end - begin));
    return lines;
}

std::u32string fit_text(const std::u32string& text, float width, const AdvanceFn& advance) {
    if (text_width(text, advance) <= width) return text;
    const float ellipsis = advance(U'\u2026');
    std::u32string out;
    float used = 0;
    for (char32_t cp : text) {
        const float w = advance(cp);
        if (used + w + ellipsis > width) break;
        out += cp;
        used += w;
    }
    while (!out.empty() && out.back() == U' ') out.pop_back();
    return out + U'\u2026';
}

}  // namespace ikit
