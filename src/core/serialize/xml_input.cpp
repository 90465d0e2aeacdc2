#include "serialize/xml_input.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "util/error.h"
#include "util/text.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ikit {

namespace {

int line_of(const std::string& text, std::size_t offset) {
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

#if defined(__SSE2__)
// Offset of the first byte in [i, i + 16) that is a control character, not ASCII, or one of `stops`,
// or i + 16 when there is none.
std::size_t first_stop16(const char* s, std::size_t i, const __m128i (&stops)[4]) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    // Signed compare: bytes >= 0x80 are negative, so one test finds both controls and non-ASCII.
    __m128i found = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    for (const __m128i& stop : stops) found = _mm_or_si128(found, _mm_cmpeq_epi8(v, stop));
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(found));
    return mask ? i + static_cast<std::size_t>(__builtin_ctz(mask)) : i + 16;
}
#endif

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A value from the file for a message: at most about 40 bytes, cut at a character boundary.
std::string shown(std::string_view value) {
    constexpr std::size_t kMaxShown = 40;
    if (value.size() <= kMaxShown) return std::string(value);
    return utf8_prefix(value, kMaxShown) + "\xE2\x80\xA6";  // …
}

// One pass over untrusted XML text before tinyxml2 sees it. Refuses, naming the line: invalid UTF-8,
// characters XML does not allow (raw, or as a reference "&#1;" tinyxml2 would decode), an '&' that starts
// no entity or character reference, <!DOCTYPE and <!ENTITY anywhere, an XML declaration that is not the
// first thing in the file or names another encoding than UTF-8, text or a second element after the root,
// elements nested deeper than kMaxXmlDepth, and more elements or attributes than the limits allow.
class UntrustedXmlScan {
public:
    UntrustedXmlScan(const std::string& xml, const std::string& file_name, const XmlLimits& limits)
        : xml_(xml),
          file_(file_name),
          limits_(limits),
          max_elements_(std::min(limits.max_elements, kFreeElements + xml.size() / kMinBytesPerElement)) {}

    void run() {
        const char* s = xml_.data();
        const std::size_t n = xml_.size();
        std::size_t i = xml_.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;  // a byte order mark
        text_start_ = i;
        set_mode(Mode::Content);
        while (i < n) {
#if defined(__SSE2__)
            // Bytes that mean nothing in the current mode are skipped sixteen at a time.
            while (i + 16 <= n) {
                const std::size_t next = first_stop16(s, i, stops_);
                const bool stopped = next < i + 16;
                i = next;
                if (stopped) break;
            }
            if (i >= n) break;
#endif
            const auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x80) {
                char32_t cp = 0;
                const std::size_t len = utf8_sequence_length(std::string_view(s, n), i, &cp);
                if (len == 0)
                    throw Error(file_, line_of(xml_, i), fill(tr("the file is not valid UTF-8 text (byte {1})"), {std::to_string(i)}));
                if (!xml_allows_character(cp))
                    throw Error(file_, line_of(xml_, i),
                                fill(tr("not an XML text file (it holds the noncharacter {1}, which XML does not "
                                        "allow)"),
                                     {code_point_name(cp)}));
                i += len;
                continue;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                throw Error(file_, line_of(xml_, i),
                            fill(tr("not an XML text file (it holds the control character {1}, which XML does not "
                                    "allow)"),
                                 {code_point_name(c)}));
            if (c == '<') refuse_declarations(i);
            switch (mode_) {
                case Mode::Content:
                    if (c == '<') {
                        i = markup(i);
                        continue;
                    }
                    if (c == '&') check_reference(i);
                    break;
                case Mode::Tag:
                    if (c == '"' || c == '\'') {
                        if (++attributes_ > limits_.max_attributes)
                            throw Error(file_, line_of(xml_, i),
                                        fill(tr("refused: <{1}> has more than {2} attributes, more than any element "
                                                "of this file needs"),
                                             {tag_name(), std::to_string(limits_.max_attributes)}));
                        set_mode(Mode::Quoted, static_cast<char>(c));
                    } else if (c == '>') {
                        if (s[i - 1] != '/') open_element(i);
                        enter_content(i + 1);
                    }
                    break;
                case Mode::EndTag:
                    if (c == '>') enter_content(i + 1);
                    break;
                case Mode::Quoted:
                    if (c == static_cast<unsigned char>(quote_)) set_mode(Mode::Tag);
                    else if (c == '&') check_reference(i);
                    break;
                case Mode::Skip:
                    if (c == static_cast<unsigned char>(skip_until_[0]) && xml_.compare(i, skip_length_, skip_until_) == 0) {
                        i += skip_length_;
                        enter_content(i);
                        continue;
                    }
                    break;
            }
            ++i;
        }
        if (mode_ == Mode::Content && depth_ <= 0) only_space_outside_root(n);
    }

private:
    // Content: between tags; Tag: inside <name …>; EndTag: inside </name>; Quoted: inside an attribute value;
    // Skip: inside a comment, CDATA section, processing instruction or other <!…> until skip_until_.
    enum class Mode { Content, Tag, EndTag, Quoted, Skip };

