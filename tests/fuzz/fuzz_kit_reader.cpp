// libFuzzer target: parse_kit on arbitrary bytes. Any outcome but a kit or an ikit::Error is a bug
// (crash, sanitizer report, other exception, hang); a kit that parses must also survive being
// written and read back unchanged. Built only with -DIKIT_FUZZ=ON and clang; see docs/fuzzing.md.

#include "serialize/kit_file.h"
#include "util/error.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string xml(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> warnings;
    ikit::Kit kit;
    try {
        kit = ikit::parse_kit(xml, "fuzz.ikit", &warnings);
    } catch (const ikit::Error&) {
        return 0;  // refused with a message: the expected outcome for most inputs
    }
    const std::string written = ikit::write_kit(kit);
    try {
        const ikit::Kit again = ikit::parse_kit(written, "rewritten.ikit");
        if (again != kit) {
            std::fprintf(stderr, "kit changed on write/read:\n%s\n", written.c_str());
            std::abort();
        }
    } catch (const ikit::Error& e) {
        std::fprintf(stderr, "a kit we wrote cannot be read back: %s\n%s\n", e.what(), written.c_str());
        std::abort();
    }
    return 0;
}
