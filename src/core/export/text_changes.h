#pragma once
/// \file text_changes.h
/// Every change the printing makes to what a user typed, put into words for the export's warnings:
/// invisible characters not drawn, invalid UTF-8 shown as U+FFFD, a PDF property or bookmark cut or
/// unable to hold a character, a name shortened to fit its field.

#include "export/pdf_export.h"

#include <string>
#include <vector>

namespace ikit {

/// The warnings for the texts of `kit` and `options` that will not print exactly as typed (before
/// layout; fields shortened on the page are reported by ShortenedFields).
std::vector<std::string> text_change_warnings(const Kit& kit, const PdfOptions& options);

/// The header fields whose value the layout had to shorten with "…", in the order met.
class ShortenedFields {
public:
    /// Records that the field `label` could not show `value` whole.
    void add(const std::u32string& label, const std::u32string& value);
    /// One warning per field and value, e.g. "CANDIDATE: “Zoë Ł…” (10,000 characters) is too long
    /// for its field and is shortened on the page".
    std::vector<std::string> warnings() const;

private:
    std::vector<std::pair<std::u32string, std::u32string>> fields_;
};

}  // namespace ikit
