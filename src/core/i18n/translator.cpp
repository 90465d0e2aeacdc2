#include "i18n/translator.h"

#include <utility>

namespace ikit {

Translator::Translator(std::string language, std::shared_ptr<const MessageCatalog> catalog)
    : language_(std::move(language)), catalog_(std::move(catalog)) {}

std::string Translator::tr(const char* msgid) const {
    if (catalog_) {
        if (const auto* forms = catalog_->find(msgid); forms && !forms->empty() && !forms->front().empty())
            return forms->front();
    }
    return msgid;
}

std::string Translator::trn(const char* singular, const char* plural, unsigned long n) const {
    if (catalog_) {
        if (const auto* forms = catalog_->find(singular); forms && !forms->empty()) {
            std::size_t index = catalog_->plural_index(n);
            if (index < forms->size() && !(*forms)[index].empty()) return (*forms)[index];
        }
    }
    return n == 1 ? singular : plural;
}

std::string Translator::trc(const char* context, const char* msgid) const {
    if (catalog_) {
        std::string key = std::string(context) + '\x04' + msgid;
        if (const auto* forms = catalog_->find(key); forms && !forms->empty() && !forms->front().empty())
            return forms->front();
    }
    return msgid;
}

bool Translator::has(const char* msgid) const { return catalog_ && catalog_->find(msgid) != nullptr; }

}  // namespace ikit
