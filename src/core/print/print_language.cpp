#include "print/print_language.h"

#include "i18n/tr.h"
#include "io/locale_catalogs.h"

namespace ikit {

std::string print_language(const Kit& kit, const std::string& override_language) {
    if (!override_language.empty()) return override_language;
    if (!kit.properties.language.empty()) return kit.properties.language;
    return ui_translator().language();
}

Translator print_translator(const Kit& kit, const std::string& override_language) {
    const std::string language = print_language(kit, override_language);
    if (language == ui_translator().language()) return ui_translator();
    return load_translator(language);
}

}  // namespace ikit
