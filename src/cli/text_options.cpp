#include "text_options.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/storable_text.h"
#include "util/text.h"

namespace ikit::cli {

void check_text(const std::string& label, const std::string& text, std::size_t max_chars) {
    if (const std::string reason = unstorable_text_reason(text); !reason.empty()) throw UsageError(label + ": " + reason);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\t' || c == '\n' || c == '\r')
            throw UsageError(fill(c == '\t' ? tr("{1}: the tab at byte {2} cannot be in a one-line text")
                                            : tr("{1}: the line break at byte {2} cannot be in a one-line text"),
                                  {label, std::to_string(i + 1)}));
    }
    if (const std::size_t chars = utf8_character_count(text); chars > max_chars)
        throw UsageError(fill(tr("{1} is {2} characters long; at most {3} fit"), {label, grouped_count(chars), grouped_count(max_chars)}));
}

void check_text_options(const Args& args, const std::vector<TextOption>& options) {
    for (const auto& option : options)
        for (const auto& value : args.values(option.name)) check_text(option.name, value, option.max_chars);
}

}  // namespace ikit::cli
