#include "bank/shipped_text_tools.h"

#include "test_kits.h"

#include <algorithm>
#include <filesystem>

namespace ikit::test {

namespace {
std::string decode_entities(std::string s) {
    static const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
    for (const auto& [from, to] : entities)
        for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) s.replace(at, std::string(from).size(), to);
    return s;
}
}  // namespace

std::vector<ShippedText> element_texts(const std::string& path, const std::string& shown_as,
                                       const std::vector<std::string>& names) {
    const std::string xml = slurp(path);
    std::vector<ShippedText> found;
    for (std::size_t at = xml.find('<'); at != std::string::npos; at = xml.find('<', at + 1)) {
        for (const auto& name : names) {
            if (xml.compare(at + 1, name.size(), name) != 0) continue;
            const char after = at + 1 + name.size() < xml.size() ? xml[at + 1 + name.size()] : '\0';
            if (after != '>' && after != ' ') continue;
            const auto open_end = xml.find('>', at);
            const auto close = xml.find("</" + name + ">", open_end);
            if (open_end == std::string::npos || close == std::string::npos || xml[open_end - 1] == '/') continue;
            const auto line = 1 + std::count(xml.begin(), xml.begin() + static_cast<std::ptrdiff_t>(at), '\n');
            found.push_back({shown_as + ":" + std::to_string(line) + " <" + name + ">",
                             decode_entities(xml.substr(open_end + 1, close - open_end - 1)),
                             xml.substr(at + 1 + name.size(), open_end - at - 1 - name.size())});
        }
    }
    return found;
}

std::vector<std::string> files_in(const std::string& folder, const std::string& extension) {
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.size() > extension.size() &&
            name.compare(name.size() - extension.size(), extension.size(), extension) == 0)
            files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace ikit::test
