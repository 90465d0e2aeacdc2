#pragma once
/// \file arg_parser.h
/// A small command-line parser: positionals, "--name value", "--name=value", repeated options and flags.

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace ikit::cli {

/// A mistake in how the command was called (exit code 2).
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The parsed arguments of one command.
class Args {
public:
    /// Parses `args`; `value_options` take a value ("-o" or "--role"), `flags` do not. Unknown options throw UsageError.
    Args(const std::vector<std::string>& args, const std::set<std::string>& value_options,
         const std::set<std::string>& flags);

    const std::vector<std::string>& positionals() const { return positionals_; }  ///< non-option arguments
    bool has(const std::string& name) const;                                        ///< option or flag given
    std::string value(const std::string& name, const std::string& fallback = "") const;  ///< last value given
    const std::vector<std::string>& values(const std::string& name) const;         ///< every value given, in order
    /// The value as a whole number in [min, max]; UsageError otherwise.
    int int_value(const std::string& name, int fallback, int min, int max) const;

private:
    std::vector<std::string> positionals_;
    std::map<std::string, std::vector<std::string>> values_;
    std::set<std::string> flags_;
};

}  // namespace ikit::cli