    // Enters a mode and sets the bytes the fast path must stop at in it (besides controls and non-ASCII).
    void set_mode(Mode mode, char quote = 0) {
        mode_ = mode;
        char stops[4] = {'<', '&', '&', '&'};
        switch (mode) {
            case Mode::Content: break;
            case Mode::Tag: stops[1] = '>'; stops[2] = '"'; stops[3] = '\''; break;
            case Mode::EndTag: stops[1] = stops[2] = stops[3] = '>'; break;
            case Mode::Quoted:
                quote_ = quote;
                stops[2] = stops[3] = quote;
                break;
            case Mode::Skip: stops[1] = stops[2] = stops[3] = skip_until_[0]; break;
        }
#if defined(__SSE2__)
        for (int k = 0; k < 4; ++k) stops_[k] = _mm_set1_epi8(stops[k]);
#else
        (void)stops;  // no fast path: every byte goes through the loop
#endif
    }

    // Content starts at `from` (after a tag, end tag, comment, …).
    void enter_content(std::size_t from) {
        text_start_ = from;
        set_mode(Mode::Content);
    }

    bool at(std::size_t i, const char* text, std::size_t length) const { return xml_.compare(i, length, text) == 0; }

    void refuse_declarations(std::size_t i) const {
        if (i + 1 >= xml_.size() || xml_[i + 1] != '!') return;
        if (at(i, "<!DOCTYPE", 9))
            throw Error(file_, line_of(xml_, i),
                        tr("refused: DOCTYPE declarations are not allowed (entities are never expanded or fetched)"));
        if (at(i, "<!ENTITY", 8))
            throw Error(file_, line_of(xml_, i), tr("refused: entity declarations are not allowed"));
    }

    // Outside the root element (before it or after it) only white space may stand between markup: text
    // there is not XML, and tinyxml2 would keep or drop it silently.
    void only_space_outside_root(std::size_t end) const {
        for (std::size_t k = text_start_; k < end; ++k)
            if (!is_xml_space(xml_[k]))
                throw Error(file_, line_of(xml_, k),
                            root_closed_ ? fill(tr("broken XML: text after the end of the root element <{1}>"), {root_name_})
                                         : tr("broken XML: text before the root element"));
    }

    // Handles the '<' at i in content; returns where to continue.
    std::size_t markup(std::size_t i) {
        if (depth_ <= 0) only_space_outside_root(i);
        if (i + 1 >= xml_.size()) return i + 1;
        const char next = xml_[i + 1];
        if (next == '?') {
            processing_instruction(i);
            return skip(i + 2, "?>");
        }
        if (next == '!') {
            if (at(i, "<![CDATA[", 9)) return skip(i + 9, "]]>");
            if (at(i, "<!--", 4)) return skip(i + 4, "-->");
            return skip(i + 2, ">");
        }
        if (next == '/') {
            if (--depth_ == 0) root_closed_ = true;
            set_mode(Mode::EndTag);
            return i + 2;
        }
        start_element(i);
        set_mode(Mode::Tag);
        return i + 1;
    }

