#pragma once
/// \file standard_output.h
/// The program's standard output: written with write(2) through a buffer that remembers the first
/// failure, so that `ikit show K > /dev/full` or a closed stdout ends in an error, not a silent exit 0.

#include <streambuf>
#include <string>
#include <vector>

namespace ikit::cli {

/// Opens the null device on each of the descriptors 0, 1 and 2 that is closed, so that no file the
/// program opens later takes a standard descriptor's number (and gets messages written into it).
/// Returns true when standard output (descriptor 1) was closed.
bool reserve_standard_descriptors();

/// A stream buffer writing to a file descriptor; the first failed write is remembered and later
/// output is dropped.
class DescriptorOutputBuffer : public std::streambuf {
public:
    /// Writes to `fd`; when `closed`, any byte written counts as a failure (the descriptor was closed
    /// when the program started and now holds the null device).
    DescriptorOutputBuffer(int fd, bool closed);

    /// Writes what is buffered; false when any output was lost.
    bool finish();
    /// Why output was lost ("no space left on device", "standard output is closed"), or "".
    std::string failure() const;

protected:
    int_type overflow(int_type c) override;
    int sync() override;

private:
    void write_buffered();

    int fd_;
    bool closed_;
    int error_ = 0;
    std::vector<char> buffer_;
};

}  // namespace ikit::cli
