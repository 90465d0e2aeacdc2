// The generated hostile corpus (tests/core/hostile/hostile_files.h): every file of every kind is refused by
// the core's reader with an Error naming the file and, where there is one, the line. Run as its own CTest
// test, hostile_corpus (the tag is hidden from the plain core_tests run); timing is the bench_hostile
// benchmark's job (tests/bench/hostile_bench.cpp), not this test's.
#include "hostile/hostile_files.h"

#include "io/file_read.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

using namespace ikit;
using namespace ikit::test;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the system's temporary folder, removed at the end.
struct ScratchFolder {
    fs::path path;
    ScratchFolder() {
        path = fs::temp_directory_path() / ("ikit-hostile-" + std::to_string(::getpid()));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~ScratchFolder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

// "path:line: " when the refusal has a line, else "path: ".
std::string place(const std::string& path, int line) {
    return line > 0 ? path + ":" + std::to_string(line) + ": " : path + ": ";
}

}  // namespace

TEST_CASE("every generated hostile file of every kind is refused, naming the file and line", "[.][hostile-corpus]") {
    ScratchFolder folder;
    for (const HostileKind kind : hostile_kinds()) {
        for (const HostileFile& file : hostile_files(kind, hostile_budget(kind))) {
            const std::string path = (folder.path / file.name).string();
            write_hostile_file(path, file.bytes);
            const std::string refusal = refusal_of(kind, path);
            INFO(file.name << " (" << file.bytes.size() << " bytes): " << refusal.substr(0, 300));
            CHECK(refusal.rfind(place(path, file.line), 0) == 0);
            CHECK(refusal.find(file.expected) != std::string::npos);
            fs::remove(path);
        }
    }
}

TEST_CASE("a FIFO, a device, a folder and an empty path are refused at once by every reader", "[.][hostile-corpus]") {
    ScratchFolder folder;
    const std::string fifo = (folder.path / "pipe.ikit").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);  // no writer: reading it would wait forever
    const std::string inner = (folder.path / "folder.ikit").string();
    fs::create_directories(inner);
    for (const HostileKind kind : hostile_kinds()) {
        INFO(kind_name(kind));
        CHECK(refusal_of(kind, fifo) == fifo + ": cannot open: it is a named pipe (FIFO), not a file");
        CHECK(refusal_of(kind, "/dev/zero") == "/dev/zero: cannot open: it is a device, not a file");
        CHECK(refusal_of(kind, "/dev/null") == "/dev/null: cannot open: it is a device, not a file");
        CHECK(refusal_of(kind, inner) == inner + ": cannot open: it is a folder");
        CHECK(refusal_of(kind, "") == "cannot open a file: no file name was given (the path is empty)");
    }
}
