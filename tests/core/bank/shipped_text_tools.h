// Reads the interviewer-facing text out of the shipped XML files (bank, rubrics, sample kits) for the
// content tests: the text of named simple elements with where each one is, without going through the
// readers, so a test can look at exactly what a file holds, element by element.
#pragma once

#include <string>
#include <vector>

namespace ikit::test {

/// One element's text and where it is ("assets/rubrics/operations.xml:7 <level>").
struct ShippedText {
    std::string where;  ///< file (relative to the project), line and element name
    std::string text;   ///< the element's text with the five XML entities decoded
    std::string attrs;  ///< the raw attributes of the start tag (e.g. ` level="3"`)
};

/// The text of every element named one of `names` in the XML file at `path` (elements holding only text).
/// `shown_as` is the file name used in `where`.
std::vector<ShippedText> element_texts(const std::string& path, const std::string& shown_as,
                                       const std::vector<std::string>& names);

/// The files in `folder` whose names end in `extension` (e.g. ".xml"), sorted; none when it does not exist.
std::vector<std::string> files_in(const std::string& folder, const std::string& extension);

}  // namespace ikit::test
