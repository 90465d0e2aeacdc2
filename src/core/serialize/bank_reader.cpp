#include "serialize/bank_reader.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/file_read.h"
#include "model/variant_group.h"
#include "serialize/bank_rules.h"
#include "serialize/bank_stream_reader.h"
#include "serialize/xml_input.h"
#include "serialize/xml_writer.h"
#include "util/error.h"
#include "util/side_by_side.h"
#include "util/text.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_set>

namespace ikit {

namespace {
using bank_rules::blank;
using bank_rules::kMaxItems;
constexpr std::size_t kMaxBankFileBytes = 256u * 1024u * 1024u;
// From this size on, parse_bank checks the bytes on a second thread while it reads them.
constexpr std::size_t kCheckBesideFrom = 512u * 1024u;

// The child elements of a <question> by name, gathered in one pass (not one search per name).
struct QuestionChildren {
    std::vector<const tinyxml2::XMLElement*> text, listen_for, probe, red_flag, tag, source;

    void collect(const tinyxml2::XMLElement& question) {
        for (auto* list : {&text, &listen_for, &probe, &red_flag, &tag, &source}) list->clear();
        for (const auto* c = question.FirstChildElement(); c; c = c->NextSiblingElement()) {
            const char* name = c->Name();
            std::vector<const tinyxml2::XMLElement*>* list = nullptr;
            switch (name[0]) {
                case 't': list = std::strcmp(name, "text") == 0 ? &text : std::strcmp(name, "tag") == 0 ? &tag : nullptr; break;
                case 'l': list = std::strcmp(name, "listen-for") == 0 ? &listen_for : nullptr; break;
                case 'p': list = std::strcmp(name, "probe") == 0 ? &probe : nullptr; break;
                case 'r': list = std::strcmp(name, "red-flag") == 0 ? &red_flag : nullptr; break;
                case 's': list = std::strcmp(name, "source") == 0 ? &source : nullptr; break;
                default: break;  // unknown children are ignored
            }
            if (list) list->push_back(c);
        }
    }
};

// The texts of `elements` (all called `name`), refusing more than `max_count`.
std::vector<std::string> texts_of(const XmlReadContext& ctx, const std::vector<const tinyxml2::XMLElement*>& elements,
                                  const char* name, std::size_t max_count) {
    std::vector<std::string> items;
    items.reserve(std::min(elements.size(), max_count));
    for (const auto* c : elements) {
        if (items.size() == max_count)
            ctx.fail(c, fill(tr("refused: more than {1} <{2}> elements"), {std::to_string(max_count), name}));
        items.push_back(ctx.text(*c));
    }
    return items;
}

Question read_question(const XmlReadContext& ctx, const tinyxml2::XMLElement& e, QuestionChildren& children) {
    // The attributes in one pass; the first of a repeated name counts, as with XMLElement::Attribute.
    const char *id = nullptr, *type = nullptr, *roles = nullptr, *competencies = nullptr, *level = nullptr,
               *rubric = nullptr, *scored = nullptr, *group = nullptr;
    for (const auto* a = e.FirstAttribute(); a; a = a->Next()) {
        const char* name = a->Name();
        const char** slot = std::strcmp(name, "id") == 0             ? &id
                            : std::strcmp(name, "type") == 0         ? &type
                            : std::strcmp(name, "roles") == 0        ? &roles
                            : std::strcmp(name, "competencies") == 0 ? &competencies
                            : std::strcmp(name, "level") == 0        ? &level
                            : std::strcmp(name, "rubric") == 0       ? &rubric
                            : std::strcmp(name, "scored") == 0       ? &scored
                            : std::strcmp(name, "variant-group") == 0 ? &group
                                                                     : nullptr;
        if (slot && !*slot) *slot = a->Value();
    }
    const auto required = [&](const char* value, const char* name) -> const char* {
        if (!value || blank(value)) ctx.fail(&e, fill(tr("<{1}> has no {2} attribute"), {e.Name(), name}));
        return value;
    };

    Question q;
    q.id = required(id, "id");
    const std::string type_id = required(type, "type");
    const auto parsed = question_type_from_id(type_id);
    if (!parsed)
        ctx.fail(&e, fill(tr("question \"{1}\": unknown type \"{2}\" (expected behavioural, situational, technical or "
                             "background)"),
                          {q.id, type_id}));
    q.type = *parsed;
    q.minutes = ctx.int_attribute(e, "minutes", 0, bank_rules::kMaxMinutes, bank_rules::kDefaultMinutes);
    if (roles) q.role_ids = split_id_list(roles);
    q.competency_ids = split_id_list(required(competencies, "competencies"));
    if (level) q.levels = split_id_list(level);
    for (const auto& l : q.levels)
        if (!bank_rules::known_level(l))
            ctx.fail(&e, fill(tr("question \"{1}\": unknown level \"{2}\" (expected manager, director or head)"),
                              {q.id, l}));
    if (rubric) q.rubric_id = trim(rubric);
    if (group) q.variant_group = trim(group);
    if (scored) {
        const auto value = bank_rules::scored_value(scored);
        if (!value)
            ctx.fail(&e, fill(tr("question \"{1}\": scored=\"{2}\" must be true or false"), {q.id, shorten(scored, 20)}));
        q.scored = *value;
    }

    children.collect(e);
    if (children.text.empty()) ctx.fail(&e, fill(tr("question \"{1}\" has no <text>"), {q.id}));
    if (children.text.size() > 1) ctx.fail(children.text[1], fill(tr("<{1}> has more than one <{2}>"), {e.Name(), "text"}));
    q.text = ctx.text(*children.text[0]);
    if (blank(q.text)) ctx.fail(&e, fill(tr("question \"{1}\" has an empty <text>"), {q.id}));
    q.listen_for = texts_of(ctx, children.listen_for, "listen-for", kMaxItems);
    q.probes = texts_of(ctx, children.probe, "probe", kMaxItems);
    q.red_flags = texts_of(ctx, children.red_flag, "red-flag", kMaxItems);
    q.tags = texts_of(ctx, children.tag, "tag", kMaxItems);
    q.sources.reserve(children.source.size());
    for (const auto* s : children.source) {
        Provenance p;
        p.guide = ctx.required_attribute(*s, "guide");
        p.number = ctx.required_attribute(*s, "number");
        p.wording = ctx.text(*s);
        q.sources.push_back(std::move(p));
    }
    return q;
}

// Members of a variant group must be interchangeable; the first that is not is named with its line.
void fail_on_variant_group_conflict(const XmlReadContext& ctx, const tinyxml2::XMLElement& questions,
                                    const std::vector<Question>& read) {
    const auto conflict = find_variant_group_conflict(read);
    if (!conflict) return;
    const auto* e = questions.FirstChildElement("question");
    for (std::size_t i = 0; i < conflict->index && e; ++i) e = e->NextSiblingElement("question");
    ctx.fail(e ? e : &questions, conflict->message);
}

// The careful reader: builds tinyxml2's tree of the whole file, then reads it, failing with the file
// and line of whatever is wrong. `xml` has passed check_untrusted_xml.
BankContent read_bank_tree(const std::string& xml, const std::string& file_name) {
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    parse_checked_xml(doc, xml, file_name);
    XmlReadContext ctx(file_name);
    const auto& root = ctx.root(doc, "bank");
    ctx.format(root, "bank", bank_rules::kFormat);

    BankContent content;
    content.file = file_name;
    std::set<std::string> role_ids, competency_ids;
    if (const auto* roles = root.FirstChildElement("roles")) {
        for (const auto* r = roles->FirstChildElement("role"); r; r = r->NextSiblingElement("role")) {
            Role role{ctx.required_attribute(*r, "id"), trim(ctx.text(*r)), XmlReadContext::attribute(*r, "level")};
            if (role.name.empty()) role.name = trim(role.id);  // names are trimmed; so is this one
            if (!role_ids.insert(role.id).second) ctx.fail(r, fill(tr("duplicate role id \"{1}\""), {role.id}));
            content.roles.push_back(std::move(role));
        }
    }
    if (const auto* comps = root.FirstChildElement("competencies")) {
        for (const auto* c = comps->FirstChildElement("competency"); c; c = c->NextSiblingElement("competency")) {
            Competency competency{ctx.required_attribute(*c, "id"), XmlReadContext::attribute(*c, "name"),
                                  trim(ctx.text(*c))};
            if (competency.name.empty()) competency.name = competency.id;
            if (!competency_ids.insert(competency.id).second)
                ctx.fail(c, fill(tr("duplicate competency id \"{1}\""), {competency.id}));
            content.competencies.push_back(std::move(competency));
        }
    }
    if (const auto* questions = root.FirstChildElement("questions")) {
        std::size_t count = 0;
        for (const auto* q = questions->FirstChildElement("question"); q; q = q->NextSiblingElement("question")) ++count;
        // Reserved up front, so the ids in `ids` (views of the stored questions' ids) stay valid.
        content.questions.reserve(count);
        bank_rules::CaselessIdSet ids;
        ids.reserve(count);
        QuestionChildren children;
        for (const auto* q = questions->FirstChildElement("question"); q; q = q->NextSiblingElement("question")) {
            content.questions.push_back(read_question(ctx, *q, children));
            Question& question = content.questions.back();
            if (!ids.insert(question.id).second) ctx.fail(q, fill(tr("duplicate question id \"{1}\""), {question.id}));
            question.bank_file = file_name;
        }
        fail_on_variant_group_conflict(ctx, *questions, content.questions);
    }
    return content;
}

}  // namespace

BankContent parse_bank(const std::string& xml, const std::string& file_name) {
    // Banks in their usual shape are read in one pass without a tree (about three times faster); the
    // tree reader takes whatever that declines, and is the one that says what is wrong with a file.
    std::optional<BankContent> streamed;
    if (xml.size() < kCheckBesideFrom) {
        check_untrusted_xml(xml, file_name, bank_rules::kXmlLimits);
        streamed = read_bank_streaming(xml, file_name);
    } else {
        // The safety checks run on a second thread while the streaming reader reads: that reader stays
        // within the bytes whatever they hold, and what it read is used only once the checks have passed.
        run_side_by_side([&] { streamed = read_bank_streaming(xml, file_name); },
                         [&] { check_untrusted_xml(xml, file_name, bank_rules::kXmlLimits); });
    }
    if (streamed) return std::move(*streamed);
    return read_bank_tree(xml, file_name);
}

BankContent parse_bank_with_tree(const std::string& xml, const std::string& file_name) {
    check_untrusted_xml(xml, file_name, bank_rules::kXmlLimits);
    return read_bank_tree(xml, file_name);
}

BankContent read_bank_file(const std::string& path) {
    return parse_bank(read_file_limited(path, kMaxBankFileBytes), path);
}

std::string write_bank(const BankContent& content) {
    XmlWriter w;
    w.open("bank", {{"format", std::to_string(bank_rules::kFormat)}});
    if (!content.roles.empty()) {
        w.open("roles");
        for (const auto& r : content.roles) {
            XmlAttributes a{{"id", r.id}};
            if (!r.level.empty()) a.emplace_back("level", r.level);
            w.text_element("role", r.name, a, false);
        }
        w.close();
    }
    if (!content.competencies.empty()) {
        w.open("competencies");
        for (const auto& c : content.competencies) w.text_element("competency", c.description, {{"id", c.id}, {"name", c.name}}, false);
        w.close();
    }
    w.open("questions");
    for (const auto& q : content.questions) {
        XmlAttributes a{{"id", q.id}, {"type", std::string(to_id(q.type))}, {"minutes", std::to_string(q.minutes)}};
        if (!q.role_ids.empty()) a.emplace_back("roles", join(q.role_ids, " "));
        a.emplace_back("competencies", join(q.competency_ids, " "));
        if (!q.levels.empty()) a.emplace_back("level", join(q.levels, " "));
        if (!q.rubric_id.empty()) a.emplace_back("rubric", q.rubric_id);
        if (!q.scored) a.emplace_back("scored", "false");
        if (!q.variant_group.empty()) a.emplace_back("variant-group", q.variant_group);
        w.open("question", a);
        w.text_element("text", q.text, {}, false);
        w.text_elements("listen-for", q.listen_for);
        w.text_elements("probe", q.probes);
        w.text_elements("red-flag", q.red_flags);
        w.text_elements("tag", q.tags);
        for (const auto& s : q.sources) w.text_element("source", s.wording, {{"guide", s.guide}, {"number", s.number}}, false);
        w.close();
    }
    w.close();
    w.close();
    return w.str();
}

}  // namespace ikit
