#include "i18n/language_code.h"

namespace ikit {

namespace {
bool all_in(std::string_view s, char first, char last) {
    for (char c : s)
        if (c < first || c > last) return false;
    return true;
}
}  // namespace

bool is_language_code(std::string_view code) {
    const std::size_t underscore = code.find('_');
    const std::string_view language = code.substr(0, underscore);
    if (language.size() < 2 || language.size() > 3 || !all_in(language, 'a', 'z')) return false;
    if (underscore == std::string_view::npos) return true;
    const std::string_view region = code.substr(underscore + 1);
    return region.size() == 2 && all_in(region, 'A', 'Z');
}

}  // namespace ikit
