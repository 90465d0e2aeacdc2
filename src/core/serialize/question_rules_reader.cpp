#include "serialize/question_rules_reader.h"

#include "io/file_read.h"
#include "serialize/xml_input.h"
#include "util/error.h"
#include "util/text.h"

#include <set>

namespace ikit {

namespace {

constexpr std::size_t kMaxRulesFileBytes = 1024 * 1024;
constexpr std::size_t kMaxRules = 500;
constexpr std::size_t kMaxPatternsPerRule = 200;
constexpr std::size_t kMaxPatternLength = 2000;
// A rules file holds its root and at most 500 rules, each with at most 200 <match>, 200 <unless>, a <why> and an
// <instead>; no element has more than 3 attributes (<topic id name severity>), 16 leaves room.
constexpr XmlLimits kRulesXmlLimits{16, 1 + kMaxRules * (1 + 2 * kMaxPatternsPerRule + 2)};

// Rules are matched against lower-cased text, so patterns are lower-cased too (escapes such as \S and \B are
// kept as written) and compiled without std::regex::icase, which makes matching several times slower.
std::string lower_pattern(const std::string& pattern) {
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '\\' && i + 1 < pattern.size()) {
            out += c;
            out += pattern[++i];
        } else {
            out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
    }
    return out;
}

// Compiles every <name> child of `rule` (each one regex); a pattern that does not compile fails at its own line.
std::vector<RulePattern> compile_patterns(const XmlReadContext& context, const tinyxml2::XMLElement& rule,
                                         const char* name) {
    std::vector<RulePattern> patterns;
    for (const auto* e = rule.FirstChildElement(name); e; e = e->NextSiblingElement(name)) {
        if (patterns.size() == kMaxPatternsPerRule)
            context.fail(e, "refused: more than " + std::to_string(kMaxPatternsPerRule) + " <" + name +
                                "> elements in one rule");
        const std::string pattern = trim(context.text(*e));
        if (pattern.empty()) context.fail(e, std::string("<") + name + "> is empty: write a regular expression");
        if (pattern.size() > kMaxPatternLength)
            context.fail(e, std::string("refused: a <") + name + "> longer than " +
                                std::to_string(kMaxPatternLength) + " characters");
        try {
            patterns.emplace_back(lower_pattern(pattern));
        } catch (const std::regex_error& error) {
            context.fail(e, std::string("bad regular expression in <") + name + "> \"" + pattern + "\": " +
                                error.what());
        }
    }
    return patterns;
}

QuestionRule read_rule(const XmlReadContext& context, const tinyxml2::XMLElement& e, bool is_topic) {
    QuestionRule rule;
    rule.is_topic = is_topic;
    rule.id = trim(context.required_attribute(e, "id"));
    rule.name = trim(XmlReadContext::attribute(e, "name"));
    if (rule.name.empty()) rule.name = rule.id;
    rule.severity = trim(context.required_attribute(e, "severity"));
    if (rule.severity != "error" && rule.severity != "warning" && rule.severity != "advice")
        context.fail(&e, "<" + std::string(e.Name()) + " id=\"" + rule.id + "\"> has severity=\"" + rule.severity +
                             "\"; use error, warning or advice");
    for (const auto* child = e.FirstChildElement(); child; child = child->NextSiblingElement()) {
        const std::string name = child->Name();
        if (name != "match" && name != "unless" && name != "why" && name != "instead")
            context.fail(child, "unknown element <" + name + "> in rule \"" + rule.id +
                                    "\"; a rule holds <match>, <unless>, <why> and <instead>");
    }
    rule.match = compile_patterns(context, e, "match");
    if (rule.match.empty()) context.fail(&e, "rule \"" + rule.id + "\" has no <match>, so it can never fire");
    rule.unless = compile_patterns(context, e, "unless");
    rule.why = trim(context.child_text(e, "why"));
    rule.instead = trim(context.child_text(e, "instead"));
    return rule;
}

}  // namespace

QuestionRules parse_question_rules(const std::string& xml, const std::string& file_name) {
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    parse_untrusted_xml(doc, xml, file_name, kRulesXmlLimits);
    XmlReadContext context(file_name);
    const auto& root = context.root(doc, "question-rules");
    context.format(root, "question rules", kQuestionRulesFormat);

    QuestionRules rules;
    std::set<std::string> ids;
    for (const auto* e = root.FirstChildElement(); e; e = e->NextSiblingElement()) {
        const std::string name = e->Name();
        if (name != "topic" && name != "wording")
            context.fail(e, "unknown element <" + name + ">; the rules file holds <topic> and <wording> rules");
        if (rules.rules.size() == kMaxRules)
            context.fail(e, "refused: more than " + std::to_string(kMaxRules) + " rules");
        QuestionRule rule = read_rule(context, *e, name == "topic");
        if (!ids.insert(ascii_lower(rule.id)).second)
            context.fail(e, "a rule with id \"" + rule.id + "\" appears twice");
        rules.rules.push_back(std::move(rule));
    }
    return rules;
}

QuestionRules read_question_rules_file(const std::string& path) {
    return parse_question_rules(read_file_limited(path, kMaxRulesFileBytes), path);
}

}  // namespace ikit
