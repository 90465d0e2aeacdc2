#pragma once
/// \file pdf_fonts.h
/// The fonts of one PDF. When every character fits WinAnsiEncoding the base-14 Helvetica fonts are
/// used and nothing is embedded; otherwise a TrueType font (DejaVu Sans by default) is cut down to the
/// characters used and embedded with libharu's UTF-8 encoding. Characters no font can draw are
/// replaced by a visible mark and reported once each as a warning.

#include "export/haru_document.h"

#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace ikit {

class TrueTypeFile;

/// Regular or bold type.
enum class Weight { Regular, Bold };


/// The fonts of one document, loaded into it.
class PdfFonts {
public:
    /// Chooses and loads fonts able to draw `characters` (every code point the document will print).
    /// `font_file` ("" = search system_font_files() (io/data_paths.h)) is only read when some character is outside
    /// WinAnsiEncoding. Throws Error when a given font file cannot be used or libharu fails.
    PdfFonts(HaruDocument& doc, const std::set<char32_t>& characters, const std::string& font_file);
    ~PdfFonts();
    PdfFonts(const PdfFonts&) = delete;
    PdfFonts& operator=(const PdfFonts&) = delete;

    /// True when a TrueType font is embedded (false: base-14 fonts).
    bool embedded() const { return embedded_; }
    /// The libharu font for `weight`.
    HPDF_Font font(Weight weight) const { return weight == Weight::Bold ? bold_ : regular_; }
    /// True when bold is imitated by outlining the regular font (no bold TrueType font was found).
    bool synthetic_bold() const { return synthetic_bold_; }
    /// The advance of `code_point` at `size` points in `weight` (after replacement).
    float advance(char32_t code_point, Weight weight, float size) const;
    /// The font's ascender and descender (negative), in units of the font size.
    float ascent(Weight weight) const;
    float descent(Weight weight) const;  ///< see ascent()
    /// The bytes to hand to HPDF_Page_ShowText for `text` (undrawable characters replaced).
    std::string encode(const std::u32string& text) const;
    /// `code_point` itself when it can be drawn, else its replacement.
    char32_t drawable(char32_t code_point) const;
    /// One message per character that could not be drawn, in code point order.
    const std::vector<std::string>& warnings() const { return warnings_; }

private:
    void use_base14();
    void use_truetype(const std::set<char32_t>& characters);
    void load_subset(const TrueTypeFile& font, const std::set<char32_t>& characters, HPDF_Font* out);
    void report_undrawable(const std::set<char32_t>& characters, const std::string& why);

    HaruDocument& doc_;
    bool embedded_ = false;
    bool synthetic_bold_ = false;
    HPDF_Font regular_ = nullptr;
    HPDF_Font bold_ = nullptr;
    std::unique_ptr<TrueTypeFile> regular_file_;
    std::unique_ptr<TrueTypeFile> bold_file_;
    std::set<char32_t> drawable_;  // TrueType mode: characters in the embedded subset
    char32_t replacement_ = U'?';
    std::vector<std::string> warnings_;
    mutable std::unordered_map<char32_t, float> widths_[2];  // per weight, 1/1000 em
};

}  // namespace ikit
