#include "io/atomic_file.h"
#include "serialize/kit_file.h"
#include "test_kits.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sys/stat.h>
#include <sys/wait.h>
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

namespace {
// Tries to save `kit` over `path` and returns the error message ("" when it saved). As root, permissions do not
// apply, so the attempt runs in a child process that has given up root for the user "nobody".
std::string save_error_without_privileges(const Kit& kit, const std::string& path) {
    if (::geteuid() != 0) {
        try {
            save_kit_file(kit, path);
            return "";
        } catch (const Error& e) {
            return e.what();
        }
    }
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        std::string message = "could not drop privileges";
        if (::setgid(65534) == 0 && ::setuid(65534) == 0) {
            try {
                save_kit_file(kit, path);
                message = "";
            } catch (const Error& e) {
                message = e.what();
            }
        }
        if (::write(fds[1], message.data(), message.size()) < 0) _exit(2);
        _exit(0);
    }
    ::close(fds[1]);
    std::string message;
    char buf[512];
    ssize_t n;
    while ((n = ::read(fds[0], buf, sizeof buf)) > 0) message.append(buf, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    return message;
}
}  // namespace

TEST_CASE("saving into a read-only folder fails cleanly", "[io]") {
    // A folder everyone may enter but nobody may write to, outside any private build folder.
    char pattern[] = "/tmp/ikit-readonly-XXXXXX";
    REQUIRE(::mkdtemp(pattern) != nullptr);
    const std::string dir = pattern;
    const std::string path = dir + "/kit.ikit";
    save_kit_file(test::sample_kit(), path);
    const std::string before = test::slurp(path);
    ::chmod(path.c_str(), 0644);
    ::chmod(dir.c_str(), 0555);
    Kit other = test::sample_kit();
    other.properties.title = "Other";
    const std::string error = save_error_without_privileges(other, path);
    ::chmod(dir.c_str(), 0755);
    CHECK(error == path + ": cannot save: permission denied (in " + dir + ")");
    CHECK(test::slurp(path) == before);
    int files = 0;
    for (const auto& e : fs::directory_iterator(dir)) files += e.is_regular_file() ? 1 : 0;
    CHECK(files == 1);
    fs::remove_all(dir);
}

TEST_CASE("saving over a folder is refused", "[io]") {
    const std::string dir = test::fresh_dir("isdir");
    CHECK_THROWS_WITH(save_kit_file(test::sample_kit(), dir), Catch::Contains("it is a folder"));
}
