#include "serialize/xml_input.h"

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

// A character XML can hold in this reader: everything valid UTF-8 encodes except the C0 controls other
// than tab, line feed and carriage return (the writer drops those, so a file holding them could not be
// saved back as it was read).
bool allowed_character(unsigned long cp) {
    return (cp >= 0x20 || cp == 0x9 || cp == 0xA || cp == 0xD) && !(cp >= 0xD800 && cp <= 0xDFFF) && cp <= 0x10FFFF;
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

// One pass over untrusted XML text before tinyxml2 sees it. Refuses, naming the line: invalid UTF-8,
// control characters XML does not allow, an '&' that starts no entity or character reference or one
// that names such a character ("&#1;", which tinyxml2 would decode), <!DOCTYPE and <!ENTITY anywhere,
// and elements nested deeper than kMaxXmlDepth.
class UntrustedXmlScan {
public:
    UntrustedXmlScan(const std::string& xml, const std::string& file_name) : xml_(xml), file_(file_name) {}

    void run() {
        const char* s = xml_.data();
        const std::size_t n = xml_.size();
        std::size_t i = 0;
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
                const std::size_t len = utf8_sequence_length(std::string_view(s, n), i);
                if (len == 0)
                    throw Error(file_, line_of(xml_, i), "the file is not valid UTF-8 text (byte " + std::to_string(i) + ")");
                i += len;
                continue;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                throw Error(file_, line_of(xml_, i),
                            "not an XML text file (it holds the control character " + code_point_name(c) +
                                ", which XML does not allow)");
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
                        set_mode(Mode::Quoted, static_cast<char>(c));
                    } else if (c == '>') {
                        if (i == 0 || s[i - 1] != '/') open_element(i);
                        set_mode(Mode::Content);
                    }
                    break;
                case Mode::Quoted:
                    if (c == static_cast<unsigned char>(quote_)) set_mode(Mode::Tag);
                    else if (c == '&') check_reference(i);
                    break;
                case Mode::Skip:
                    if (c == static_cast<unsigned char>(skip_until_[0]) && xml_.compare(i, skip_length_, skip_until_) == 0) {
                        i += skip_length_;
                        set_mode(Mode::Content);
                        continue;
                    }
                    break;
            }
            ++i;
        }
    }

private:
    // Content: between tags; Tag: inside <name …>; Quoted: inside an attribute value; Skip: inside a
    // comment, CDATA section, processing instruction or other <!…> until skip_until_.
    enum class Mode { Content, Tag, Quoted, Skip };

    // Enters a mode and sets the bytes the fast path must stop at in it (besides controls and non-ASCII).
    void set_mode(Mode mode, char quote = 0) {
        mode_ = mode;
        char stops[4] = {'<', '&', '&', '&'};
        switch (mode) {
            case Mode::Content: break;
            case Mode::Tag: stops[1] = '>'; stops[2] = '"'; stops[3] = '\''; break;
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

    bool at(std::size_t i, const char* text, std::size_t length) const { return xml_.compare(i, length, text) == 0; }

    void refuse_declarations(std::size_t i) const {
        if (i + 1 >= xml_.size() || xml_[i + 1] != '!') return;
        if (at(i, "<!DOCTYPE", 9))
            throw Error(file_, line_of(xml_, i),
                        "refused: DOCTYPE declarations are not allowed (entities are never expanded or fetched)");
        if (at(i, "<!ENTITY", 8)) throw Error(file_, line_of(xml_, i), "refused: entity declarations are not allowed");
    }

    // Handles the '<' at i in content; returns where to continue.
    std::size_t markup(std::size_t i) {
        if (i + 1 >= xml_.size()) return i + 1;
        const char next = xml_[i + 1];
        if (next == '?') return skip(i + 2, "?>");
        if (next == '!') {
            if (at(i, "<![CDATA[", 9)) return skip(i + 9, "]]>");
            if (at(i, "<!--", 4)) return skip(i + 4, "-->");
            return skip(i + 2, ">");
        }
        if (next == '/') {
            --depth_;
            return i + 2;
        }
        set_mode(Mode::Tag);
        return i + 1;
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
                        "refused: elements are nested deeper than " + std::to_string(kMaxXmlDepth) + " levels");
    }

    // Every '&' in text or in an attribute value must start a reference: one of the five predefined entities,
    // or a character reference ("&#65;", "&#x41;") to a character XML allows. tinyxml2 decodes any number,
    // even U+0000 or a surrogate, and copies a bare '&' (or "&nbsp;") wrongly once earlier text of the same
    // value was decoded, so both are refused here.
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
                if (allowed_character(value)) return;
                throw Error(file_, line_of(xml_, i),
                            "refused: the character reference " + xml_.substr(i, std::min<std::size_t>(j + 1 - i, 16)) +
                                " names a character XML does not allow");
            }
        }
        throw Error(file_, line_of(xml_, i),
                    "broken XML: an \"&\" that starts no entity or character reference (write it as &amp;)");
    }

    const std::string& xml_;
    const std::string& file_;
    Mode mode_ = Mode::Content;