    // A start tag at i: one more element, which may not be a second root.
    void start_element(std::size_t i) {
        tag_start_ = i + 1;
        attributes_ = 0;
        if (++elements_ > max_elements_)
            throw Error(file_, line_of(xml_, i),
                        max_elements_ == limits_.max_elements
                            ? fill(tr("refused: the file holds more than {1} elements, more than this kind of file "
                                      "can use"),
                                   {std::to_string(limits_.max_elements)})
                            : fill(tr("refused: the file holds more than {1} elements, far more than its size needs "
                                      "(real files use over 30 bytes an element); a flood of empty elements is not read"),
                                   {std::to_string(max_elements_)}));
        if (depth_ <= 0) {
            if (root_closed_ || !root_name_.empty())
                throw Error(file_, line_of(xml_, i),
                            fill(tr("broken XML: a second root element <{1}> after <{2}> (a file holds one root "
                                    "element)"),
                                 {tag_name(), root_name_}));
            root_name_ = tag_name();
            if (root_name_.empty()) root_name_ = "?";
        }
    }

    // The name of the element whose start tag is being read (for messages).
    std::string tag_name() const {
        std::size_t end = tag_start_;
        while (end < xml_.size() && end - tag_start_ < 64 && !is_xml_space(xml_[end]) && xml_[end] != '>' &&
               xml_[end] != '/' && xml_[end] != '=')
            ++end;
        return shown(std::string_view(xml_).substr(tag_start_, end - tag_start_));
    }

    // "<?xml …?>" is the XML declaration: allowed once, as the first thing in the file, and only for UTF-8.
    // Other processing instructions ("<?xml-stylesheet …?>") are skipped.
    void processing_instruction(std::size_t i) {
        std::size_t target_end = i + 2;
        while (target_end < xml_.size() && !is_xml_space(xml_[target_end]) && xml_[target_end] != '?') ++target_end;
        if (!iequals(std::string_view(xml_).substr(i + 2, target_end - i - 2), "xml")) return;
        const bool first = !declaration_seen_ && root_name_.empty() && !anything_before_(i);
        declaration_seen_ = true;
        if (!first)
            throw Error(file_, line_of(xml_, i),
                        tr("broken XML: a second XML declaration <?xml …?> (a file has one, at its very start)"));
        const std::size_t end = std::min(xml_.find("?>", i), xml_.size());
        const std::string_view declaration = std::string_view(xml_).substr(i, end - i);
        const std::size_t key = declaration.find("encoding");
        if (key == std::string_view::npos) return;
        std::size_t k = key + 8;
        while (k < declaration.size() && (is_xml_space(declaration[k]) || declaration[k] == '=')) ++k;
        if (k >= declaration.size() || (declaration[k] != '"' && declaration[k] != '\'')) return;  // tinyxml2 reports
        const std::size_t close = declaration.find(declaration[k], k + 1);
        const std::string_view encoding = declaration.substr(k + 1, close == std::string_view::npos ? 0 : close - k - 1);
        if (!iequals(encoding, "UTF-8") && !iequals(encoding, "UTF8"))
            throw Error(file_, line_of(xml_, i),
                        fill(tr("refused: the file says it is encoded as {1}; only UTF-8 is read (save the file as "
                                "UTF-8)"),
                             {shown(encoding)}));
    }

    // True when anything but a byte order mark and white space comes before offset i.
    bool anything_before_(std::size_t i) const {
        const std::size_t from = xml_.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
        for (std::size_t k = from; k < i; ++k)
            if (!is_xml_space(xml_[k])) return true;
        return false;
    }

    std::size_t skip(std::size_t from, const char* until) {
        skip_until_ = until;
        skip_length_ = std::strlen(until);
        set_mode(Mode::Skip);
        return from;
    }

    void open_element(std::size_t i) {
        if (++depth_ > kMaxXmlDepth)
            throw Error(file_, line_of(xml_, i),
                        fill(tr("refused: elements are nested deeper than {1} levels"), {std::to_string(kMaxXmlDepth)}));
    }

