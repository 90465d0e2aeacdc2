#include "i18n/text_fill.h"

namespace ikit {

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values) {
    return fill_places<char>(pattern, values.begin(), values.size());
}

}  // namespace ikit
