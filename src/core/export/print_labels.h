#pragma once
/// \file print_labels.h
/// The printed forms' own words (headings, field labels, scale words, footers, dates) in the form's language:
/// a Translator that hands out code points and remembers every character it handed out, so the fonts can be
/// chosen for them (internal to export/).

#include "i18n/translator.h"

#include <initializer_list>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace ikit {

/// A form's labels in one language. Copies share the record of characters used.
class PrintLabels {
public:
    /// English.
    PrintLabels();
    /// The labels of `translator`'s language.
    explicit PrintLabels(Translator translator);

    /// `msgid` in the form's language.
    std::u32string tr(const char* msgid) const;
    /// `msgid` in the form's language, for a label marked with N_() in a table.
    std::u32string tr(const std::string& msgid) const { return tr(msgid.c_str()); }
    /// The singular or plural form that fits `n`.
    std::u32string trn(const char* singular, const char* plural, unsigned long n) const;
    /// `msgid` in the form's language, disambiguated by `context`.
    std::u32string trc(const char* context, const char* msgid) const;

    /// "2 December 2026" for "2026-12-02", in the form's language; anything else as written.
    std::u32string date(const std::u32string& iso_date) const;

    /// True when the labels are English as written in the source.
    bool english() const { return translator_.language() == "en"; }
    /// The translator.
    const Translator& translator() const { return translator_; }
    /// Every character of every label handed out so far (by this object and its copies).
    const std::set<char32_t>& used() const { return *used_; }

private:
    std::u32string keep(const std::string& utf8) const;

    Translator translator_;
    std::shared_ptr<std::set<char32_t>> used_;
};

/// `pattern` with every "{N}" replaced by the N-th value (see i18n/text_fill.h), in code points.
std::u32string fill32(const std::u32string& pattern, std::initializer_list<std::u32string> values);

/// The labels a layout could not fit into their cells, and whether it may shrink or wrap them to fit.
struct LayoutCheck {
    bool fitting = true;                ///< false: a label too wide for its cell is cut (for tests of the check)
    std::vector<std::string> problems;  ///< one line per label cut or overlapping, e.g. "\"RATING\" is cut …"
    /// Records that `label` needs `needed` points in a cell of `room` points.
    void cut(const std::u32string& label, float needed, float room);
};

}  // namespace ikit
