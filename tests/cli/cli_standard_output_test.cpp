#include "standard_output.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <ostream>
#include <sys/wait.h>
#include <unistd.h>

using ikit::cli::DescriptorOutputBuffer;

TEST_CASE("standard output buffer: a full device is remembered as lost output", "[cli]") {
    const int fd = ::open("/dev/full", O_WRONLY);
    REQUIRE(fd >= 0);
    DescriptorOutputBuffer buffer(fd, false);
    std::ostream out(&buffer);
    out << "results\n";
    out.flush();
    CHECK_FALSE(buffer.finish());
    CHECK(buffer.failure() == "the disk is full");
    ::close(fd);
}

TEST_CASE("standard output buffer: a closed output fails only when something is written", "[cli]") {
    const int fd = ::open("/dev/null", O_WRONLY);
    REQUIRE(fd >= 0);
    DescriptorOutputBuffer quiet(fd, true);
    CHECK(quiet.finish());
    CHECK(quiet.failure().empty());
    DescriptorOutputBuffer spoken(fd, true);
    std::ostream out(&spoken);
    out << 'x';
    CHECK_FALSE(spoken.finish());
    CHECK(spoken.failure() == "standard output is closed");
    ::close(fd);
}

TEST_CASE("standard output buffer: large binary output arrives whole", "[cli]") {
    int pipe_fds[2];
    REQUIRE(::pipe(pipe_fds) == 0);
    std::string sent(200000, '\0');
    for (std::size_t i = 0; i < sent.size(); ++i) sent[i] = static_cast<char>(i * 7);
    // The pipe holds 64 KiB: write from a child process so the reader here is never blocked.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(pipe_fds[0]);
        DescriptorOutputBuffer buffer(pipe_fds[1], false);
        std::ostream out(&buffer);
        out.write(sent.data(), static_cast<std::streamsize>(sent.size()));
        out.flush();
        ::_exit(buffer.finish() ? 0 : 1);
    }
    ::close(pipe_fds[1]);
    std::string received;
    char chunk[4096];
    for (ssize_t n; (n = ::read(pipe_fds[0], chunk, sizeof chunk)) > 0;) received.append(chunk, static_cast<std::size_t>(n));
    ::close(pipe_fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(received == sent);
}
