#include "model/competency_weight.h"

#include <cmath>

namespace ikit {

std::string competency_weight_text(double weight) {
    const long long hundredths = std::llround(weight * 100.0);
    std::string text = std::to_string(hundredths / 100);
    const long long fraction = hundredths % 100;
    if (fraction != 0) {
        text += '.';
        text += static_cast<char>('0' + fraction / 10);
        if (fraction % 10 != 0) text += static_cast<char>('0' + fraction % 10);
    }
    return text;
}

std::optional<double> parse_competency_weight(std::string_view text) {
    const std::size_t point = text.find('.');
    const std::string_view whole = text.substr(0, point);
    const std::string_view decimals = point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
    if (whole.empty() || whole.size() > 3) return std::nullopt;
    if (point != std::string_view::npos && (decimals.empty() || decimals.size() > 2)) return std::nullopt;
    long long hundredths = 0;
    for (char c : whole) {
        if (c < '0' || c > '9') return std::nullopt;
        hundredths = hundredths * 10 + (c - '0');
    }
    hundredths *= 100;
    long long scale = 10;
    for (char c : decimals) {
        if (c < '0' || c > '9') return std::nullopt;
        hundredths += (c - '0') * scale;
        scale /= 10;
    }
    if (hundredths > static_cast<long long>(kMaxCompetencyWeight * 100)) return std::nullopt;
    return static_cast<double>(hundredths) / 100.0;
}

}  // namespace ikit
