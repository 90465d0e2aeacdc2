#include "serialize/xml_writer.h"

namespace ikit {

namespace {
// XML 1.0 allows tab, LF, CR and everything from U+0020 on; other C0 controls cannot be written at all.
bool is_forbidden_control(unsigned char c) { return c < 0x20 && c != '\t' && c != '\n' && c != '\r'; }

// True when text[i] starts U+FFFE or U+FFFF (EF BF BE, EF BF BF), the two noncharacters XML 1.0 does not allow:
// like the controls above they cannot be written, so they are dropped.
bool is_forbidden_noncharacter(const std::string& text, std::size_t i) {
    return text[i] == '\xEF' && i + 2 < text.size() && text[i + 1] == '\xBF' &&
           (text[i + 2] == '\xBE' || text[i + 2] == '\xBF');
}
}  // namespace

XmlWriter::XmlWriter() { out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"; }

void XmlWriter::indent() { out_.append(open_.size() * 2, ' '); }

void XmlWriter::start_tag(const std::string& name, const XmlAttributes& attributes) {
    indent();
    out_ += '<';
    out_ += name;
    for (const auto& [key, value] : attributes) {
        out_ += ' ';
        out_ += key;
        out_ += "=\"";
        out_ += escape_attribute(value);
        out_ += '"';
    }
}

void XmlWriter::open(const std::string& name, const XmlAttributes& attributes) {
    start_tag(name, attributes);
    out_ += ">\n";
    open_.push_back(name);
}

void XmlWriter::close() {
    const std::string name = open_.back();
    open_.pop_back();
    indent();
    out_ += "</" + name + ">\n";
}

void XmlWriter::text_element(const std::string& name, const std::string& text, const XmlAttributes& attributes,
                             bool skip_empty) {
    if (text.empty() && skip_empty) return;
    if (text.empty()) {
        empty_element(name, attributes);
        return;
    }
    start_tag(name, attributes);
    out_ += '>';
    out_ += escape_text(text);
    out_ += "</" + name + ">\n";
}

void XmlWriter::text_elements(const std::string& name, const std::vector<std::string>& items) {
    for (const auto& item : items) text_element(name, item, {}, false);
}

void XmlWriter::empty_element(const std::string& name, const XmlAttributes& attributes) {
    start_tag(name, attributes);
    out_ += "/>\n";
}

void XmlWriter::raw(const std::string& xml) {
    indent();
    out_ += xml;
    if (xml.empty() || xml.back() != '\n') out_ += '\n';
}

std::string XmlWriter::escape_text(const std::string& text) {
    // Parsers drop text nodes made only of white space: write those as character references.
    if (!text.empty() && text.find_first_not_of(" \t\n\r") == std::string::npos) {
        std::string refs;
        for (char ch : text) refs += "&#" + std::to_string(static_cast<int>(ch)) + ";";
        return refs;
    }
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        const auto c = static_cast<unsigned char>(ch);
        if (is_forbidden_noncharacter(text, i)) {
            i += 2;
            continue;
        }
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '\r': out += "&#13;"; break;
            default:
                if (!is_forbidden_control(c)) out += ch;
        }
    }
    return out;
}

std::string XmlWriter::escape_attribute(const std::string& value) {
    std::string out;
    out.reserve(value.size() + 8);
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char ch = value[i];
        const auto c = static_cast<unsigned char>(ch);
        if (is_forbidden_noncharacter(value, i)) {
            i += 2;
            continue;
        }
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\t': out += "&#9;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
            default:
                if (!is_forbidden_control(c)) out += ch;
        }
    }
    return out;
}

}  // namespace ikit
