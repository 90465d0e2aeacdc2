#include "serialize/question_rules_reader.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/file_read.h"
#include "serialize/xml_input.h"
#include "util/error.h"
#include "util/text.h"

#include <algorithm>
#include <iterator>
#include <set>

namespace ikit {

namespace {

constexpr std::size_t kMaxRulesFileBytes = 1024 * 1024;
constexpr std::size_t kMaxRules = 500;
constexpr std::size_t kMaxPatternsPerRule = 200;
constexpr std::size_t kMaxPatternLength = 2000;
constexpr std::size_t kMaxLawsPerTopic = 20;
constexpr std::size_t kMaxLawLength = 200;
constexpr std::size_t kMaxTermListLength = 20000;
// A rules file holds its root, one <signals> with its four lists, and at most 500 rules, each with at most 200
// <match>, 200 <unless>, 200 <words>, 200 <lawful>, 20 <law>, a <why> and an <instead>; no element has more than
// 3 attributes (<topic id name severity>), 16 leaves room.
constexpr XmlLimits kRulesXmlLimits{16, 1 + 5 + kMaxRules * (1 + 4 * kMaxPatternsPerRule + kMaxLawsPerTopic + 2)};
constexpr const char* kRuleChildren[] = {"law", "match", "unless", "words", "lawful", "why", "instead"};

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
            context.fail(e, fill(tr("refused: more than {1} <{2}> elements in one rule"),
                                 {std::to_string(kMaxPatternsPerRule), name}));
        const std::string pattern = trim(context.text(*e));
        if (pattern.empty()) context.fail(e, fill(tr("<{1}> is empty: write a regular expression"), {name}));
        if (pattern.size() > kMaxPatternLength)
            context.fail(e, fill(tr("refused: a <{1}> longer than {2} characters"),
                                 {name, std::to_string(kMaxPatternLength)}));
        try {
            patterns.emplace_back(lower_pattern(pattern));
        } catch (const std::regex_error& error) {
            context.fail(e, fill(tr("bad regular expression in <{1}> \"{2}\": {3}"), {name, pattern, error.what()}));
        }
    }
    return patterns;
}

// The comma-separated terms written in `e` (or in its attribute `attribute` when not null); an element or
// attribute that is empty, too long or badly written fails at its own line.
std::vector<Term> read_terms(const XmlReadContext& context, const tinyxml2::XMLElement& e,
                             const char* attribute = nullptr) {
    const std::string text = attribute ? XmlReadContext::attribute(e, attribute) : context.text(e);
    const std::string limit = std::to_string(kMaxTermListLength);
    if (text.size() > kMaxTermListLength)
        context.fail(&e, attribute ? fill(tr("refused: the {1}= list of <{2}> is longer than {3} characters"),
                                          {attribute, e.Name(), limit})
                                   : fill(tr("refused: <{1}> is longer than {2} characters"), {e.Name(), limit}));
    std::vector<Term> terms;
    if (const std::string problem = parse_term_list(text, terms); !problem.empty())
        context.fail(&e, attribute ? fill(tr("the {1}= list of <{2}>: {3}"), {attribute, e.Name(), problem})
                                   : fill(tr("<{1}>: {2}"), {e.Name(), problem}));
    return terms;
}

// The root <signals>: <you>, <others>, <acts>, <objects>, each once at most, each a term list.
CandidateSignals read_signals(const XmlReadContext& context, const tinyxml2::XMLElement& e) {
    CandidateSignals signals;
    for (const auto* child = e.FirstChildElement(); child; child = child->NextSiblingElement()) {
        const std::string name = child->Name();
        std::vector<Term>* list = name == "you"       ? &signals.you
                                  : name == "others"  ? &signals.others
                                  : name == "acts"    ? &signals.acts
                                  : name == "objects" ? &signals.objects
                                                      : nullptr;
        if (!list)
            context.fail(child, fill(tr("unknown element <{1}> in <signals>; it holds <you>, <others>, <acts> and "
                                        "<objects>"),
                                     {name}));
        if (!list->empty()) context.fail(child, fill(tr("<{1}> appears twice in <signals>"), {name}));
        *list = read_terms(context, *child);
        for (const Term& term : *list)
            if (term.size() != 1)
                context.fail(child, fill(tr("<{1}> in <signals> holds single words only, not \"{2}...\""),
                                         {name, term[0].text + " " + term[1].text}));
    }
    if (signals.you.empty())
        context.fail(&e, tr("<signals> has no <you> list, so no question could be about the candidate"));
    return signals;
}

