// libFuzzer target: read_mo on arbitrary bytes (a compiled message catalog, i18n/mo_reader.h), then the catalog it
// read used as a Translator. Any outcome but a catalog or an ikit::Error is a bug: a crash, a sanitizer report,
// another exception, a hang; so is a catalog whose plural index reaches past its forms (nplurals) or whose
// messages read_mo_entries() does not also give. Built only with -DIKIT_FUZZ=ON and clang; see docs/fuzzing.md.

#include "i18n/mo_reader.h"
#include "i18n/translator.h"
#include "util/error.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        auto catalog = std::make_shared<const ikit::MessageCatalog>(ikit::read_mo(bytes, "fuzz.mo"));
        const std::size_t nplurals = catalog->plural_rule().nplurals();
        for (unsigned long n : {0UL, 1UL, 2UL, 5UL, 11UL, 22UL, 101UL, 4294967295UL})
            if (catalog->plural_index(n) >= nplurals) std::abort();
        const auto entries = ikit::read_mo_entries(bytes, "fuzz.mo");
        std::size_t messages = 0;
        for (const auto& entry : entries) {
            if (entry.id.empty() && !entry.has_context) continue;
            const std::string key = entry.has_context ? entry.context + '\x04' + entry.id : entry.id;
            if (catalog->find(key) == nullptr) std::abort();
            ++messages;
        }
        if (catalog->size() > messages) std::abort();
        ikit::Translator translator("fuzz", catalog);
        for (const auto& entry : entries) {
            if (entry.has_context) translator.trc(entry.context.c_str(), entry.id.c_str());
            else translator.trn(entry.id.c_str(), entry.id_plural.c_str(), 3);
        }
    } catch (const ikit::Error&) {
        return 0;  // refused with a message
    }
    return 0;
}
