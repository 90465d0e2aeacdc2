#include "io/atomic_file.h"
#include "serialize/kit_file.h"
#include "test_kits.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

using namespace ikit;
namespace fs = std::filesystem;

TEST_CASE("saving replaces the file and keeps the previous version", "[io]") {
    const std::string dir = test::fresh_dir("save");
    const std::string path = dir + "/kit.ikit";
    Kit kit = test::sample_kit();
    save_kit_file(kit, path);
    const std::string first = test::slurp(path);
    CHECK(read_kit_file(path) == kit);
    kit.properties.title = "Changed";
    save_kit_file(kit, path);
    CHECK(read_kit_file(path).properties.title == "Changed");
    CHECK(test::slurp(path + "~") == first);
    // No temporary files are left behind.
    int files = 0;
    for (const auto& e : fs::directory_iterator(dir)) files += e.is_regular_file() ? 1 : 0;
    CHECK(files == 2);
}

TEST_CASE("a failure in the middle of writing leaves the original byte-identical", "[io]") {
    const std::string dir = test::fresh_dir("midwrite");
    const std::string path = dir + "/kit.ikit";
    save_kit_file(test::sample_kit(), path);
    const std::string before = test::slurp(path);
    Kit bigger = test::sample_kit();
    bigger.properties.instructions = std::string(200000, 'x');
    AtomicWriteOptions options;
    options.fail_after_bytes = 70000;
    try {
        write_file_atomically(path, write_kit(bigger), options);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()) == path + ": cannot save: the disk is full");
    }
    CHECK(test::slurp(path) == before);
    int files = 0;
    for (const auto& e : fs::directory_iterator(dir)) files += e.is_regular_file() ? 1 : 0;
    CHECK(files == 1);
}

TEST_CASE("saving into a read-only folder fails cleanly", "[io]") {
    if (::geteuid() == 0) {
        // root ignores permissions; a read-only bind mount is not available to tests, so use a missing folder
        // (same code path: the temporary file cannot be created) and check the folder case separately.
        const std::string path = test::fresh_dir("ro") + "/no/such/folder/kit.ikit";
        CHECK_THROWS_WITH(save_kit_file(test::sample_kit(), path), Catch::Contains("cannot save: the folder does not exist"));
        return;
    }
    const std::string dir = test::fresh_dir("ro");
    const std::string path = dir + "/kit.ikit";
    save_kit_file(test::sample_kit(), path);
    const std::string before = test::slurp(path);
    ::chmod(dir.c_str(), 0555);
    Kit other = test::sample_kit();
    other.properties.title = "Other";
    CHECK_THROWS_WITH(save_kit_file(other, path), Catch::Contains("permission denied"));
    ::chmod(dir.c_str(), 0755);
    CHECK(test::slurp(path) == before);
}

TEST_CASE("saving over a folder is refused", "[io]") {
    const std::string dir = test::fresh_dir("isdir");
    CHECK_THROWS_WITH(save_kit_file(test::sample_kit(), dir), Catch::Contains("it is a folder"));
}
