#include "serialize/kit_file.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/atomic_file.h"
#include "i18n/language_code.h"
#include "io/file_read.h"
#include "model/competency_weight.h"
#include "serialize/plan_xml.h"
#include "serialize/rubric_xml.h"
#include "serialize/xml_input.h"
#include "serialize/xml_writer.h"
#include "util/error.h"
#include "util/text.h"

#include <set>
#include <string_view>

namespace ikit {

namespace {

constexpr std::size_t kMaxSections = 200;
constexpr std::size_t kMaxQuestionsPerSection = 1000;
constexpr std::size_t kMaxQuestions = 5000;
constexpr std::size_t kMaxItems = 50;  // listen-for, probes, red flags per question
constexpr std::size_t kMaxCompetencies = 200;
constexpr int kMaxMinutes = 24 * 60;
constexpr std::size_t kMaxRecommendationLabels = 10;
constexpr std::size_t kMaxRubricLevels = 10;
constexpr std::size_t kMaxRubricExamples = kMaxRubricLevels;  // one per level at most
constexpr std::size_t kMaxVariantsInKit = 2000;  // variants across all pools (a pool holds at most kMaxPoolMembers)
constexpr std::size_t kMaxVariantItems = kMaxItems;  // listen-for, probes, red flags per variant: as a question's,
                                                     // since Make First swaps a variant's notes with the question's

// The most elements a kit can use: per question a <question>, its <text>, 50 each of <listen-for>, <probe>
// and <red-flag> and an embedded <rubric> with a <description>, 10 <level>s and 10 <example>s; per section a
// <section> and its <title>; the competencies; <kit>, <properties> with its children, <recommendation> with its
// labels and <sections>; the interview plan (plan_xml.h); and 1,000 more for unknown elements of a newer minor
// version.
constexpr std::size_t kMaxKitElements = kMaxQuestions * (2 + 3 * kMaxItems + 2 + kMaxRubricLevels + kMaxRubricExamples) +
                                        kMaxSections * 2 + (1 + kMaxCompetencies) + 1 + 9 +
                                        (1 + kMaxRecommendationLabels) + 1 +
                                        max_plan_elements(kMaxSections, kMaxQuestions) + 1000 +
                                        kMaxQuestions + kMaxVariantsInKit * (2 + 3 * kMaxVariantItems);  // pools
// No element of a kit has more than 6 attributes (<question>); 16 leaves room for a newer minor version.
constexpr XmlLimits kKitXmlLimits{16, kMaxKitElements};

// The warnings of one read: at most kMaxKitWarnings lines, then one line that counts the rest.
class WarningList {
public:
    WarningList(std::vector<std::string>* out, std::string file) : out_(out), file_(std::move(file)) {}

    /// Adds "file:line: message" (built only when it will be shown).
    void add(int line, const std::string& message) {
        if (!out_) return;
        if (++count_ > kMaxKitWarnings) return;
        out_->push_back(file_ + ":" + std::to_string(line) + ": " + message);
    }

