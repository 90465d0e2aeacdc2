#pragma once
/// \file haru_document.h
/// A libharu document owned in C++: errors reported by libharu's C callback are recorded and turned
/// into ikit::Error by check() after the call, never thrown through the C library.

#include <hpdf.h>

#include <memory>
#include <string>

namespace ikit {

/// A plain-language explanation of a libharu error code (e.g. 0x1017 → "the file cannot be opened").
std::string explain_haru_error(unsigned long code, unsigned long detail);

/// One libharu document (HPDF_Doc) with its error state.
class HaruDocument {
public:
    /// Starts an empty document with compression on; throws Error when libharu cannot start.
    HaruDocument();
    ~HaruDocument();
    HaruDocument(const HaruDocument&) = delete;
    HaruDocument& operator=(const HaruDocument&) = delete;

    /// The libharu handle.
    HPDF_Doc get() const { return doc_; }
    /// Throws Error "<doing>: <explanation> (libharu error 0x…)" when libharu reported an error
    /// since the last check; `doing` says what was attempted, e.g. "loading font DejaVuSans.ttf".
    void check(const std::string& doing);
    /// True when an error is waiting to be reported by check().
    bool failed() const;
    /// Adds a page of `width` × `height` points; throws Error.
    HPDF_Page add_page(float width, float height);
    /// Sets a document information entry (HPDF_INFO_TITLE…) from UTF-8 text; throws Error.
    void set_info(HPDF_InfoType type, const std::string& utf8);
    /// Adds a bookmark titled `utf8` under `parent` (nullptr = top level) pointing at `top` on `page`.
    HPDF_Outline add_outline(HPDF_Outline parent, const std::string& utf8, HPDF_Page page, float top);
    /// Replaces the /ToUnicode CMap libharu wrote for `font` (a TrueType font in the UTF-8 encoding)
    /// with `cmap`; does nothing for a font without one. Throws Error.
    void replace_to_unicode(HPDF_Font font, const std::string& cmap);
    /// Writes the document into memory and returns the bytes; throws Error.
    std::string save();

    /// The first error libharu reported (filled by the C callback).
    struct ErrorState;

private:
    std::unique_ptr<ErrorState> state_;  // stable address handed to the C callback
    HPDF_Doc doc_ = nullptr;
};

}  // namespace ikit
