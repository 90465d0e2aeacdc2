#include "serialize/bank_reader.h"

#include "io/atomic_file.h"
#include "serialize/xml_input.h"
#include "serialize/xml_writer.h"
#include "util/error.h"
#include "util/text.h"

#include <set>

namespace ikit {

namespace {
constexpr int kBankFormat = 1;
constexpr std::size_t kMaxBankFileBytes = 256u * 1024u * 1024u;
constexpr std::size_t kMaxItems = 50;

Question read_question(const XmlReadContext& ctx, const tinyxml2::XMLElement& e) {
    Question q;
    q.id = ctx.required_attribute(e, "id");
    const std::string type = ctx.required_attribute(e, "type");
    const auto parsed = question_type_from_id(type);
    if (!parsed) ctx.fail(&e, "question \"" + q.id + "\": unknown type \"" + type + "\" (expected behavioural, situational, technical or background)");
    q.type = *parsed;
    q.minutes = ctx.int_attribute(e, "minutes", 0, 240, 5);
    q.role_ids = split_id_list(XmlReadContext::attribute(e, "roles"));
    q.competency_ids = split_id_list(ctx.required_attribute(e, "competencies"));
    q.levels = split_id_list(XmlReadContext::attribute(e, "level"));
    for (const auto& level : q.levels)
        if (level != "manager" && level != "director" && level != "head")
            ctx.fail(&e, "question \"" + q.id + "\": unknown level \"" + level + "\" (expected manager, director or head)");
    if (!e.FirstChildElement("text")) ctx.fail(&e, "question \"" + q.id + "\" has no <text>");
    q.text = ctx.child_text(e, "text");
    if (trim(q.text).empty()) ctx.fail(&e, "question \"" + q.id + "\" has an empty <text>");
    q.listen_for = ctx.child_texts(e, "listen-for", kMaxItems);
    q.probes = ctx.child_texts(e, "probe", kMaxItems);
    q.red_flags = ctx.child_texts(e, "red-flag", kMaxItems);
    q.tags = ctx.child_texts(e, "tag", kMaxItems);
    for (const auto* s = e.FirstChildElement("source"); s; s = s->NextSiblingElement("source")) {
        Provenance p;
        p.guide = ctx.required_attribute(*s, "guide");
        p.number = ctx.required_attribute(*s, "number");
        p.wording = ctx.text(*s);
        q.sources.push_back(std::move(p));
    }
    return q;
}
}  // namespace

BankContent parse_bank(const std::string& xml, const std::string& file_name) {
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    parse_untrusted_xml(doc, xml, file_name);
    XmlReadContext ctx(file_name);
    const auto& root = ctx.root(doc, "bank");
    const int format = ctx.int_attribute(root, "format", 1, 1000000, 0, true);
    if (format > kBankFormat)
        ctx.fail(&root, "made by a newer version of Interview Kit Builder (bank format " + std::to_string(format) +
                            "); this version reads format " + std::to_string(kBankFormat));

    BankContent content;
    content.file = file_name;
    std::set<std::string> ids;
    if (const auto* roles = root.FirstChildElement("roles")) {
        for (const auto* r = roles->FirstChildElement("role"); r; r = r->NextSiblingElement("role")) {
            Role role{ctx.required_attribute(*r, "id"), trim(ctx.text(*r)), XmlReadContext::attribute(*r, "level")};
            if (role.name.empty()) role.name = role.id;
            if (!ids.insert("r:" + role.id).second) ctx.fail(r, "duplicate role id \"" + role.id + "\"");
            content.roles.push_back(std::move(role));
        }
    }
    if (const auto* comps = root.FirstChildElement("competencies")) {
        for (const auto* c = comps->FirstChildElement("competency"); c; c = c->NextSiblingElement("competency")) {
            Competency competency{ctx.required_attribute(*c, "id"), XmlReadContext::attribute(*c, "name"),
                                  trim(ctx.text(*c))};
            if (competency.name.empty()) competency.name = competency.id;
            if (!ids.insert("c:" + competency.id).second) ctx.fail(c, "duplicate competency id \"" + competency.id + "\"");
            content.competencies.push_back(std::move(competency));
        }
    }
    if (const auto* questions = root.FirstChildElement("questions")) {
        for (const auto* q = questions->FirstChildElement("question"); q; q = q->NextSiblingElement("question")) {
            Question question = read_question(ctx, *q);
            if (!ids.insert("q:" + ascii_lower(question.id)).second)
                ctx.fail(q, "duplicate question id \"" + question.id + "\"");
            question.bank_file = file_name;
            content.questions.push_back(std::move(question));
        }
    }
    return content;
}

BankContent read_bank_file(const std::string& path) {
    return parse_bank(read_file_limited(path, kMaxBankFileBytes), path);
}

std::string write_bank(const BankContent& content) {
    XmlWriter w;
    w.open("bank", {{"format", std::to_string(kBankFormat)}});
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