    // Every '&' in text or in an attribute value must start a reference: one of the five predefined entities,
    // or a character reference ("&#65;", "&#x41;") to a character XML allows. tinyxml2 decodes any number,
    // even U+0000, a surrogate or U+FFFE, and copies a bare '&' (or "&nbsp;") wrongly once earlier text of
    // the same value was decoded, so both are refused here.
    void check_reference(std::size_t i) const {
        for (const char* entity : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"})
            if (at(i, entity, std::strlen(entity))) return;
        const std::size_t n = xml_.size();
        if (i + 1 < n && xml_[i + 1] == '#') {
            std::size_t j = i + 2;
            const bool hex = j < n && xml_[j] == 'x';
            if (hex) ++j;
            const std::size_t digits_start = j;
            unsigned long value = 0;
            for (; j < n; ++j) {
                const char d = xml_[j];
                int digit;
                if (d >= '0' && d <= '9') digit = d - '0';
                else if (hex && d >= 'a' && d <= 'f') digit = d - 'a' + 10;
                else if (hex && d >= 'A' && d <= 'F') digit = d - 'A' + 10;
                else break;
                value = std::min(value * (hex ? 16 : 10) + static_cast<unsigned long>(digit), 0x110000ul);
            }
            if (j > digits_start && j < n && xml_[j] == ';') {
                if (xml_allows_character(static_cast<char32_t>(value))) return;
                throw Error(file_, line_of(xml_, i),
                            fill(tr("refused: the character reference {1} names a character XML does not allow"),
                                 {xml_.substr(i, std::min<std::size_t>(j + 1 - i, 16))}));
            }
        }
        throw Error(file_, line_of(xml_, i),
                    tr("broken XML: an \"&\" that starts no entity or character reference (write it as &amp;)"));
    }

    const std::string& xml_;
    const std::string& file_;
    const XmlLimits& limits_;
    Mode mode_ = Mode::Content;
#if defined(__SSE2__)
    __m128i stops_[4];  // bytes the fast path stops at in the current mode
#endif
    char quote_ = 0;
    const char* skip_until_ = "";
    std::size_t skip_length_ = 0;
    int depth_ = 0;
    std::size_t text_start_ = 0;   // where the current run of content began
    std::size_t tag_start_ = 0;    // the name of the element whose start tag was read last
    std::size_t attributes_ = 0;   // attributes on it so far
    // Elements allowed: the kind's limit, and no more than one per kMinBytesPerElement bytes past the first
    // kFreeElements, so that the parser's tree (about 100 bytes an element) stays a small multiple of the file.
    static constexpr std::size_t kFreeElements = 10000;
    static constexpr std::size_t kMinBytesPerElement = 16;
    const std::size_t max_elements_;
    std::size_t elements_ = 0;     // start tags so far
    std::string root_name_;        // the root element's name, once its start tag was read
    bool root_closed_ = false;     // its end tag was read
    bool declaration_seen_ = false;
};

bool only_white_space(std::string_view text) {
    for (const char c : text)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
    return true;
}

// UTF-16 text: a UTF-16 byte order mark, or ASCII markup with a zero byte beside each character ("<\0?\0").
bool looks_like_utf16(std::string_view xml) {
    if (xml.size() >= 2 && ((xml[0] == '\xFF' && xml[1] == '\xFE') || (xml[0] == '\xFE' && xml[1] == '\xFF'))) return true;
    if (xml.size() < 4) return false;
    const std::size_t zero = xml[0] == '\0' ? 0 : xml[1] == '\0' ? 1 : 2;
    if (zero == 2) return false;
    const std::size_t pairs = std::min<std::size_t>(xml.size() / 2, 32);
    for (std::size_t k = 0; k < pairs; ++k)
        if (xml[2 * k + zero] != '\0' || xml[2 * k + 1 - zero] == '\0') return false;
    return true;
}

}  // namespace

bool xml_allows_character(char32_t cp) {
    if (cp < 0x20) return cp == 0x9 || cp == 0xA || cp == 0xD;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    return cp != 0xFFFE && cp != 0xFFFF && cp <= 0x10FFFF;
}

void parse_untrusted_xml(tinyxml2::XMLDocument& doc, const std::string& xml, const std::string& file_name,
                         const XmlLimits& limits) {
    check_untrusted_xml(xml, file_name, limits);
    parse_checked_xml(doc, xml, file_name);
}

