#include "text_options.h"

#include "util/storable_text.h"
#include "util/text.h"

namespace ikit::cli {

void check_text(const std::string& label, const std::string& text, std::size_t max_chars) {
    if (const std::string reason = unstorable_text_reason(text); !reason.empty()) throw UsageError(label + ": " + reason);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\t' || c == '\n' || c == '\r')
            throw UsageError(label + ": the " + (c == '\t' ? std::string("tab") : std::string("line break")) +
                             " at byte " + std::to_string(i + 1) + " cannot be in a one-line text");
    }
    if (const std::size_t chars = utf8_character_count(text); chars > max_chars)
        throw UsageError(label + " is " + grouped_count(chars) + " characters long; at most " + grouped_count(max_chars) +
                         " fit");
}

void check_text_options(const Args& args, const std::vector<TextOption>& options) {
    for (const auto& option : options)
        for (const auto& value : args.values(option.name)) check_text(option.name, value, option.max_chars);
}

}  // namespace ikit::cli
