#include "export/haru_document.h"

#include "util/error.h"

#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <cstdio>
#include <ctime>

namespace ikit {

struct HaruDocument::ErrorState {
    HPDF_STATUS code = HPDF_OK;
    HPDF_STATUS detail = 0;
};

namespace {

// libharu calls this from C: only record the first error; check() reports it afterwards.
extern "C" void record_haru_error(HPDF_STATUS code, HPDF_STATUS detail, void* user_data) {
    auto* state = static_cast<HaruDocument::ErrorState*>(user_data);
    if (state && state->code == HPDF_OK) {
        state->code = code;
        state->detail = detail;
    }
}

}  // namespace

std::string explain_haru_error(unsigned long code, unsigned long detail) {
    switch (code) {
        case HPDF_FAILD_TO_ALLOC_MEM:
            return "out of memory";
        case HPDF_FILE_OPEN_ERROR:
            return "the file cannot be opened (missing, or no permission)";
        case HPDF_FILE_IO_ERROR:
            return "the file cannot be read or written";
        case HPDF_TTF_MISSING_TABLE:
            return "the font file lacks a table every TrueType font needs";
        case HPDF_TTF_INVALID_FOMAT:
        case HPDF_TTF_INVALID_CMAP:
        case HPDF_INVALID_FONTDEF_DATA:
            return "the font file is not a TrueType font libharu can use";
        case HPDF_TTF_CANNOT_EMBEDDING_FONT:
            return "the font's licence does not allow embedding it in a document";
        case HPDF_INVALID_TTC_FILE:
        case HPDF_INVALID_TTC_INDEX:
            return "font collections (.ttc) cannot be used; give a single .ttf file";
        case HPDF_FONT_EXISTS:
            return "the font was loaded twice";
        case HPDF_INVALID_FONT_NAME:
        case HPDF_PAGE_INVALID_FONT:
        case HPDF_PAGE_FONT_NOT_FOUND:
            return "the font is not available";
        case HPDF_INVALID_ENCODING_NAME:
        case HPDF_INVALID_ENCODER:
            return "the text encoding is not available in this libharu build";
        case HPDF_STRING_OUT_OF_RANGE:
            return "a text is too long for one PDF string";
        case HPDF_PAGE_INVALID_SIZE:
            return "the page size is invalid";
        case HPDF_PAGE_INVALID_FONT_SIZE:
            return "a font size is out of range";
        case HPDF_REAL_OUT_OF_RANGE:
            return "a position or size is out of range";
        case HPDF_EXCEED_GSTATE_LIMIT:
            return "too many nested graphics states";
        case HPDF_ZLIB_ERROR:
            return "compression failed";
        case HPDF_INVALID_OUTLINE:
        case HPDF_INVALID_DESTINATION:
            return "a bookmark is invalid";
        case HPDF_INVALID_DOCUMENT:
        case HPDF_INVALID_DOCUMENT_STATE:
            return "the document is in an invalid state";
        default:
            break;
    }
    char buf[96];
    std::snprintf(buf, sizeof buf, "unexpected libharu error (detail %lu)", detail);
    return buf;
}

HaruDocument::HaruDocument() : state_(std::make_unique<ErrorState>()) {
    doc_ = HPDF_New(record_haru_error, state_.get());
    if (!doc_) throw Error("cannot start the PDF library (out of memory)");
    HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(doc_);
    HPDF_SetCurrentEncoder(doc_, "UTF-8");
    check("starting the PDF document");
}

HaruDocument::~HaruDocument() {
    if (doc_) HPDF_Free(doc_);
}

bool HaruDocument::failed() const { return state_->code != HPDF_OK; }

void HaruDocument::check(const std::string& doing) {
    if (state_->code == HPDF_OK) return;
    const HPDF_STATUS code = state_->code;
    const HPDF_STATUS detail = state_->detail;
    state_->code = HPDF_OK;
    HPDF_ResetError(doc_);
    char number[32];
    std::snprintf(number, sizeof number, "0x%04lX", static_cast<unsigned long>(code));
    throw Error(doing + ": " + explain_haru_error(code, detail) + " (libharu error " + number + ")");
}

HPDF_Page HaruDocument::add_page(float width, float height) {
    HPDF_Page page = HPDF_AddPage(doc_);
    check("adding a page");
    HPDF_Page_SetWidth(page, width);
    HPDF_Page_SetHeight(page, height);
    check("setting the page size");
    return page;
}

void HaruDocument::set_info(HPDF_InfoType type, const std::string& utf8) {
    HPDF_SetInfoAttr(doc_, type, utf8.c_str());
    check("writing the document information");
}

HPDF_Outline HaruDocument::add_outline(HPDF_Outline parent, const std::string& utf8, HPDF_Page page, float top) {
    HPDF_Outline outline = HPDF_CreateOutline(doc_, parent, utf8.c_str(), HPDF_GetEncoder(doc_, "UTF-8"));
    check("adding a bookmark");
    HPDF_Destination destination = HPDF_Page_CreateDestination(page);
    HPDF_Destination_SetFitH(destination, top);
    HPDF_Outline_SetDestination(outline, destination);
    HPDF_Outline_SetOpened(outline, HPDF_TRUE);
    check("adding a bookmark");
    return outline;
}

void HaruDocument::replace_to_unicode(HPDF_Font font, const std::string& cmap) {
    // libharu has no call for this: the font is a dictionary whose ToUnicode entry is a stream
    // dictionary held in memory (hpdf_objects.h, hpdf_streams.h); its bytes are replaced here.
    check("writing the font's character map");
    auto* to_unicode = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
    if (failed()) {  // an entry of another kind: leave the font as libharu made it
        state_->code = HPDF_OK;
        HPDF_ResetError(doc_);
        return;
    }
    if (!to_unicode || !to_unicode->stream) return;
    HPDF_MemStream_FreeData(to_unicode->stream);
    HPDF_Stream_Write(to_unicode->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                      static_cast<HPDF_UINT>(cmap.size()));
    check("writing the font's character map");
}

std::string HaruDocument::save() {
    HPDF_SaveToStream(doc_);
    check("writing the PDF");
    const HPDF_UINT32 size = HPDF_GetStreamSize(doc_);
    check("writing the PDF");
    std::string bytes(size, '\0');
    HPDF_ResetStream(doc_);
    std::size_t done = 0;
    while (done < size) {
        HPDF_UINT32 chunk = size - static_cast<HPDF_UINT32>(done);
        const HPDF_STATUS status = HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(&bytes[done]), &chunk);
        done += chunk;
        if (status == HPDF_STREAM_EOF || chunk == 0) break;
        check("reading the PDF from memory");
    }
    if (state_->code == HPDF_STREAM_EOF) {  // reaching the end is reported as an "error"
        state_->code = HPDF_OK;
        HPDF_ResetError(doc_);
    }
    check("reading the PDF from memory");
    if (done != size) throw Error("reading the PDF from memory: the document is shorter than announced");
    return bytes;
}

}  // namespace ikit
