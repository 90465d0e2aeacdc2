#pragma once
/// \file error.h
/// The one exception type the core throws for bad input, failed I/O and refused files.

#include <stdexcept>
#include <string>

namespace ikit {

/// A user-facing error: a one-line message that says what went wrong and where.
/// `file` and `line` are filled when the error concerns a place in a file (line 0 = unknown).
class Error : public std::runtime_error {
public:
    /// An error not tied to a file.
    explicit Error(const std::string& message);
    /// An error in `file` (at `line` when > 0); what() reads "file:line: message".
    Error(const std::string& file, int line, const std::string& message);

    const std::string& file() const { return file_; }        ///< the file concerned, or ""
    int line() const { return line_; }                       ///< 1-based line, or 0
    const std::string& message() const { return message_; }  ///< the message without the place

private:
    std::string file_;
    int line_ = 0;
    std::string message_;
};

}  // namespace ikit
