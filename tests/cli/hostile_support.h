#pragma once
// Helpers of the hostile-input corpus: files made at test time, snapshots that prove a file did not
// change, and runs of the real `ikit` binary through the shell (for what only a process shows: a full
// or closed standard output).

#include "cli_run.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>

/// The whole content of a file ("" when it cannot be read).
inline std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

/// Writes `bytes` to `path`.
inline void put_file(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

/// What a file is, as far as a test can tell without following a link: its type, bytes and time.
struct FileSnapshot {
    bool exists = false;
    mode_t type = 0;
    std::string bytes;
    long long mtime_ns = 0;

    /// The file at `path` now.
    static FileSnapshot of(const std::string& path) {
        FileSnapshot s;
        struct stat st {};
        if (::lstat(path.c_str(), &st) != 0) return s;
        s.exists = true;
        s.type = st.st_mode & S_IFMT;
        s.mtime_ns = static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
        if (S_ISREG(st.st_mode)) s.bytes = file_bytes(path);
        return s;
    }
    bool operator==(const FileSnapshot& o) const {
        return exists == o.exists && type == o.type && bytes == o.bytes && mtime_ns == o.mtime_ns;
    }
};

/// A kit made by `ikit new` in `dir`.
inline std::string make_test_kit(const std::string& dir, const std::string& name) {
    const std::string file = dir + "/" + name;
    REQUIRE(ikit_run({"new", "--role", "cs-manager", "--minutes", "45", "-o", file}).code == 0);
    return file;
}

/// Runs `sh -c "<ikit binary> <arguments_and_redirections> 2>ERR"`; stdout is whatever the caller
/// redirected it to (nothing captured). Returns the exit code and what went to stderr.
inline CliRun run_binary(const std::string& dir, const std::string& arguments_and_redirections) {
    const std::string err_file = dir + "/binary-stderr.txt";
    const std::string command = "'" + std::string(IKIT_BINARY) + "' " + arguments_and_redirections + " 2>'" + err_file + "'";
    const int status = std::system(command.c_str());
    CliRun r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.err = file_bytes(err_file);
    return r;
}

/// `text` quoted for sh.
inline std::string shell_quoted(const std::string& text) {
    std::string q = "'";
    for (char c : text) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}
