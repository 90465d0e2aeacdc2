#include "model/paper.h"

#include "util/error.h"
#include "util/text.h"

#include <cstdlib>

namespace ikit {

namespace {

// The territory of a locale name such as "en_US.UTF-8@euro" ("US"), or "" when it has none.
std::string territory(const std::string& locale) {
    const std::size_t underscore = locale.find('_');
    if (underscore == std::string::npos) return {};
    const std::size_t end = locale.find_first_of(".@", underscore + 1);
    return locale.substr(underscore + 1, end == std::string::npos ? std::string::npos : end - underscore - 1);
}

}  // namespace

const char* paper_id(Paper paper) { return paper == Paper::Letter ? "letter" : "a4"; }

std::optional<Paper> parse_paper_id(const std::string& id) {
    const std::string key = ascii_lower(trim(id));
    if (key == "a4") return Paper::A4;
    if (key == "letter") return Paper::Letter;
    return std::nullopt;
}

Paper paper_from_id(const std::string& id) {
    if (const auto paper = parse_paper_id(id)) return *paper;
    throw Error("unknown paper size '" + id + "': use 'a4' or 'letter'");
}

Paper default_paper_for_locale() {
    // POSIX precedence: LC_ALL overrides LC_PAPER, which overrides LANG.
    std::string locale;
    for (const char* name : {"LC_ALL", "LC_PAPER", "LANG"}) {
        const char* value = std::getenv(name);
        if (value && *value) {
            locale = value;
            break;
        }
    }
    const std::string place = territory(locale);
    for (const char* letter : {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "SV", "NI", "DO", "PR"})
        if (iequals(place, letter)) return Paper::Letter;
    return Paper::A4;
}

}  // namespace ikit
