#include "export/print_labels.h"

#include "export/printable_text.h"
#include "i18n/text_fill.h"
#include "util/text.h"

#include <cmath>

namespace ikit {

namespace {

std::u32string decoded(const std::string& utf8) {
    const std::vector<char32_t> cps = decode_utf8(utf8);
    return std::u32string(cps.begin(), cps.end());
}

}  // namespace

PrintLabels::PrintLabels() : used_(std::make_shared<std::set<char32_t>>()) {}

PrintLabels::PrintLabels(Translator translator)
    : translator_(std::move(translator)), used_(std::make_shared<std::set<char32_t>>()) {}

std::u32string PrintLabels::keep(const std::string& utf8) const {
    std::u32string text = decoded(utf8);
    used_->insert(text.begin(), text.end());
    return text;
}

std::u32string PrintLabels::tr(const char* msgid) const { return keep(translator_.tr(msgid)); }

std::u32string PrintLabels::trn(const char* singular, const char* plural, unsigned long n) const {
    return keep(translator_.trn(singular, plural, n));
}

std::u32string PrintLabels::trc(const char* context, const char* msgid) const {
    return keep(translator_.trc(context, msgid));
}

std::u32string PrintLabels::date(const std::u32string& iso) const {
    const auto number = [&](std::size_t at, std::size_t n) {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (iso[i] < U'0' || iso[i] > U'9') return -1;
            v = v * 10 + static_cast<int>(iso[i] - U'0');
        }
        return v;
    };
    if (iso.size() != 10 || iso[4] != U'-' || iso[7] != U'-') return iso;
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return iso;
    std::u32string month_text;
    switch (month) {  // one trc() per name, so that xgettext finds each with its context
        case 1: month_text = trc("month", "January"); break;
        case 2: month_text = trc("month", "February"); break;
        case 3: month_text = trc("month", "March"); break;
        case 4: month_text = trc("month", "April"); break;
        case 5: month_text = trc("month", "May"); break;
        case 6: month_text = trc("month", "June"); break;
        case 7: month_text = trc("month", "July"); break;
        case 8: month_text = trc("month", "August"); break;
        case 9: month_text = trc("month", "September"); break;
        case 10: month_text = trc("month", "October"); break;
        case 11: month_text = trc("month", "November"); break;
        default: month_text = trc("month", "December"); break;
    }
    // TRANSLATORS: a printed date: {1} the day (2), {2} the month's name (December), {3} the year (2026).
    return fill32(tr("{1} {2} {3}"), {digits(day), month_text, digits(year)});
}

std::u32string fill32(const std::u32string& pattern, std::initializer_list<std::u32string> values) {
    const std::vector<std::u32string_view> views(values.begin(), values.end());
    return fill_places<char32_t>(pattern, views.data(), views.size());
}

void LayoutCheck::cut(const std::u32string& label, float needed, float room) {
    const auto pt = [](float v) { return std::to_string(static_cast<int>(std::lround(v))); };
    std::string line = "layout: the label \"" + to_utf8(label) + "\" needs " + pt(needed) + " pt in a cell of " +
                       pt(room) + " pt and is cut";
    for (const auto& p : problems)
        if (p == line) return;
    problems.push_back(std::move(line));
}

}  // namespace ikit