#if defined(__SSE2__)
    __m128i stops_[4];  // bytes the fast path stops at in the current mode
#endif
    char quote_ = 0;
    const char* skip_until_ = "";
    std::size_t skip_length_ = 0;
    int depth_ = 0;
};

bool only_white_space(std::string_view text) {
    for (const char c : text)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
    return true;
}

}  // namespace

void parse_untrusted_xml(tinyxml2::XMLDocument& doc, const std::string& xml, const std::string& file_name) {
    check_untrusted_xml(xml, file_name);
    parse_checked_xml(doc, xml, file_name);
}

void check_untrusted_xml(const std::string& xml, const std::string& file_name) {
    if (only_white_space(xml)) throw Error(file_name, 0, "the file is empty");
    if (const void* nul = std::memchr(xml.data(), '\0', xml.size()))
        throw Error(file_name, line_of(xml, static_cast<std::size_t>(static_cast<const char*>(nul) - xml.data())),
                    "not an XML text file (it holds binary data)");
    UntrustedXmlScan(xml, file_name).run();
}

void parse_checked_xml(tinyxml2::XMLDocument& doc, const std::string& xml, const std::string& file_name) {
    if (doc.Parse(xml.data(), xml.size()) != tinyxml2::XML_SUCCESS) {
        std::string what;
        switch (doc.ErrorID()) {
            case tinyxml2::XML_ERROR_EMPTY_DOCUMENT: what = "the file holds no XML element"; break;
            case tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED: what = "refused: elements are nested too deeply"; break;
            case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT: what = "broken XML: an element is closed by the wrong end tag"; break;
            case tinyxml2::XML_ERROR_PARSING_ELEMENT: what = "broken XML: an element is not closed (is the file truncated?)"; break;
            case tinyxml2::XML_ERROR_PARSING_TEXT: what = "broken XML: text runs to the end of the file (is the file truncated?)"; break;
            case tinyxml2::XML_ERROR_PARSING_ATTRIBUTE: what = "broken XML: an attribute is malformed or not closed"; break;
            case tinyxml2::XML_ERROR_PARSING_COMMENT: what = "broken XML: a comment is not closed"; break;
            case tinyxml2::XML_ERROR_PARSING_CDATA: what = "broken XML: a CDATA section is not closed"; break;
            case tinyxml2::XML_ERROR_PARSING_DECLARATION: what = "broken XML: the <?xml ...?> declaration is malformed"; break;
            case tinyxml2::XML_ERROR_PARSING_UNKNOWN: what = "broken XML: an unknown <! ...> construct"; break;
            case tinyxml2::XML_ERROR_PARSING: what = "broken XML: a tag is malformed or cut off (is the file truncated?)"; break;
            default: what = std::string("broken XML (") + doc.ErrorName() + ")"; break;
        }
        throw Error(file_name, doc.ErrorLineNum(), what);
    }
}

void XmlReadContext::fail(const tinyxml2::XMLElement* element, const std::string& message) const {
    throw Error(file_, element ? element->GetLineNum() : 0, message);
}

