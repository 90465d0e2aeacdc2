#include "i18n/tr.h"

#include <utility>

namespace ikit {
namespace {
Translator& current() {
    static Translator translator;
    return translator;
}
}  // namespace

const Translator& ui_translator() { return current(); }
void set_ui_translator(Translator translator) { current() = std::move(translator); }

std::string tr(const char* msgid) { return current().tr(msgid); }
std::string tr(const std::string& msgid) { return current().tr(msgid); }
std::string trn(const char* singular, const char* plural, unsigned long n) {
    return current().trn(singular, plural, n);
}
std::string trc(const char* context, const char* msgid) { return current().trc(context, msgid); }

}  // namespace ikit
