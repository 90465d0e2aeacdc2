#include "i18n/message_catalog.h"

namespace ikit {

const std::vector<std::string>* MessageCatalog::find(std::string_view key) const {
    auto it = messages_.find(std::string(key));
    return it == messages_.end() ? nullptr : &it->second;
}

std::size_t MessageCatalog::plural_index(unsigned long n) const { return plural_rule_.index(n); }

void MessageCatalog::add(std::string key, std::vector<std::string> forms) {
    messages_[std::move(key)] = std::move(forms);
}

}  // namespace ikit
