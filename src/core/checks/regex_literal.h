#pragma once
/// \file regex_literal.h
/// A cheap necessary condition for a regular expression: a piece of plain text every match contains,
/// so that texts without it can be passed over without running the (slow) std::regex engine.

#include <string>

namespace ikit {

/// The longest run of plain characters (at least 3) that every match of the ECMAScript `pattern` must
/// contain, read from the pattern's top level (outside groups, classes and alternatives, without
/// characters a quantifier makes optional); "" when no such run is certain, for example when the
/// pattern has a top-level "|".
std::string required_literal(const std::string& pattern);

}  // namespace ikit
