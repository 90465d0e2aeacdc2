// Placeholder until the catalog reader lands (i18n-core branch): every language is English.
#include "io/locale_catalogs.h"

namespace ikit {

Translator load_translator(const std::string&) { return Translator(); }
Translator translator_for(const std::vector<std::string>&) { return Translator(); }
std::vector<std::string> available_languages() { return {"en"}; }

}  // namespace ikit