void check_untrusted_xml(const std::string& xml, const std::string& file_name, const XmlLimits& limits) {
    if (xml.empty()) throw Error(file_name, 0, tr("the file is empty"));
    if (looks_like_utf16(xml)) throw Error(file_name, 0, tr("the file is UTF-16 text; save it as UTF-8"));
    if (only_white_space(xml)) throw Error(file_name, 0, tr("it holds only white space, no XML"));
    if (const void* nul = std::memchr(xml.data(), '\0', xml.size()))
        throw Error(file_name, line_of(xml, static_cast<std::size_t>(static_cast<const char*>(nul) - xml.data())),
                    tr("not an XML text file (it holds binary data)"));
    UntrustedXmlScan(xml, file_name, limits).run();
}

void parse_checked_xml(tinyxml2::XMLDocument& doc, const std::string& xml, const std::string& file_name) {
    if (doc.Parse(xml.data(), xml.size()) != tinyxml2::XML_SUCCESS) {
        std::string what;
        switch (doc.ErrorID()) {
            case tinyxml2::XML_ERROR_EMPTY_DOCUMENT: what = tr("the file holds no XML element"); break;
            case tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED: what = tr("refused: elements are nested too deeply"); break;
            case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT: what = tr("broken XML: an element is closed by the wrong end tag"); break;
            case tinyxml2::XML_ERROR_PARSING_ELEMENT: what = tr("broken XML: an element is not closed (is the file truncated?)"); break;
            case tinyxml2::XML_ERROR_PARSING_TEXT: what = tr("broken XML: text runs to the end of the file (is the file truncated?)"); break;
            case tinyxml2::XML_ERROR_PARSING_ATTRIBUTE: what = tr("broken XML: an attribute is malformed or not closed"); break;
            case tinyxml2::XML_ERROR_PARSING_COMMENT: what = tr("broken XML: a comment is not closed"); break;
            case tinyxml2::XML_ERROR_PARSING_CDATA: what = tr("broken XML: a CDATA section is not closed"); break;
            case tinyxml2::XML_ERROR_PARSING_DECLARATION: what = tr("broken XML: the <?xml ...?> declaration is malformed"); break;
            case tinyxml2::XML_ERROR_PARSING_UNKNOWN: what = tr("broken XML: an unknown <! ...> construct"); break;
            case tinyxml2::XML_ERROR_PARSING: what = tr("broken XML: a tag is malformed or cut off (is the file truncated?)"); break;
            default: what = fill(tr("broken XML ({1})"), {doc.ErrorName()}); break;
        }
        throw Error(file_name, doc.ErrorLineNum(), what);
    }
}

void XmlReadContext::fail(const tinyxml2::XMLElement* element, const std::string& message) const {
    throw Error(file_, element ? element->GetLineNum() : 0, message);
}

const tinyxml2::XMLElement& XmlReadContext::root(const tinyxml2::XMLDocument& doc, const char* name) const {
    const tinyxml2::XMLElement* root = doc.RootElement();
    if (!root) throw Error(file_, 0, tr("the file holds no XML element"));
    if (std::string(root->Name()) != name)
        // TRANSLATORS: {1} is the expected root element's name ("kit", "bank"), {2} the one found.
        fail(root, fill(tr("not a {1} file: the root element is <{2}>, expected <{1}>"), {name, root->Name()}));
    return *root;
}

std::string XmlReadContext::attribute(const tinyxml2::XMLElement& e, const char* name) {
    const char* value = e.Attribute(name);
    return value ? value : "";
}

std::string XmlReadContext::required_attribute(const tinyxml2::XMLElement& e, const char* name) const {
    const char* value = e.Attribute(name);
    if (!value || only_white_space(value)) fail(&e, fill(tr("<{1}> has no {2} attribute"), {e.Name(), name}));
    return value;
}

int XmlReadContext::int_attribute(const tinyxml2::XMLElement& e, const char* name, int min, int max, int fallback,
                                  bool required) const {
    const char* value = e.Attribute(name);
    if (!value) {
        if (required) fail(&e, fill(tr("<{1}> has no {2} attribute"), {e.Name(), name}));
        return fallback;
    }
    const auto number = whole_number(value, max);
    if (!number || *number < min) fail(&e, whole_number_message(e.Name(), name, value, min, max));
    return *number;
}

