#include "export/to_unicode_cmap.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace ikit {

namespace {

// The PDF reference limits a bfchar block to 100 entries.
constexpr std::size_t kMaxBlockEntries = 100;

std::string hex4(char32_t code) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(code));
    return buf;
}

}  // namespace

std::string identity_to_unicode_cmap(const std::set<char32_t>& characters) {
    std::vector<char32_t> codes;
    for (const char32_t cp : characters)
        if (cp <= 0xFFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) codes.push_back(cp);

    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n"
        "<0000> <FFFF>\n"
        "endcodespacerange\n";
    for (std::size_t start = 0; start < codes.size(); start += kMaxBlockEntries) {
        const std::size_t end = std::min(codes.size(), start + kMaxBlockEntries);
        cmap += std::to_string(end - start) + " beginbfchar\n";
        for (std::size_t i = start; i < end; ++i) {
            const std::string code = hex4(codes[i]);
            cmap += "<" + code + "> <" + code + ">\n";
        }
        cmap += "endbfchar\n";
    }
    cmap +=
        "endcmap\n"
        "CMapName currentdict /CMap defineresource pop\n"
        "end\n"
        "end\n";
    return cmap;
}

}  // namespace ikit
