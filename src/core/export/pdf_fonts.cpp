#include "export/pdf_fonts.h"

#include "export/font_coverage.h"
#include "export/font_subset.h"
#include "export/printable_text.h"
#include "export/to_unicode_cmap.h"
#include "export/truetype_file.h"
#include "export/win_ansi.h"
#include "io/file_read.h"
#include "io/native_path.h"
#include "io/temporary_file.h"
#include "io/data_paths.h"
#include "util/error.h"
#include "util/text.h"

#include <cstdlib>
#include <filesystem>
#include <unistd.h>

namespace fs = std::filesystem;

namespace ikit {

namespace {

constexpr std::size_t kMaxFontBytes = 64u * 1024u * 1024u;

std::unique_ptr<TrueTypeFile> read_font(const std::string& path) {
    return std::make_unique<TrueTypeFile>(read_file_limited(path, kMaxFontBytes), path);
}

bool is_file(const std::string& path) {
    std::error_code ec;
    return fs::is_regular_file(path_from_utf8(path), ec);
}

// The bold face stored beside a regular font file, by the usual naming patterns; "" when none.
std::string bold_companion(const std::string& regular) {
    const fs::path path = path_from_utf8(regular);
    std::string stem = path_to_utf8(path.stem());
    const std::string ext = path_to_utf8(path.extension());
    std::vector<std::string> names;
    const std::string regular_suffix = "-Regular";
    if (stem.size() > regular_suffix.size() &&
        stem.compare(stem.size() - regular_suffix.size(), regular_suffix.size(), regular_suffix) == 0)
        names.push_back(stem.substr(0, stem.size() - regular_suffix.size()) + "-Bold" + ext);
    for (const char* suffix : {"-Bold", "Bold", "bd", "-bold", "_Bold"}) names.push_back(stem + suffix + ext);
    for (const auto& name : names) {
        const std::string candidate = path_to_utf8(path.parent_path() / path_from_utf8(name));
        if (is_file(candidate)) return candidate;
    }
    return {};
}

std::string quoted(char32_t cp) { return "\"" + encode_utf8(cp) + "\""; }

}  // namespace


PdfFonts::PdfFonts(HaruDocument& doc, const std::set<char32_t>& characters, const std::string& font_file) : doc_(doc) {
    std::set<char32_t> outside;
    for (char32_t cp : characters)
        if (!is_win_ansi(cp) && !is_invisible(cp)) outside.insert(cp);
    if (outside.empty()) {
        use_base14();
        return;
    }

    if (!font_file.empty()) {
        if (!is_file(font_file)) throw Error(font_file, 0, "the font file does not exist");
        regular_file_ = read_font(font_file);
    } else {
        for (const auto& candidate : system_font_files()) {
            if (!is_file(candidate)) continue;
            try {
                regular_file_ = read_font(candidate);
                break;
            } catch (const Error&) {
                // an unusable file in a usual place: try the next one
            }
        }
    }
    if (!regular_file_) {
        use_base14();
        report_undrawable(outside,
                          "cannot be drawn: no TrueType font was found (looked for DejaVu Sans); printed as \"?\"");
        return;
    }
    const FontCoverage coverage = FontCoverage::of(*regular_file_);
    bool any_drawable = false;
    for (char32_t cp : outside) any_drawable = any_drawable || coverage.covers(cp);
    if (!any_drawable) {  // the TrueType font would not help: stay small
        use_base14();
        report_undrawable(outside, "cannot be drawn with " + coverage.font_name() + ": printed as \"?\"");
        return;
    }
    use_truetype(characters);
}

PdfFonts::~PdfFonts() = default;

void PdfFonts::use_base14() {
    regular_ = HPDF_GetFont(doc_.get(), "Helvetica", "WinAnsiEncoding");
    bold_ = HPDF_GetFont(doc_.get(), "Helvetica-Bold", "WinAnsiEncoding");
    doc_.check("loading the Helvetica fonts");
    embedded_ = false;
    replacement_ = U'?';
}

void PdfFonts::use_truetype(const std::set<char32_t>& characters) {
    const FontCoverage coverage = FontCoverage::of(*regular_file_);
    std::set<char32_t> missing;
    for (char32_t cp : characters) {
        if (is_invisible(cp)) continue;
        if (coverage.covers(cp))
            drawable_.insert(cp);
        else
            missing.insert(cp);
    }
    for (char32_t cp = 0x20; cp < 0x7F; ++cp)
        if (coverage.covers(cp)) drawable_.insert(cp);
    for (char32_t cp : {U'\u2026', U'\u2013', U'\u2014', U'\u2022', U'\u00B7', U'\uFFFD'})
        if (coverage.covers(cp)) drawable_.insert(cp);
    replacement_ = coverage.covers(0xFFFD) ? U'\uFFFD' : U'?';
    const std::string shown =
        replacement_ == U'?' ? "\"?\"" : quoted(replacement_) + " (" + code_point_name(replacement_) + ")";
    report_undrawable(missing, "cannot be drawn with " + coverage.font_name() + ": printed as " + shown);

    load_subset(*regular_file_, drawable_, &regular_);
    const std::string bold_path = bold_companion(regular_file_->file_name());
    if (!bold_path.empty()) {
        try {
            bold_file_ = read_font(bold_path);
            const FontCoverage bold_coverage = FontCoverage::of(*bold_file_);
            for (char32_t cp : drawable_)
                if (!bold_coverage.covers(cp)) bold_file_.reset();
        } catch (const Error&) {
            bold_file_.reset();  // an unusable bold face: imitate bold instead
        }
    }
    if (bold_file_) {
        load_subset(*bold_file_, drawable_, &bold_);
    } else {
        bold_ = regular_;
        synthetic_bold_ = true;
    }
    embedded_ = true;
}

void PdfFonts::load_subset(const TrueTypeFile& font, const std::set<char32_t>& characters, HPDF_Font* out) {
    const TemporaryFile file = TemporaryFile::holding(subset_truetype(font, characters), "ikit-font-");
    const std::string doing = "loading the font " + font.file_name();
    const char* name = HPDF_LoadTTFontFromFile(doc_.get(), file.path().c_str(), HPDF_TRUE);
    doc_.check(doing);
    if (!name) throw Error(doing + ": libharu refused the font");
    *out = HPDF_GetFont(doc_.get(), name, "UTF-8");
    doc_.check(doing);
    doc_.replace_to_unicode(*out, identity_to_unicode_cmap(characters));
}

void PdfFonts::report_undrawable(const std::set<char32_t>& characters, const std::string& why) {
    for (char32_t cp : characters)
        warnings_.push_back("character " + code_point_name(cp) + " " + quoted(cp) + " " + why);
}

char32_t PdfFonts::drawable(char32_t cp) const {
    if (!embedded_) return is_win_ansi(cp) ? cp : U'?';
    return drawable_.count(cp) ? cp : replacement_;
}

float PdfFonts::advance(char32_t cp, Weight weight, float size) const {
    auto& cache = widths_[weight == Weight::Bold ? 1 : 0];
    auto it = cache.find(cp);
    if (it == cache.end()) {
        const std::string bytes = encode(std::u32string(1, cp));
        const HPDF_TextWidth width = HPDF_Font_TextWidth(font(weight), reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                                                         static_cast<HPDF_UINT>(bytes.size()));
        it = cache.emplace(cp, static_cast<float>(width.width)).first;
    }
    return it->second * size / 1000.0f;
}

float PdfFonts::ascent(Weight weight) const { return static_cast<float>(HPDF_Font_GetAscent(font(weight))) / 1000.0f; }

float PdfFonts::descent(Weight weight) const {
    return static_cast<float>(HPDF_Font_GetDescent(font(weight))) / 1000.0f;
}

std::string PdfFonts::encode(const std::u32string& text) const {
    std::string out;
    out.reserve(text.size());
    for (char32_t cp : text) {
        const char32_t shown = drawable(cp);
        if (embedded_)
            out += encode_utf8(shown);
        else
            out += static_cast<char>(*win_ansi_byte(shown));
    }
    return out;
}

}  // namespace ikit
