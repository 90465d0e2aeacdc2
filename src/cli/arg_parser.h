#pragma once
/// \file arg_parser.h
/// A small command-line parser: positionals, "--name value", "--name=value", repeatable options and flags.

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
    /// Parses `args`; `value_options` take a value ("-o" or "--role"), `flags` do not; only the options in
    /// `repeatable` may be given more than once. "--output" is another name for "-o". Unknown options, a
    /// missing value and a repeated option that is not repeatable throw UsageError.
    Args(const std::vector<std::string>& args, const std::set<std::string>& value_options,
         const std::set<std::string>& flags, const std::set<std::string>& repeatable = {});

    const std::vector<std::string>& positionals() const { return positionals_; }  ///< non-option arguments
    bool has(const std::string& name) const;                                        ///< option or flag given
    std::string value(const std::string& name, const std::string& fallback = "") const;  ///< the value given
    const std::vector<std::string>& values(const std::string& name) const;         ///< every value given, in order
    /// Every option given with a value, with its values (for checks that apply to all of them).
    const std::map<std::string, std::vector<std::string>>& all_values() const { return values_; }
    /// The value as a whole number in [min, max]; UsageError otherwise.
    int int_value(const std::string& name, int fallback, int min, int max) const;

private:
    std::vector<std::string> positionals_;
    std::map<std::string, std::vector<std::string>> values_;
    std::set<std::string> flags_;
};

}  // namespace ikit::cli
