#pragma once
/// \file xml_input.h
/// Safe parsing of XML from files we did not write: refuses binary data, invalid UTF-8,
/// DOCTYPE/entity declarations and absurd nesting before tinyxml2 builds the tree, and
/// turns every problem into an Error that names the file and the line.

#include <tinyxml2.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ikit {

/// Deepest element nesting accepted (tinyxml2 itself stops at 100).
constexpr int kMaxXmlDepth = 64;

/// Parses `xml` into `doc` (whitespace preserved); throws Error naming `file_name`.
/// The same as check_untrusted_xml followed by parse_checked_xml.
void parse_untrusted_xml(tinyxml2::XMLDocument& doc, const std::string& xml, const std::string& file_name);

/// The safety checks alone, before any parser sees `xml`: refuses an empty file, binary data, invalid
/// UTF-8, control characters and references to them, a stray "&", DOCTYPE/ENTITY declarations and nesting
/// deeper than kMaxXmlDepth, with an Error naming `file_name` and the line.
void check_untrusted_xml(const std::string& xml, const std::string& file_name);

/// Parses `xml`, which has passed check_untrusted_xml, into `doc`; throws Error naming `file_name`.
void parse_checked_xml(tinyxml2::XMLDocument& doc, const std::string& xml, const std::string& file_name);

/// The value of a number written as 1 to 6 plain digits ("5", "0120"), else nullopt.
std::optional<int> plain_whole_number(std::string_view value);

/// Reading helpers bound to one file, for error messages with lines.
class XmlReadContext {
public:
    /// Errors will name `file_name`.
    explicit XmlReadContext(std::string file_name) : file_(std::move(file_name)) {}

    /// Throws Error "file:line: message" for the element's line.
    [[noreturn]] void fail(const tinyxml2::XMLElement* element, const std::string& message) const;
    /// The root element, which must be called `name`; throws otherwise.
    const tinyxml2::XMLElement& root(const tinyxml2::XMLDocument& doc, const char* name) const;
    /// A required, non-empty attribute.
    std::string required_attribute(const tinyxml2::XMLElement& e, const char* name) const;
    /// An optional attribute ("" when absent).
    static std::string attribute(const tinyxml2::XMLElement& e, const char* name);
    /// An integer attribute within [min, max]; `fallback` when absent and not required.
    int int_attribute(const tinyxml2::XMLElement& e, const char* name, int min, int max, int fallback,
                      bool required = false) const;
    /// The element's text exactly as written ("" when empty). Child elements are an error.
    std::string text(const tinyxml2::XMLElement& e) const;
    /// The root's required format number; a file newer than `supported` is refused with "made by a newer
    /// version of Interview Kit Builder (`kind` format N) …".
    int format(const tinyxml2::XMLElement& root, const char* kind, int supported) const;
    /// The text of the only child called `name` ("" when absent; more than one is an error).
    std::string child_text(const tinyxml2::XMLElement& parent, const char* name) const;
    /// The texts of every child called `name`, in order, at most `max_count` of them.
    std::vector<std::string> child_texts(const tinyxml2::XMLElement& parent, const char* name,
                                         std::size_t max_count) const;
    /// The file name used in errors.
    const std::string& file() const { return file_; }

private:
    std::string file_;
};

/// Serializes an element and its subtree (for keeping unknown elements verbatim).
std::string element_to_xml(const tinyxml2::XMLElement& element);

/// Splits an NMTOKENS-style attribute value ("a b c").
std::vector<std::string> split_id_list(const std::string& value);

}  // namespace ikit
