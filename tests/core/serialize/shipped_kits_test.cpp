// The sample kits shipped in kits/ read and write back to exactly the bytes on disk, so a refactoring
// of the model or the writer cannot change what users' files look like without a test noticing.
#include "serialize/kit_file.h"
#include "test_kits.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace ikit;
namespace fs = std::filesystem;

TEST_CASE("every shipped kit saves back to the same bytes", "[kit-file][shipped]") {
    int kits = 0;
    for (const auto& entry : fs::directory_iterator(IKIT_SOURCE_KITS_DIR)) {
        if (entry.path().extension() != ".ikit") continue;
        ++kits;
        INFO(entry.path().string());
        const std::string bytes = test::slurp(entry.path().string());
        CHECK(write_kit(parse_kit(bytes, entry.path().string())) == bytes);
    }
    CHECK(kits >= 5);
}