const tinyxml2::XMLElement& XmlReadContext::root(const tinyxml2::XMLDocument& doc, const char* name) const {
    const tinyxml2::XMLElement* root = doc.RootElement();
    if (!root) throw Error(file_, 0, "the file holds no XML element");
    if (std::string(root->Name()) != name)
        fail(root, std::string("not a ") + name + " file: the root element is <" + root->Name() + ">, expected <" +
                       name + ">");
    return *root;
}

std::string XmlReadContext::attribute(const tinyxml2::XMLElement& e, const char* name) {
    const char* value = e.Attribute(name);
    return value ? value : "";
}

std::string XmlReadContext::required_attribute(const tinyxml2::XMLElement& e, const char* name) const {
    const char* value = e.Attribute(name);
    if (!value || only_white_space(value)) fail(&e, std::string("<") + e.Name() + "> has no " + name + " attribute");
    return value;
}

int XmlReadContext::int_attribute(const tinyxml2::XMLElement& e, const char* name, int min, int max, int fallback,
                                  bool required) const {
    const char* value = e.Attribute(name);
    if (!value) {
        if (required) fail(&e, std::string("<") + e.Name() + "> has no " + name + " attribute");
        return fallback;
    }
    // Plain short numbers ("5", "120") directly; anything else as tinyxml2 reads it (sscanf, hex, signs).
    int result = 0;
    if (const auto plain = plain_whole_number(value)) {
        result = *plain;
    } else if (!tinyxml2::XMLUtil::ToInt(value, &result)) {
        fail(&e, std::string("<") + e.Name() + "> attribute " + name + "=\"" + value + "\" is not a whole number");
    }
    if (result < min || result > max)
        fail(&e, std::string("<") + e.Name() + "> attribute " + name + "=\"" + value + "\" is outside " +
                     std::to_string(min) + ".." + std::to_string(max));
    return result;
}

int XmlReadContext::format(const tinyxml2::XMLElement& root, const char* kind, int supported) const {
    const int found = int_attribute(root, "format", 1, 1000000, 0, true);
    if (found > supported)
        fail(&root, std::string("made by a newer version of Interview Kit Builder (") + kind + " format " +
                        std::to_string(found) + "); this version reads format " + std::to_string(supported) +
                        " — please update the app to open it");
    return found;
}

std::string XmlReadContext::text(const tinyxml2::XMLElement& e) const {
    const tinyxml2::XMLNode* first = e.FirstChild();
    if (!first) return {};
    if (!first->NextSibling())  // the usual case: one text node
        if (const auto* t = first->ToText()) return t->Value();
    std::string out;
    for (const tinyxml2::XMLNode* n = first; n; n = n->NextSibling()) {
        if (n->ToElement()) fail(n->ToElement(), std::string("<") + e.Name() + "> may hold only text, not <" +
                                                     n->ToElement()->Name() + ">");
        if (const auto* t = n->ToText()) out += t->Value();
    }
    return out;
}

std::string XmlReadContext::child_text(const tinyxml2::XMLElement& parent, const char* name) const {
    const tinyxml2::XMLElement* child = parent.FirstChildElement(name);
    if (!child) return {};
    if (const auto* second = child->NextSiblingElement(name))
        fail(second, std::string("<") + parent.Name() + "> has more than one <" + name + ">");
    return text(*child);
}

std::vector<std::string> XmlReadContext::child_texts(const tinyxml2::XMLElement& parent, const char* name,
                                                     std::size_t max_count) const {
    std::vector<std::string> items;
    for (const auto* c = parent.FirstChildElement(name); c; c = c->NextSiblingElement(name)) {
        if (items.size() == max_count)
            fail(c, std::string("refused: more than ") + std::to_string(max_count) + " <" + name + "> elements");
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

std::optional<int> plain_whole_number(std::string_view value) {
    if (value.empty() || value.size() > 6) return std::nullopt;
    int result = 0;
    for (const char d : value) {
        if (d < '0' || d > '9') return std::nullopt;
        result = result * 10 + (d - '0');
    }
    return result;
}

}  // namespace ikit
