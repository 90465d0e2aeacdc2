// The atomic save against hostile targets and failing disks: special files are refused, links are
// written through, every failing step leaves the target as it was, and a killed save's leftovers go.
#include "io/atomic_file.h"
#include "test_kits.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace ikit;
namespace fs = std::filesystem;

namespace {
std::size_t entries(const std::string& dir) {
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(dir)) n += e.path().filename() != "" ? 1 : 0;
    return n;
}
void write(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }
}  // namespace

TEST_CASE("a named pipe, a device, a socket or a folder as the target is refused and left alone", "[io][hostile]") {
    const std::string dir = test::fresh_dir("atomic_special");
    const std::string fifo = dir + "/pipe.pdf";
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
    CHECK_THROWS_WITH(write_file_atomically(fifo, "x"), fifo + ": cannot save: it is a named pipe (FIFO), not a file");
    CHECK(fs::is_fifo(fifo));

    CHECK_THROWS_WITH(write_file_atomically("/dev/null", "x"), "/dev/null: cannot save: it is a device, not a file");
    CHECK(fs::is_character_file("/dev/null"));

    const std::string sock = dir + "/sock";
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", sock.c_str());
    if (sock.size() < sizeof addr.sun_path && ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
        CHECK_THROWS_WITH(write_file_atomically(sock, "x"), Catch::Contains("it is a socket, not a file"));
        CHECK(fs::is_socket(sock));
    }
    ::close(fd);

    CHECK_THROWS_WITH(write_file_atomically(dir, "x"), Catch::Contains("it is a folder, not a file"));
    const std::string link_to_fifo = dir + "/to-pipe";
    fs::create_symlink(fifo, link_to_fifo);
    CHECK_THROWS_WITH(write_file_atomically(link_to_fifo, "x"), Catch::Contains("named pipe"));
    CHECK_THROWS_WITH(write_file_atomically("", "x"), Catch::Contains("no file name"));
}

TEST_CASE("a symbolic link is written through: the file it points to changes, the link stays", "[io][hostile]") {
    const std::string dir = test::fresh_dir("atomic_link");
    fs::create_directories(dir + "/real");
    const std::string real = dir + "/real/kit.bin";
    write(real, "old");
    const std::string link = dir + "/kit.bin";
    fs::create_symlink("real/kit.bin", link);
    AtomicWriteOptions options;
    options.keep_backup = true;
    write_file_atomically(link, "new", options);
    CHECK(fs::is_symlink(link));
    CHECK(test::slurp(real) == "new");
    CHECK(test::slurp(real + "~") == "old");  // the backup sits beside the real file
    CHECK_FALSE(fs::exists(link + "~"));
    CHECK(entries(dir + "/real") == 2);

    // A link to a file that does not exist yet: the file is created where the link points.
    const std::string dangling = dir + "/new.bin";
    fs::create_symlink("real/created.bin", dangling);
    write_file_atomically(dangling, "made");
    CHECK(fs::is_symlink(dangling));
    CHECK(test::slurp(dir + "/real/created.bin") == "made");
}

TEST_CASE("a failure at any step leaves the target byte-identical and no temporary behind", "[io][hostile]") {
    const std::string dir = test::fresh_dir("atomic_faults");
    const std::string path = dir + "/kit.bin";
    const AtomicWriteStep steps[] = {AtomicWriteStep::CreateTemporary, AtomicWriteStep::Write,
                                     AtomicWriteStep::Sync,            AtomicWriteStep::Backup,
                                     AtomicWriteStep::Rename,          AtomicWriteStep::SyncFolder};
    for (const bool backup : {false, true}) {
        for (const AtomicWriteStep failing : steps) {
            for (const int err : {ENOSPC, EIO}) {
                fs::remove_all(dir);
                fs::create_directories(dir);
                write(path, "before");
                if (backup) write(path + "~", "older");
                AtomicWriteOptions options;
                options.keep_backup = backup;
                options.fault = [&](AtomicWriteStep s) { return s == failing ? err : 0; };
                INFO("step " << static_cast<int>(failing) << ", errno " << err << ", backup " << backup);
                CHECK_THROWS_WITH(write_file_atomically(path, "after", options),
                                  path + ": cannot save: " + (err == ENOSPC ? "the disk is full" : std::strerror(EIO)));
                CHECK(test::slurp(path) == "before");
                if (backup) CHECK(test::slurp(path + "~") == "older");  // the backup too is as it was
                CHECK(entries(dir) == (backup ? 2u : 1u));
            }
        }
    }
}

TEST_CASE("a new file whose folder cannot record it is not left half-saved", "[io][hostile]") {
    const std::string dir = test::fresh_dir("atomic_new_fault");
    AtomicWriteOptions options;
    options.fault = [](AtomicWriteStep s) { return s == AtomicWriteStep::SyncFolder ? EIO : 0; };
    CHECK_THROWS(write_file_atomically(dir + "/new.bin", "x", options));
    CHECK(entries(dir) == 0);
}

TEST_CASE("temporaries left by a killed save of the same target go on its next save", "[io][hostile]") {
    const std::string dir = test::fresh_dir("atomic_stale");
    const std::string path = dir + "/kit.bin";
    write(dir + "/.kit.bin.Ab12Cd", "left by kill -9");
    write(dir + "/.kit.bin.Zz99zz.old", "left by kill -9");
    write(dir + "/.other.bin.Ab12Cd", "another file's");
    write(dir + "/.kit.bin.notmine", "not a temporary name");
    write_file_atomically(path, "saved");
    CHECK(test::slurp(path) == "saved");
    CHECK_FALSE(fs::exists(dir + "/.kit.bin.Ab12Cd"));
    CHECK_FALSE(fs::exists(dir + "/.kit.bin.Zz99zz.old"));
    CHECK(fs::exists(dir + "/.other.bin.Ab12Cd"));
    CHECK(fs::exists(dir + "/.kit.bin.notmine"));
}