    /// Adds the line that counts the warnings not shown, if any.
    void finish() {
        if (out_ && count_ > kMaxKitWarnings)
            out_->push_back(file_ + ": " +
                            fill(trn("\xE2\x80\xA6 and {1} more warning", "\xE2\x80\xA6 and {1} more warnings",
                                     static_cast<unsigned long>(count_ - kMaxKitWarnings)),
                                 {std::to_string(count_ - kMaxKitWarnings)}));
    }

private:
    std::vector<std::string>* out_;
    std::string file_;
    std::size_t count_ = 0;
};

const std::set<std::string>& known_kit_children() {
    static const std::set<std::string> names{"properties", "competencies", "recommendation", "sections", "plan"};
    return names;
}

// <pool> after the question's own parts: the slot's other wordings, each a <variant> (issue 19).
void write_pool(XmlWriter& w, const KitPool& pool) {
    if (!pool.present && pool.variants.empty()) return;
    w.open("pool");
    for (const auto& v : pool.variants) {
        XmlAttributes attributes;
        if (!v.bank_id.empty()) attributes.emplace_back("bank-id", v.bank_id);
        if (v.type) attributes.emplace_back("type", std::string(to_id(*v.type)));
        if (!v.competency_ids.empty()) attributes.emplace_back("competencies", join(v.competency_ids, " "));
        if (!v.rubric_id.empty()) attributes.emplace_back("rubric", v.rubric_id);
        w.open("variant", attributes);
        w.text_element("text", v.text, {}, false);
        w.text_elements("listen-for", v.listen_for);
        w.text_elements("probe", v.probes);
        w.text_elements("red-flag", v.red_flags);
        w.close();
    }
    w.close();
}

void write_question(XmlWriter& w, const KitQuestion& q) {
    XmlAttributes attributes{{"id", q.id}};
    if (!q.bank_id.empty()) attributes.emplace_back("bank-id", q.bank_id);
    attributes.emplace_back("type", std::string(to_id(q.type)));
    attributes.emplace_back("minutes", std::to_string(q.minutes));
    if (!q.competency_ids.empty()) attributes.emplace_back("competencies", join(q.competency_ids, " "));
    if (!q.scored) attributes.emplace_back("scored", "false");
    w.open("question", attributes);
    w.text_element("text", q.text, {}, false);
    w.text_elements("listen-for", q.listen_for);
    w.text_elements("probe", q.probes);
    w.text_elements("red-flag", q.red_flags);
    if (!q.rubric.empty() || !q.rubric.id.empty()) write_rubric_element(w, q.rubric);
    write_pool(w, q.pool);
    w.close();
}

using Warnings = WarningList&;

void report_unknown_children(const tinyxml2::XMLElement& e, const std::set<std::string>& known, Warnings warnings) {
    for (const auto* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
        if (known.count(c->Name())) continue;
        warnings.add(c->GetLineNum(), fill(tr("unknown element <{1}> inside <{2}> was not read (made by a newer "
                                              "version?)"),
                                           {c->Name(), e.Name()}));
    }
}

// scored="false" marks a question that is asked but not rated; absent (or "true") = rated.
bool read_scored(const XmlReadContext& ctx, const tinyxml2::XMLElement& e) {
    const char* scored = e.Attribute("scored");
    if (!scored || std::string_view(scored) == "true") return true;
    if (std::string_view(scored) == "false") return false;
    ctx.fail(&e, fill(tr("attribute scored=\"{1}\" of <question> must be true or false"), {shorten(scored, 20)}));
}

// A section's kind (absent = body) and, for a close, the minutes reserved for the candidate's questions.
XmlAttributes section_shape_attributes(const KitSection& s) {
    XmlAttributes attributes;
    if (s.kind != SectionKind::Body) attributes.emplace_back("kind", std::string(to_id(s.kind)));
    if (s.candidate_minutes > 0) attributes.emplace_back("candidate-minutes", std::to_string(s.candidate_minutes));
    return attributes;
}

void read_section_shape(const XmlReadContext& ctx, const tinyxml2::XMLElement& e, KitSection& section) {
    if (const char* kind = e.Attribute("kind")) {
        const auto parsed = section_kind_from_id(kind);
        if (!parsed)
            ctx.fail(&e, fill(tr("attribute kind=\"{1}\" of <section> must be opener, body or close"),
                              {shorten(kind, 20)}));
        section.kind = *parsed;
    }
    section.candidate_minutes = ctx.int_attribute(e, "candidate-minutes", 0, kMaxMinutes, 0);
}

KitPool read_pool(const XmlReadContext& ctx, const tinyxml2::XMLElement& e, const std::string& question_id,
                  std::size_t& variants_in_kit, Warnings warnings) {
    KitPool pool;
    pool.present = true;
    for (const auto* v = e.FirstChildElement("variant"); v; v = v->NextSiblingElement("variant")) {
        if (pool.size() == kMaxPoolMembers)
            ctx.fail(v, fill(tr("refused: the pool of question \"{1}\" holds more than {2} members"),
                             {question_id, std::to_string(kMaxPoolMembers)}));
        if (variants_in_kit == kMaxVariantsInKit)
            ctx.fail(v, fill(tr("refused: the kit holds more than {1} variants"), {std::to_string(kMaxVariantsInKit)}));
        ++variants_in_kit;
        KitVariant variant;
        variant.bank_id = XmlReadContext::attribute(*v, "bank-id");
        const std::string type = XmlReadContext::attribute(*v, "type");
        if (!type.empty()) {
            variant.type = question_type_from_id(type);
            if (!variant.type)
                ctx.fail(v, fill(tr("unknown variant type \"{1}\" (expected behavioural, situational, technical or "
                                    "background)"),
                                 {shorten(type, 20)}));
        }
        variant.competency_ids = split_id_list(XmlReadContext::attribute(*v, "competencies"));
        if (variant.competency_ids.size() > 20) ctx.fail(v, tr("refused: a variant lists more than 20 competencies"));
        variant.rubric_id = trim(XmlReadContext::attribute(*v, "rubric"));
        if (!v->FirstChildElement("text"))
            ctx.fail(v, fill(tr("a variant of question \"{1}\" has no <text>"), {question_id}));
        variant.text = ctx.child_text(*v, "text");
        variant.listen_for = ctx.child_texts(*v, "listen-for", kMaxVariantItems);
        variant.probes = ctx.child_texts(*v, "probe", kMaxVariantItems);
        variant.red_flags = ctx.child_texts(*v, "red-flag", kMaxVariantItems);
        report_unknown_children(*v, {"text", "listen-for", "probe", "red-flag"}, warnings);
        pool.variants.push_back(std::move(variant));
    }
    report_unknown_children(e, {"variant"}, warnings);
    return pool;
}

KitQuestion read_question(const XmlReadContext& ctx, const tinyxml2::XMLElement& e, std::size_t& variants_in_kit,
                          Warnings warnings) {
    KitQuestion q;
    q.id = ctx.required_attribute(e, "id");
    q.bank_id = XmlReadContext::attribute(e, "bank-id");
    const std::string type = XmlReadContext::attribute(e, "type");
    if (!type.empty()) {
        auto parsed = question_type_from_id(type);
        if (!parsed)
            ctx.fail(&e, fill(tr("unknown question type \"{1}\" (expected behavioural, situational, technical or "
                                 "background)"),
                              {type}));
        q.type = *parsed;
    }
    q.minutes = ctx.int_attribute(e, "minutes", 0, kMaxMinutes, 0);
    q.competency_ids = split_id_list(XmlReadContext::attribute(e, "competencies"));
    q.scored = read_scored(ctx, e);
    if (q.competency_ids.size() > 20) ctx.fail(&e, tr("refused: a question lists more than 20 competencies"));
    if (!e.FirstChildElement("text")) ctx.fail(&e, fill(tr("question \"{1}\" has no <text>"), {q.id}));
    q.text = ctx.child_text(e, "text");
    q.listen_for = ctx.child_texts(e, "listen-for", kMaxItems);
    q.probes = ctx.child_texts(e, "probe", kMaxItems);
    q.red_flags = ctx.child_texts(e, "red-flag", kMaxItems);
    const auto* rubric = e.FirstChildElement("rubric");
    if (rubric) {
        if (rubric->NextSiblingElement("rubric")) ctx.fail(rubric->NextSiblingElement("rubric"), tr("a question has more than one <rubric>"));
        q.rubric = read_rubric_element(ctx, *rubric);
        if (q.rubric.levels.empty())
            ctx.fail(rubric, fill(tr("question \"{1}\" refers to rubric \"{2}\" but the kit holds no copy of its "
                                     "levels"),
                                  {q.id, q.rubric.id}));
    }
    if (const auto* pool = e.FirstChildElement("pool")) {
        if (pool->NextSiblingElement("pool")) ctx.fail(pool->NextSiblingElement("pool"), tr("a question has more than one <pool>"));
        q.pool = read_pool(ctx, *pool, q.id, variants_in_kit, warnings);
    }
    report_unknown_children(e, {"text", "listen-for", "probe", "red-flag", "rubric", "pool"}, warnings);
    return q;
}

// <language>: the language of the printed forms' labels (issue 20); absent = the user's language.
std::string read_language(const XmlReadContext& ctx, const tinyxml2::XMLElement& props) {
    const auto* e = props.FirstChildElement("language");
    if (!e) return {};
    if (e->NextSiblingElement("language")) ctx.fail(e->NextSiblingElement("language"), "<properties> has more than one <language>");
    const std::string code = trim(ctx.text(*e));
    if (!code.empty() && !is_language_code(code))
        ctx.fail(e, "<language> must be a language code such as de, fr, es or de_DE, not \"" + shorten(code, 20) + "\"");
    return code;
}

KitProperties read_properties(const XmlReadContext& ctx, const tinyxml2::XMLElement& root, Warnings warnings) {
    const auto* props = root.FirstChildElement("properties");
    if (!props) ctx.fail(&root, tr("the kit has no <properties>"));
    if (props->NextSiblingElement("properties"))
        ctx.fail(props->NextSiblingElement("properties"), tr("the kit has more than one <properties>"));
    KitProperties p;
    p.title = ctx.child_text(*props, "title");
    if (const auto* role = props->FirstChildElement("role")) {
        p.role_id = XmlReadContext::attribute(*role, "id");
        p.role_name = ctx.text(*role);
    }
    p.stage = ctx.child_text(*props, "stage");
    if (const auto* length = props->FirstChildElement("length-minutes")) {
        p.length_minutes = ctx.int_text(*length, 0, kMaxMinutes);
    }
    p.instructions = ctx.child_text(*props, "instructions");
    p.author = ctx.child_text(*props, "author");
    p.modified = ctx.child_text(*props, "modified");
    const std::string paper = trim(ctx.child_text(*props, "paper"));
    if (!paper.empty()) {
        p.paper = parse_paper_id(paper);
        if (!p.paper)
            ctx.fail(props->FirstChildElement("paper"),
                     fill(tr("<paper> must be a4 or letter, not \"{1}\""), {ascii_lower(paper)}));
    }
    p.language = read_language(ctx, *props);
    report_unknown_children(
        *props, {"title", "role", "stage", "length-minutes", "instructions", "author", "modified", "paper", "language"},
        warnings);
    return p;
}

// A competency's weight in the composite score (issue 18): absent = 1.
double read_competency_weight(const XmlReadContext& ctx, const tinyxml2::XMLElement& c) {
    const char* text = c.Attribute("weight");
    if (!text) return 1.0;
    const auto weight = parse_competency_weight(text);
    if (!weight)
        ctx.fail(&c, fill(tr("attribute weight=\"{1}\" of <competency> must be a number from 0 to 100 with at most "
                             "two decimals (e.g. 1.5)"),
                          {shorten(text, 20)}));
    return *weight;
}

// The attributes of a <competency>: the weight only when it is not the default 1, so older kits keep their bytes.
XmlAttributes competency_attributes(const Competency& c) {
    XmlAttributes attributes{{"id", c.id}, {"name", c.name}};
    if (competency_weight_text(c.weight) != "1") attributes.emplace_back("weight", competency_weight_text(c.weight));
    return attributes;
}

std::vector<Competency> read_competencies(const XmlReadContext& ctx, const tinyxml2::XMLElement& root) {
    std::vector<Competency> competencies;
    std::set<std::string> ids;
    const auto* comps = root.FirstChildElement("competencies");
    if (!comps) return competencies;
    for (const auto* c = comps->FirstChildElement("competency"); c; c = c->NextSiblingElement("competency")) {
        if (competencies.size() == kMaxCompetencies) ctx.fail(c, tr("refused: too many competencies"));
        Competency competency;
        competency.id = ctx.required_attribute(*c, "id");
        competency.name = XmlReadContext::attribute(*c, "name");
        if (competency.name.empty()) competency.name = competency.id;
        competency.description = ctx.text(*c);
        competency.weight = read_competency_weight(ctx, *c);
        if (!ids.insert(competency.id).second) ctx.fail(c, fill(tr("duplicate competency id \"{1}\""), {competency.id}));
        competencies.push_back(std::move(competency));
    }
    return competencies;
}

std::vector<KitSection> read_sections(const XmlReadContext& ctx, const tinyxml2::XMLElement& root, Warnings warnings) {
    const auto* sections = root.FirstChildElement("sections");
    if (!sections) ctx.fail(&root, tr("the kit has no <sections>"));
    std::vector<KitSection> result;
    std::set<std::string> section_ids, question_ids;
    std::size_t total_questions = 0, variants_in_kit = 0;
    for (const auto* s = sections->FirstChildElement("section"); s; s = s->NextSiblingElement("section")) {
        if (result.size() == kMaxSections)
            ctx.fail(s, fill(tr("refused: more than {1} sections"), {std::to_string(kMaxSections)}));
        KitSection section;
        section.id = ctx.required_attribute(*s, "id");
        if (!section_ids.insert(section.id).second) ctx.fail(s, fill(tr("duplicate section id \"{1}\""), {section.id}));
        section.competency_id = XmlReadContext::attribute(*s, "competency");
        read_section_shape(ctx, *s, section);
        section.title = ctx.child_text(*s, "title");
        for (const auto* q = s->FirstChildElement("question"); q; q = q->NextSiblingElement("question")) {
            if (section.questions.size() == kMaxQuestionsPerSection || total_questions == kMaxQuestions)
                ctx.fail(q, tr("refused: too many questions"));
            KitQuestion question = read_question(ctx, *q, variants_in_kit, warnings);
            if (!question_ids.insert(question.id).second)
                ctx.fail(q, fill(tr("duplicate question id \"{1}\""), {question.id}));
            section.questions.push_back(std::move(question));
            ++total_questions;
        }
        report_unknown_children(*s, {"title", "question"}, warnings);
        result.push_back(std::move(section));
    }
    report_unknown_children(*sections, {"section"}, warnings);
    return result;
}

// Children of <kit> from a newer minor version, kept verbatim so that saving loses nothing.
std::vector<std::string> read_extensions(const tinyxml2::XMLElement& root, Warnings warnings) {
    std::vector<std::string> extensions;
    for (const auto* c = root.FirstChildElement(); c; c = c->NextSiblingElement()) {
        if (known_kit_children().count(c->Name())) continue;
        if (std::string(c->Name()) == "scores") {  // personal data never travels inside a kit (docs/privacy.md)
            warnings.add(c->GetLineNum(),
                         tr("left out <scores>: ratings of candidates are kept in score files, never in a kit"));
            continue;
        }
        extensions.push_back(element_to_xml(*c));
        warnings.add(c->GetLineNum(), fill(tr("kept unknown element <{1}> from a newer version as it is"), {c->Name()}));
    }
    return extensions;
}

}  // namespace

std::string write_kit(const Kit& kit) {
    XmlWriter w;
    w.open("kit", {{"format", std::to_string(kKitFormat)}});
    const auto& p = kit.properties;
    w.open("properties");
    w.text_element("title", p.title, {}, false);
    if (!p.role_id.empty() || !p.role_name.empty())
        w.text_element("role", p.role_name, p.role_id.empty() ? XmlAttributes{} : XmlAttributes{{"id", p.role_id}},
                       false);
    w.text_element("stage", p.stage);
    w.text_element("length-minutes", std::to_string(p.length_minutes));
    w.text_element("instructions", p.instructions);
    w.text_element("author", p.author);
    w.text_element("modified", p.modified);
    w.text_element("paper", p.paper ? paper_id(*p.paper) : "");
    w.text_element("language", p.language);  // "" (the user's language) is not written: older kits keep their bytes
    w.close();

    if (!kit.competencies.empty()) {
        w.open("competencies");
        for (const auto& c : kit.competencies)
            w.text_element("competency", c.description, competency_attributes(c), false);
        w.close();
    }
    w.open("recommendation");
    w.text_elements("label", kit.recommendation_labels);
    w.close();

    w.open("sections");
    for (const auto& s : kit.sections) {
        XmlAttributes attributes{{"id", s.id}};
        if (!s.competency_id.empty()) attributes.emplace_back("competency", s.competency_id);
        for (auto& a : section_shape_attributes(s)) attributes.push_back(std::move(a));
        w.open("section", attributes);
        w.text_element("title", s.title, {}, false);
        for (const auto& q : s.questions) write_question(w, q);
        w.close();
    }
    w.close();
    write_plan_element(w, kit);
    for (const auto& extension : kit.extensions) w.raw(extension);
    w.close();
    return w.str();
}

Kit parse_kit(const std::string& xml, const std::string& file_name, std::vector<std::string>* warning_lines) {
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    parse_untrusted_xml(doc, xml, file_name, kKitXmlLimits);
    WarningList warnings(warning_lines, file_name);
    XmlReadContext ctx(file_name);
    const auto& root = ctx.root(doc, "kit");
    ctx.format(root, "kit", kKitFormat);

    Kit kit;
    kit.properties = read_properties(ctx, root, warnings);
    kit.competencies = read_competencies(ctx, root);
    if (const auto* rec = root.FirstChildElement("recommendation")) {
        auto labels = ctx.child_texts(*rec, "label", kMaxRecommendationLabels);
        if (labels.size() < 2) ctx.fail(rec, tr("the recommendation scale needs at least two <label>s"));
        kit.recommendation_labels = std::move(labels);
    }
    kit.sections = read_sections(ctx, root, warnings);
    kit.plan = read_plan_element(ctx, root, kit, [&](int line, const std::string& m) { warnings.add(line, m); });
    kit.extensions = read_extensions(root, warnings);
    warnings.finish();
    return kit;
}

Kit read_kit_file(const std::string& path, std::vector<std::string>* warnings) {
    return parse_kit(read_file_limited(path, kMaxKitFileBytes), path, warnings);
}

void save_kit_file(const Kit& kit, const std::string& path) {
    AtomicWriteOptions options;
    options.keep_backup = true;
    write_file_atomically(path, write_kit(kit), options);
}

}  // namespace ikit
