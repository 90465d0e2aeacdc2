#include "serialize/rubric_reader.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/file_read.h"
#include "serialize/rubric_xml.h"
#include "util/error.h"

namespace ikit {

namespace {
constexpr int kRubricFormat = 1;
constexpr std::size_t kMaxRubricFileBytes = 1024 * 1024;
constexpr std::size_t kMaxRubricLevels = 10;
// A rubric file holds <rubric>, a <description>, at most 10 <level>s and one <example> for each, and no element
// more than 4 attributes (<rubric format id name competency>); the rest is room for elements and attributes
// of a newer minor version.
constexpr XmlLimits kRubricXmlLimits{16, 1000};

// The <example level="N"> answers after the levels: one per level at most, each for a level the rubric has.
void read_rubric_examples(const XmlReadContext& context, const tinyxml2::XMLElement& element, Rubric& rubric) {
    for (const auto* e = element.FirstChildElement("example"); e; e = e->NextSiblingElement("example")) {
        RubricExample example;
        example.score = context.int_attribute(*e, "level", 1, 10, 0, true);
        if (!rubric.level(example.score))
            context.fail(e, fill(tr("<example level=\"{1}\"> is for a level the rubric \"{2}\" does not have"),
                                 {std::to_string(example.score), rubric.id}));
        if (rubric.example(example.score))
            context.fail(e, fill(tr("the rubric \"{1}\" has a second <example> for level {2}"),
                                 {rubric.id, std::to_string(example.score)}));
        example.text = context.text(*e);
        rubric.examples.push_back(std::move(example));
    }
}

void write_rubric_examples(XmlWriter& writer, const Rubric& rubric) {
    for (const auto& example : rubric.examples)
        writer.text_element("example", example.text, {{"level", std::to_string(example.score)}}, false);
}

}  // namespace

Rubric read_rubric_element(const XmlReadContext& context, const tinyxml2::XMLElement& element) {
    Rubric rubric;
    rubric.id = context.required_attribute(element, "id");
    rubric.name = XmlReadContext::attribute(element, "name");
    if (rubric.name.empty()) rubric.name = rubric.id;
    rubric.competency_id = XmlReadContext::attribute(element, "competency");
    rubric.description = context.child_text(element, "description");
    for (const auto* level = element.FirstChildElement("level"); level; level = level->NextSiblingElement("level")) {
        if (rubric.levels.size() == kMaxRubricLevels)
            context.fail(level, fill(tr("refused: a rubric has more than {1} levels"), {std::to_string(kMaxRubricLevels)}));
        RubricLevel l;
        l.score = context.int_attribute(*level, "score", 1, 10, 0, true);
        l.label = XmlReadContext::attribute(*level, "label");
        l.anchor = context.text(*level);
        rubric.levels.push_back(std::move(l));
    }
    read_rubric_examples(context, element, rubric);
    return rubric;
}

void write_rubric_element(XmlWriter& writer, const Rubric& rubric, const XmlAttributes& extra) {
    XmlAttributes attributes = extra;
    attributes.emplace_back("id", rubric.id);
    if (!rubric.competency_id.empty()) attributes.emplace_back("competency", rubric.competency_id);
    attributes.emplace_back("name", rubric.name);
    writer.open("rubric", attributes);
    writer.text_element("description", rubric.description);
    for (const auto& level : rubric.levels)
        writer.text_element("level", level.anchor, {{"score", std::to_string(level.score)}, {"label", level.label}},
                            false);
    write_rubric_examples(writer, rubric);
    writer.close();
}

Rubric parse_rubric(const std::string& xml, const std::string& file_name) {
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    parse_untrusted_xml(doc, xml, file_name, kRubricXmlLimits);
    XmlReadContext context(file_name);
    const auto& root = context.root(doc, "rubric");
    context.format(root, "rubric", kRubricFormat);
    Rubric rubric = read_rubric_element(context, root);
    if (rubric.levels.empty()) context.fail(&root, tr("the rubric has no <level> elements"));
    return rubric;
}

Rubric read_rubric_file(const std::string& path) {
    return parse_rubric(read_file_limited(path, kMaxRubricFileBytes), path);
}

}  // namespace ikit
