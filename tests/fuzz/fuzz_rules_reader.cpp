// libFuzzer target: parse_question_rules on arbitrary bytes, then the rules it read applied to a few
// question texts. Any outcome but rules (or a match) or an ikit::Error is a bug: a crash, a sanitizer
// report, another exception, a hang (std::regex compiles and runs the file's patterns). Built only with
// -DIKIT_FUZZ=ON and clang; see docs/fuzzing.md.

#include "checks/question_rules.h"
#include "serialize/question_rules_reader.h"
#include "util/error.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string xml(reinterpret_cast<const char*>(data), size);
    try {
        const ikit::QuestionRules rules = ikit::parse_question_rules(xml, "fuzz.xml");
        for (const char* text : {"How old are you?", "Tell me about a time you handled a difficult customer.",
                                 "Do you have children, and how do you manage the queue?"})
            ikit::match_question_rules(rules, text, true);
    } catch (const ikit::Error&) {
        return 0;  // refused (or a rule that cannot be applied) with a message
    }
    return 0;
}
