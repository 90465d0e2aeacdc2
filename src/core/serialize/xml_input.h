#pragma once
/// \file xml_input.h
/// Safe parsing of XML from files we did not write: refuses binary data, UTF-16, invalid UTF-8,
/// characters XML does not allow, DOCTYPE/entity declarations, a second root or declaration, another
/// encoding, absurd nesting and more elements or attributes than the file's kind can use, all before
/// tinyxml2 builds the tree (in one linear pass), and turns every problem into an Error that names the
/// file and the line.

#include <tinyxml2.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ikit {

/// Deepest element nesting accepted (tinyxml2 itself stops at 100).
constexpr int kMaxXmlDepth = 64;

/// The most one kind of file (kit, bank, rubric, question rules) can hold, derived from its format's own
/// limits and checked before any parser sees the file: more is refused, however well-formed.
struct XmlLimits {
    std::size_t max_attributes = 0;  ///< attributes on any one element
    std::size_t max_elements = 0;    ///< elements in the whole file
};

/// Parses `xml` into `doc` (whitespace preserved); throws Error naming `file_name`.
/// The same as check_untrusted_xml followed by parse_checked_xml.
void parse_untrusted_xml(tinyxml2::XMLDocument& doc, const std::string& xml, const std::string& file_name,
                         const XmlLimits& limits);

/// The safety checks alone, before any parser sees `xml`, in one pass linear in its size: refuses an empty or
/// white-space-only file, UTF-16 text, binary data, invalid UTF-8, characters XML does not allow (controls,
/// surrogates, U+FFFE, U+FFFF) raw or as references, a stray "&", DOCTYPE/ENTITY declarations, an XML
/// declaration anywhere but at the start or naming an encoding other than UTF-8, text or a second element
/// after the root, nesting deeper than kMaxXmlDepth and more elements or attributes than `limits`, with an
/// Error naming `file_name` and the line.
void check_untrusted_xml(const std::string& xml, const std::string& file_name, const XmlLimits& limits);

/// True for a character XML 1.0 allows in a document: tab, line feed, carriage return, U+0020–U+D7FF,
/// U+E000–U+FFFD and U+10000–U+10FFFF (so not the other controls, surrogates, U+FFFE or U+FFFF).
bool xml_allows_character(char32_t code_point);

/// Parses `xml`, which has passed check_untrusted_xml, into `doc`; throws Error naming `file_name`.
void parse_checked_xml(tinyxml2::XMLDocument& doc, const std::string& xml, const std::string& file_name);

/// The value of a whole number written as ASCII digits only ("5", "0120"; no sign, space, "0x", point or
/// exponent) when it is at most `max`; nullopt for anything else, however many digits it has.
std::optional<int> whole_number(std::string_view digits, int max);

/// The message for a number that is not a whole number from `min` to `max`: `attribute minutes="4294967296"
/// of <question> must be a whole number from 0 to 240` (or `<length-minutes> "…" must be …` when
/// `attribute` is empty); a long value is cut short.
std::string whole_number_message(std::string_view element, std::string_view attribute, std::string_view value,
                                 int min, int max);

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
    /// A whole-number attribute (digits only, see whole_number) within [min, max]; `fallback` when absent and
    /// not required. Anything else fails with whole_number_message.
    int int_attribute(const tinyxml2::XMLElement& e, const char* name, int min, int max, int fallback,
                      bool required = false) const;
    /// The element's text exactly as written ("" when empty). Child elements are an error.
    std::string text(const tinyxml2::XMLElement& e) const;
    /// The root's required format number; a file newer than `supported` is refused with "made by a newer
    /// version of Interview Kit Builder (`kind` format N) …".
    int format(const tinyxml2::XMLElement& root, const char* kind, int supported) const;
    /// The whole number (digits only, white space around them allowed) written as the text of `e`, within
    /// [min, max]; fails with whole_number_message otherwise.
    int int_text(const tinyxml2::XMLElement& e, int min, int max) const;
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
