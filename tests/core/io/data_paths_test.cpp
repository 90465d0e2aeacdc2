// Where the programs find their data: told explicitly, never through the environment.
#include "io/data_paths.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace ikit;
namespace fs = std::filesystem;

TEST_CASE("the data folder given is used first, and the environment is not read", "[data-paths]") {
    const fs::path dir = fs::path(IKIT_TEST_OUTPUT_DIR) / "data_paths" / "data";
    fs::remove_all(dir.parent_path());
    fs::create_directories(dir / "bank");
    fs::create_directories(dir / "rubrics");
    setenv("IKIT_DATA_DIR", "/nonexistent-ikit-data", 1);
    const DataPaths given("", dir.string());
    CHECK(fs::equivalent(given.data_dir(), dir));
    CHECK(given.shipped_bank_files().empty());
    const DataPaths found("", "");
    CHECK(fs::equivalent(found.data_dir(), IKIT_SOURCE_ASSETS_DIR));  // not the environment's folder
    unsetenv("IKIT_DATA_DIR");
}

TEST_CASE("the font comes from the data folder when shipped there, else from the system", "[data-paths]") {
    const fs::path dir = fs::path(IKIT_TEST_OUTPUT_DIR) / "data_paths_font" / "data";
    fs::remove_all(dir.parent_path());
    fs::create_directories(dir / "bank");
    fs::create_directories(dir / "rubrics");
    const DataPaths without(std::string(), dir.string());
    CHECK(without.font_file() == system_font_files().front());  // fonts-dejavu-core is installed
    fs::create_directories(dir / "fonts");
    fs::copy_file(system_font_files().front(), dir / "fonts" / "DejaVuSans.ttf");
    const DataPaths with(std::string(), dir.string());
    CHECK(fs::equivalent(with.font_file(), dir / "fonts" / "DejaVuSans.ttf"));
}