int XmlReadContext::int_text(const tinyxml2::XMLElement& e, int min, int max) const {
    const std::string value = text(e);
    const auto number = whole_number(trim(value), max);
    if (!number || *number < min) fail(&e, whole_number_message(e.Name(), "", value, min, max));
    return *number;
}

int XmlReadContext::format(const tinyxml2::XMLElement& root, const char* kind, int supported) const {
    const int found = int_attribute(root, "format", 1, 1000000, 0, true);
    if (found > supported)
        // TRANSLATORS: {1} is the kind of file ("kit", "bank", "scores"), {2} its format number, {3} the one read.
        fail(&root, fill(tr("made by a newer version of Interview Kit Builder ({1} format {2}); this version reads "
                            "format {3} — please update the app to open it"),
                         {kind, std::to_string(found), std::to_string(supported)}));
    return found;
}

std::string XmlReadContext::text(const tinyxml2::XMLElement& e) const {
    const tinyxml2::XMLNode* first = e.FirstChild();
    if (!first) return {};
    if (!first->NextSibling())  // the usual case: one text node
        if (const auto* t = first->ToText()) return t->Value();
    std::string out;
    for (const tinyxml2::XMLNode* n = first; n; n = n->NextSibling()) {
        if (n->ToElement())
            fail(n->ToElement(), fill(tr("<{1}> may hold only text, not <{2}>"), {e.Name(), n->ToElement()->Name()}));
        if (const auto* t = n->ToText()) out += t->Value();
    }
    return out;
}

std::string XmlReadContext::child_text(const tinyxml2::XMLElement& parent, const char* name) const {
    const tinyxml2::XMLElement* child = parent.FirstChildElement(name);
    if (!child) return {};
    if (const auto* second = child->NextSiblingElement(name))
        fail(second, fill(tr("<{1}> has more than one <{2}>"), {parent.Name(), name}));
    return text(*child);
}

std::vector<std::string> XmlReadContext::child_texts(const tinyxml2::XMLElement& parent, const char* name,
                                                     std::size_t max_count) const {
    std::vector<std::string> items;
    for (const auto* c = parent.FirstChildElement(name); c; c = c->NextSiblingElement(name)) {
        if (items.size() == max_count)
            fail(c, fill(tr("refused: more than {1} <{2}> elements"), {std::to_string(max_count), name}));
        items.push_back(text(*c));
    }
    return items;
}

std::string element_to_xml(const tinyxml2::XMLElement& element) {
    tinyxml2::XMLPrinter printer(nullptr, true);
    element.Accept(&printer);
    const std::string printed(printer.CStr(), static_cast<std::size_t>(printer.CStrSize() > 0 ? printer.CStrSize() - 1 : 0));
    // tinyxml2 prints a carriage return (only ever decoded from "&#13;") as it is, and reading it back would
    // turn it into a line feed: write it as the reference it came from, so the element survives unchanged.
    std::string out;
    out.reserve(printed.size());
    for (const char c : printed) {
        if (c == '\r') out += "&#13;";
        else out += c;
    }
    return out;
}

std::vector<std::string> split_id_list(const std::string& value) { return split_words(value); }

std::optional<int> whole_number(std::string_view digits, int max) {
    if (digits.empty() || max < 0) return std::nullopt;
    long long value = 0;
    for (const char d : digits) {
        if (d < '0' || d > '9') return std::nullopt;
        value = value * 10 + (d - '0');
        if (value > max) return std::nullopt;  // also stops long runs of digits from overflowing
    }
    return static_cast<int>(value);
}

std::string whole_number_message(std::string_view element, std::string_view attribute, std::string_view value,
                                 int min, int max) {
    const std::string low = std::to_string(min), high = std::to_string(max);
    if (attribute.empty())
        return fill(tr("<{1}> \"{2}\" must be a whole number from {3} to {4}"), {element, shown(value), low, high});
    return fill(tr("attribute {1}=\"{2}\" of <{3}> must be a whole number from {4} to {5}"),
                {attribute, shown(value), element, low, high});
}

}  // namespace ikit
