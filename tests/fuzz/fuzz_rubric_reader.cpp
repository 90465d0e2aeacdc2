// libFuzzer target: parse_rubric on arbitrary bytes. Any outcome but a rubric or an ikit::Error is a bug
// (crash, sanitizer report, other exception, hang); a rubric that parses must also survive being written
// (write_rubric_element, as the app writes a rubric file) and read back unchanged. Built only with
// -DIKIT_FUZZ=ON and clang; see docs/fuzzing.md.

#include "serialize/rubric_reader.h"
#include "serialize/rubric_xml.h"
#include "serialize/xml_writer.h"
#include "util/error.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string xml(reinterpret_cast<const char*>(data), size);
    ikit::Rubric rubric;
    try {
        rubric = ikit::parse_rubric(xml, "fuzz.xml");
    } catch (const ikit::Error&) {
        return 0;  // refused with a message: the expected outcome for most inputs
    }
    ikit::XmlWriter writer;
    ikit::write_rubric_element(writer, rubric, {{"format", "1"}});
    const std::string written = writer.str();
    try {
        const ikit::Rubric again = ikit::parse_rubric(written, "rewritten.xml");
        if (!(again == rubric)) {
            std::fprintf(stderr, "rubric changed on write/read:\n%s\n", written.c_str());
            std::abort();
        }
    } catch (const ikit::Error& e) {
        std::fprintf(stderr, "a rubric we wrote cannot be read back: %s\n%s\n", e.what(), written.c_str());
        std::abort();
    }
    return 0;
}
