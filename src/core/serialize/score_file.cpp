#include "serialize/score_file.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "io/atomic_file.h"
#include "io/file_read.h"
#include "serialize/xml_input.h"
#include "serialize/xml_writer.h"
#include "util/error.h"
#include "util/text.h"

#include <set>

namespace ikit {

const char* const kScoreFileExtension = ".iscore";

namespace {

using L = ScoreFileLimits;

// <scores>, <candidate>, <kit>, and per scorecard: itself, its question and competency ratings, the
// recommendation, notes and take-aways; 100 more for good measure.
constexpr std::size_t kMaxScoreElements =
    3 + L::max_scorecards * (1 + L::max_question_ratings + L::max_competency_ratings + 3) + 100;
// No element has more than 4 attributes (<scorecard>); 8 is refused only when clearly hostile.
constexpr XmlLimits kScoreXmlLimits{8, kMaxScoreElements};

bool is_date(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9') return false;
    const int month = (text[5] - '0') * 10 + (text[6] - '0');
    const int day = (text[8] - '0') * 10 + (text[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool is_fingerprint(const std::string& text) {
    if (text.size() != 16) return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

class ScoreReader {
public:
    explicit ScoreReader(const std::string& file_name) : ctx_(file_name) {}

    ScoreSheet read(const tinyxml2::XMLDocument& doc) {
        const auto& root = ctx_.root(doc, "scores");
        ctx_.format(root, "score", kScoreFormat);
        only_children(root, {"candidate", "kit", "scorecard"});
        ScoreSheet sheet;
        const auto* candidate = single(root, "candidate", true);
        sheet.candidate = limited(*candidate, ctx_.text(*candidate), L::max_name_bytes, N_("the candidate's name"));
        sheet.reference = limited(*candidate, XmlReadContext::attribute(*candidate, "reference"), L::max_name_bytes,
                                  N_("the candidate's reference"));
        const auto* kit = single(root, "kit", true);
        sheet.kit.title = limited(*kit, ctx_.text(*kit), L::max_name_bytes, N_("the kit's title"));
        sheet.kit.fingerprint = XmlReadContext::attribute(*kit, "fingerprint");
        if (!sheet.kit.fingerprint.empty() && !is_fingerprint(sheet.kit.fingerprint))
            ctx_.fail(kit, fill(tr("attribute fingerprint of <kit> must be 16 lowercase hex digits, not \"{1}\""),
                                {shorten(sheet.kit.fingerprint, 20)}));
        for (const auto* card = root.FirstChildElement("scorecard"); card; card = card->NextSiblingElement("scorecard")) {
            if (sheet.scorecards.size() == L::max_scorecards)
                ctx_.fail(card, fill(tr("refused: more than {1} scorecards"), {std::to_string(L::max_scorecards)}));
            sheet.scorecards.push_back(read_scorecard(*card));
        }
        return sheet;
    }

private:
    XmlReadContext ctx_;

    void only_children(const tinyxml2::XMLElement& e, const std::set<std::string>& known) const {
        for (const auto* c = e.FirstChildElement(); c; c = c->NextSiblingElement())
            if (!known.count(c->Name()))
                ctx_.fail(c, fill(tr("unknown element <{1}> inside <{2}> (made by a newer version?)"), {c->Name(), e.Name()}));
    }

    const tinyxml2::XMLElement* single(const tinyxml2::XMLElement& parent, const char* name, bool required) const {
        const auto* e = parent.FirstChildElement(name);
        if (!e && required) ctx_.fail(&parent, fill(tr("<{1}> has no <{2}>"), {parent.Name(), name}));
        if (e && e->NextSiblingElement(name))
            ctx_.fail(e->NextSiblingElement(name), fill(tr("<{1}> has more than one <{2}>"), {parent.Name(), name}));
        return e;
    }

    std::string limited(const tinyxml2::XMLElement& e, std::string text, std::size_t max, const char* what) const {
        if (text.size() > max)
            // TRANSLATORS: {1} is what is too long ("the candidate's name"), {2} a number of bytes.
            ctx_.fail(&e, fill(tr("refused: {1} is longer than {2} bytes"), {tr(what), grouped_count(max)}));
        return text;
    }

    std::optional<int> rating(const tinyxml2::XMLElement& e) const {
        if (!e.Attribute("rating")) return std::nullopt;
        return ctx_.int_attribute(e, "rating", L::min_rating, L::max_rating, 0, true);
    }

    InterviewerScorecard read_scorecard(const tinyxml2::XMLElement& e) const {
        only_children(e, {"question", "competency", "recommendation", "notes", "takeaways"});
        InterviewerScorecard card;
        card.interviewer = limited(e, XmlReadContext::attribute(e, "interviewer"), L::max_name_bytes, N_("an interviewer's name"));
        card.interview_id = limited(e, XmlReadContext::attribute(e, "interview"), L::max_name_bytes, N_("an interview id"));
        card.submitted = XmlReadContext::attribute(e, "submitted");
        if (!card.submitted.empty() && !is_date(card.submitted))
            ctx_.fail(&e, fill(tr("attribute submitted of <scorecard> must be a date YYYY-MM-DD, not \"{1}\""),
                               {shorten(card.submitted, 20)}));
        std::set<std::string> ids;
        for (const auto* q = e.FirstChildElement("question"); q; q = q->NextSiblingElement("question")) {
            if (card.questions.size() == L::max_question_ratings)
                ctx_.fail(q, fill(tr("refused: more than {1} question ratings in one scorecard"),
                                  {grouped_count(L::max_question_ratings)}));
            QuestionRating r;
            r.question_id = limited(*q, ctx_.required_attribute(*q, "id"), L::max_name_bytes, N_("a question id"));
            if (!ids.insert(r.question_id).second)
                ctx_.fail(q, fill(tr("question \"{1}\" is rated twice by {2}"),
                                  {shorten(r.question_id, 40), shorten(card.interviewer, 40)}));
            r.rating = rating(*q);
            r.variant = limited(*q, XmlReadContext::attribute(*q, "variant"), L::max_evidence_bytes, N_("a question variant"));
            r.evidence = limited(*q, ctx_.text(*q), L::max_evidence_bytes, N_("an evidence note"));
            card.questions.push_back(std::move(r));
        }
        ids.clear();
        for (const auto* c = e.FirstChildElement("competency"); c; c = c->NextSiblingElement("competency")) {
            if (card.competencies.size() == L::max_competency_ratings)
                ctx_.fail(c, fill(tr("refused: more than {1} competency ratings in one scorecard"),
                                  {std::to_string(L::max_competency_ratings)}));
            CompetencyRating r;
            r.competency_id = limited(*c, ctx_.required_attribute(*c, "id"), L::max_name_bytes, N_("a competency id"));
            if (!ids.insert(r.competency_id).second)
                ctx_.fail(c, fill(tr("competency \"{1}\" is rated twice by {2}"),
                                  {shorten(r.competency_id, 40), shorten(card.interviewer, 40)}));
            r.rating = rating(*c);
            r.evidence = limited(*c, ctx_.text(*c), L::max_evidence_bytes, N_("an evidence note"));
            card.competencies.push_back(std::move(r));
        }
        if (const auto* rec = single(e, "recommendation", false))
            card.recommendation = limited(*rec, ctx_.text(*rec), L::max_name_bytes, N_("a recommendation"));
        if (const auto* notes = single(e, "notes", false))
            card.notes = limited(*notes, ctx_.text(*notes), L::max_notes_bytes, N_("the notes"));
        if (const auto* takeaways = single(e, "takeaways", false))
            card.takeaways = limited(*takeaways, ctx_.text(*takeaways), L::max_notes_bytes, N_("the take-aways"));
        return card;
    }
};

XmlAttributes rating_attributes(const std::string& id, const std::optional<int>& rating) {
    XmlAttributes attributes{{"id", id}};
    if (rating) attributes.emplace_back("rating", std::to_string(*rating));
    return attributes;
}

}  // namespace

std::string write_score_sheet(const ScoreSheet& sheet) {
    XmlWriter w;
    w.open("scores", {{"format", std::to_string(kScoreFormat)}});
    w.text_element("candidate", sheet.candidate,
                   sheet.reference.empty() ? XmlAttributes{} : XmlAttributes{{"reference", sheet.reference}}, false);
    w.text_element("kit", sheet.kit.title,
                   sheet.kit.fingerprint.empty() ? XmlAttributes{} : XmlAttributes{{"fingerprint", sheet.kit.fingerprint}},
                   false);
    for (const auto& card : sheet.scorecards) {
        XmlAttributes attributes{{"interviewer", card.interviewer}};
        if (!card.interview_id.empty()) attributes.emplace_back("interview", card.interview_id);
        if (!card.submitted.empty()) attributes.emplace_back("submitted", card.submitted);
        w.open("scorecard", attributes);
        for (const auto& q : card.questions) {
            XmlAttributes a = rating_attributes(q.question_id, q.rating);
            if (!q.variant.empty()) a.emplace_back("variant", q.variant);
            w.text_element("question", q.evidence, a, false);
        }
        for (const auto& c : card.competencies)
            w.text_element("competency", c.evidence, rating_attributes(c.competency_id, c.rating), false);
        w.text_element("recommendation", card.recommendation);
        w.text_element("notes", card.notes);
        w.text_element("takeaways", card.takeaways);
        w.close();
    }
    w.close();
    return w.str();
}

ScoreSheet parse_score_sheet(const std::string& xml, const std::string& file_name) {
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    parse_untrusted_xml(doc, xml, file_name, kScoreXmlLimits);
    return ScoreReader(file_name).read(doc);
}

ScoreSheet read_score_file(const std::string& path) {
    return parse_score_sheet(read_file_limited(path, ScoreFileLimits::max_file_bytes), path);
}

void save_score_file(const ScoreSheet& sheet, const std::string& path) {
    AtomicWriteOptions options;
    options.keep_backup = true;
    write_file_atomically(path, write_score_sheet(sheet), options);
}

}  // namespace ikit
