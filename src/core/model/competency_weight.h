#pragma once
/// \file competency_weight.h
/// A competency's weight in a kit's composite score, as written in a kit file: "1", "2", "1.5", "0.25".

#include <optional>
#include <string>
#include <string_view>

namespace ikit {

/// The largest weight a competency may have.
constexpr double kMaxCompetencyWeight = 100.0;

/// The weight as written: at most two decimals, no trailing zeros ("1", "1.5", "0.25").
std::string competency_weight_text(double weight);

/// Parses ASCII digits with an optional point and one or two decimals ("2", "1.5", "0.25"), from 0 to 100;
/// nullopt for anything else (a sign, an exponent, a comma, three decimals, more than 100).
std::optional<double> parse_competency_weight(std::string_view text);

}  // namespace ikit
