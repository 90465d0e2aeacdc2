#pragma once
/// \file xml_writer.h
/// A small, deterministic XML writer: two-space indentation, elements in the order written,
/// attributes in the order given, and escaping that survives a round trip (including CR, tab
/// and leading/trailing spaces).

#include <string>
#include <utility>
#include <vector>

namespace ikit {

/// Attributes of an element, in output order.
using XmlAttributes = std::vector<std::pair<std::string, std::string>>;

/// Builds an XML document as text.
class XmlWriter {
public:
    /// Starts the document with the XML declaration.
    XmlWriter();
    /// Opens an element with children.
    void open(const std::string& name, const XmlAttributes& attributes = {});
    /// Closes the innermost open element.
    void close();
    /// Writes an element holding only text (nothing when `text` is empty and `skip_empty`).
    void text_element(const std::string& name, const std::string& text, const XmlAttributes& attributes = {},
                      bool skip_empty = true);
    /// Writes one text element per item.
    void text_elements(const std::string& name, const std::vector<std::string>& items);
    /// Writes an empty element.
    void empty_element(const std::string& name, const XmlAttributes& attributes);
    /// Writes already-serialized XML (an element kept verbatim) at the current indentation.
    void raw(const std::string& xml);
    /// The finished document; all elements must be closed.
    const std::string& str() const { return out_; }

    /// Escapes text content (& < > and CR; drops characters XML 1.0 cannot hold).
    static std::string escape_text(const std::string& text);
    /// Escapes an attribute value (also " and tab/newline/CR as character references).
    static std::string escape_attribute(const std::string& value);

private:
    void indent();
    void start_tag(const std::string& name, const XmlAttributes& attributes);
    std::string out_;
    std::vector<std::string> open_;
};

}  // namespace ikit
