#pragma once
/// \file regex_literal.h
/// A cheap necessary condition for a regular expression: pieces of plain text every match contains,
/// so that texts without them are passed over without running the (slow) std::regex engine.

#include <string>
#include <vector>

namespace ikit {

/// What every match of a pattern contains: each entry is a list of alternatives, at least one of which
/// appears in any text the pattern matches (an entry of one alternative is a plain required text).
using RequiredTexts = std::vector<std::vector<std::string>>;

/// The plain texts every match of the ECMAScript `pattern` must contain, read from its top level: each
/// run of plain characters (3 or more, without characters a quantifier makes optional), and each group
/// that is not optional and whose every alternative has a plain run of its own (one of those runs must
/// appear). A pattern whose top level is a choice gives one entry with a run from each alternative.
/// Empty when nothing is certain (the regex must always run).
RequiredTexts required_texts(const std::string& pattern);

/// True when `text` holds every entry of `required` (at least one alternative of each).
bool holds_required_texts(const std::string& text, const RequiredTexts& required);

/// The longest run of plain characters (at least `shortest`) at the top level of `pattern` that every
/// match contains, ignoring groups; "" when there is none (or the top level is a choice).
std::string required_literal(const std::string& pattern, std::size_t shortest = 3);

}  // namespace ikit
