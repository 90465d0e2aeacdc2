#include "serialize/xml_input.h"

#include "util/error.h"
#include "util/text.h"

#include <algorithm>

namespace ikit {

namespace {

int line_of(const std::string& text, std::size_t offset) {
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// Rough depth scan so a hostile file is refused with our message before the parser recurses.
void check_depth(const std::string& xml, const std::string& file_name) {
    int depth = 0;
    for (std::size_t i = 0; i + 1 < xml.size(); ++i) {
        if (xml[i] != '<') continue;
        const char next = xml[i + 1];
        if (next == '?' || next == '!') {
            // Skip comments, CDATA and processing instructions wholesale.
            const char* end_mark = next == '?' ? "?>" : (xml.compare(i, 4, "<!--") == 0 ? "-->" : ">");
            if (xml.compare(i, 9, "<![CDATA[") == 0) end_mark = "]]>";
            const std::size_t end = xml.find(end_mark, i + 2);
            if (end == std::string::npos) return;  // the parser reports the truncation
            i = end;
            continue;
        }
        if (next == '/') {
            --depth;
            continue;
        }
        const std::size_t close = xml.find('>', i);
        if (close == std::string::npos) return;
        if (xml[close - 1] != '/') {
            if (++depth > kMaxXmlDepth)
                throw Error(file_name, line_of(xml, i),
                            "refused: elements are nested deeper than " + std::to_string(kMaxXmlDepth) + " levels");
        }
        i = close;
    }
}

}  // namespace

void parse_untrusted_xml(tinyxml2::XMLDocument& doc, const std::string& xml, const std::string& file_name) {
    if (trim(xml).empty()) throw Error(file_name, 0, "the file is empty");
    if (const auto nul = xml.find('\0'); nul != std::string::npos)
        throw Error(file_name, line_of(xml, nul), "not an XML text file (it holds binary data)");
    if (const auto bad = find_invalid_utf8(xml); bad != std::string::npos)
        throw Error(file_name, line_of(xml, bad), "the file is not valid UTF-8 text (byte " + std::to_string(bad) + ")");
    if (const auto dt = xml.find("<!DOCTYPE"); dt != std::string::npos)
        throw Error(file_name, line_of(xml, dt),
                    "refused: DOCTYPE declarations are not allowed (entities are never expanded or fetched)");
    if (const auto en = xml.find("<!ENTITY"); en != std::string::npos)
        throw Error(file_name, line_of(xml, en), "refused: entity declarations are not allowed");
    check_depth(xml, file_name);

    if (doc.Parse(xml.data(), xml.size()) != tinyxml2::XML_SUCCESS) {
        std::string what;
        switch (doc.ErrorID()) {
            case tinyxml2::XML_ERROR_EMPTY_DOCUMENT: what = "the file holds no XML element"; break;
            case tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED: what = "refused: elements are nested too deeply"; break;
            case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT: what = "broken XML: an element is closed by the wrong end tag"; break;
            case tinyxml2::XML_ERROR_PARSING_ELEMENT: what = "broken XML: an element is not closed (is the file truncated?)"; break;
            default: what = std::string("broken XML: ") + doc.ErrorName(); break;
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
    std::string value = attribute(e, name);
    if (trim(value).empty()) fail(&e, std::string("<") + e.Name() + "> has no " + name + " attribute");
    return value;
}

int XmlReadContext::int_attribute(const tinyxml2::XMLElement& e, const char* name, int min, int max, int fallback,
                                  bool required) const {
    const char* value = e.Attribute(name);
    if (!value) {
        if (required) fail(&e, std::string("<") + e.Name() + "> has no " + name + " attribute");
        return fallback;
    }
    int result = 0;
    if (e.QueryIntAttribute(name, &result) != tinyxml2::XML_SUCCESS)
        fail(&e, std::string("<") + e.Name() + "> attribute " + name + "=\"" + value + "\" is not a whole number");
    if (result < min || result > max)
        fail(&e, std::string("<") + e.Name() + "> attribute " + name + "=\"" + value + "\" is outside " +
                     std::to_string(min) + ".." + std::to_string(max));
    return result;
}

std::string XmlReadContext::text(const tinyxml2::XMLElement& e) const {
    std::string out;
    for (const tinyxml2::XMLNode* n = e.FirstChild(); n; n = n->NextSibling()) {
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
    return std::string(printer.CStr(), static_cast<std::size_t>(printer.CStrSize() > 0 ? printer.CStrSize() - 1 : 0));
}

std::vector<std::string> split_id_list(const std::string& value) { return split_words(value); }

}  // namespace ikit