QuestionRule read_rule(const XmlReadContext& context, const tinyxml2::XMLElement& e, bool is_topic) {
    QuestionRule rule;
    rule.is_topic = is_topic;
    rule.id = trim(context.required_attribute(e, "id"));
    rule.name = trim(XmlReadContext::attribute(e, "name"));
    if (rule.name.empty()) rule.name = rule.id;
    rule.severity = trim(context.required_attribute(e, "severity"));
    if (rule.severity != "error" && rule.severity != "warning" && rule.severity != "advice")
        context.fail(&e, fill(tr("<{1} id=\"{2}\"> has severity=\"{3}\"; use error, warning or advice"),
                              {e.Name(), rule.id, rule.severity}));
    for (const auto* child = e.FirstChildElement(); child; child = child->NextSiblingElement()) {
        const std::string name = child->Name();
        const bool known = std::find(std::begin(kRuleChildren), std::end(kRuleChildren), name) != std::end(kRuleChildren);
        if (!known)
            context.fail(child, fill(tr("unknown element <{1}> in rule \"{2}\"; a rule holds <match>, <unless>, <why> "
                                        "and <instead>, and a topic also <law>, <words> and <lawful>"),
                                     {name, rule.id}));
        if (!is_topic && (name == "law" || name == "words" || name == "lawful"))
            context.fail(child, fill(tr("<{1}> belongs in a <topic>, not in the wording rule \"{2}\""), {name, rule.id}));
    }
    for (const auto* law = e.FirstChildElement("law"); law; law = law->NextSiblingElement("law")) {
        if (rule.laws.size() == kMaxLawsPerTopic)
            context.fail(law, fill(tr("refused: more than {1} <law> elements in one topic"),
                                   {std::to_string(kMaxLawsPerTopic)}));
        std::string text = trim(context.text(*law));
        if (text.empty()) context.fail(law, tr("<law> is empty: name where the topic is protected"));
        if (text.size() > kMaxLawLength)
            context.fail(law, fill(tr("refused: a <law> longer than {1} characters"), {std::to_string(kMaxLawLength)}));
        rule.laws.push_back(std::move(text));
    }
    rule.match = compile_patterns(context, e, "match");
    for (const auto* words = e.FirstChildElement("words"); words; words = words->NextSiblingElement("words")) {
        if (rule.words.size() == kMaxPatternsPerRule)
            context.fail(words, fill(tr("refused: more than {1} <{2}> elements in one rule"),
                                     {std::to_string(kMaxPatternsPerRule), "words"}));
        WordGroup group;
        group.words = read_terms(context, *words);
        if (words->Attribute("with")) group.with = read_terms(context, *words, "with");
        rule.words.push_back(std::move(group));
    }
    if (rule.match.empty() && rule.words.empty())
        context.fail(&e, fill(tr("rule \"{1}\" has no <match> and no <words>, so it can never fire"), {rule.id}));
    rule.unless = compile_patterns(context, e, "unless");
    rule.lawful = compile_patterns(context, e, "lawful");
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
    const int format = context.format(root, "question rules", kQuestionRulesFormat);

    QuestionRules rules;
    std::set<std::string> ids;
    const tinyxml2::XMLElement* words_without_signals = nullptr;
    for (const auto* e = root.FirstChildElement(); e; e = e->NextSiblingElement()) {
        const std::string name = e->Name();
        if (name == "signals") {
            if (format < 2) context.fail(e, tr("<signals> needs format=\"2\" on <question-rules>"));
            if (e != root.FirstChildElement()) context.fail(e, tr("<signals> must come first, before every rule"));
            rules.signals = read_signals(context, *e);
            continue;
        }
        if (name != "topic" && name != "wording")
            context.fail(e, fill(tr("unknown element <{1}>; the rules file holds <signals>, <topic> and <wording>"),
                                 {name}));
        if (rules.rules.size() == kMaxRules)
            context.fail(e, fill(tr("refused: more than {1} rules"), {std::to_string(kMaxRules)}));
        QuestionRule rule = read_rule(context, *e, name == "topic");
        if (!ids.insert(ascii_lower(rule.id)).second)
            context.fail(e, fill(tr("a rule with id \"{1}\" appears twice"), {rule.id}));
        if (format < 2 && (!rule.laws.empty() || !rule.words.empty() || !rule.lawful.empty()))
            context.fail(e, tr("<law>, <words> and <lawful> need format=\"2\" on <question-rules>"));
        if (!rule.words.empty() && rules.signals.empty() && !words_without_signals) words_without_signals = e;
        rules.rules.push_back(std::move(rule));
    }
    if (words_without_signals)
        context.fail(words_without_signals, tr("this topic has <words>, but the file has no <signals> saying who a "
                                               "question is about"));
    return rules;
}

QuestionRules read_question_rules_file(const std::string& path) {
    return parse_question_rules(read_file_limited(path, kMaxRulesFileBytes), path);
}

}  // namespace ikit
