#pragma once
/// \file text_options.h
/// Texts given on the command line (titles, names, search words, ids) are checked before anything is
/// read or written: each must be storable in a kit file, on one line, and short enough to print.

#include "arg_parser.h"

#include <cstddef>
#include <string>
#include <vector>

namespace ikit::cli {

/// The longest kit title `ikit new` accepts, in characters.
constexpr std::size_t kMaxTitleChars = 500;
/// The longest name (author, stage, candidate, interviewer, role, competency), id or keyword, in characters.
constexpr std::size_t kMaxNameChars = 200;
/// The longest --search text, in characters.
constexpr std::size_t kMaxSearchChars = 500;

/// A text option and the most characters its value may have.
struct TextOption {
    std::string name;       ///< e.g. "--title"
    std::size_t max_chars;  ///< e.g. kMaxTitleChars
};

/// Throws UsageError naming `label` when `text` is not valid UTF-8, holds a character a kit file cannot
/// store, a control character (tab and line breaks included: these are one-line texts), or is longer
/// than `max_chars` characters.
void check_text(const std::string& label, const std::string& text, std::size_t max_chars);

/// check_text for every value given to each of `options`.
void check_text_options(const Args& args, const std::vector<TextOption>& options);

}  // namespace ikit::cli
