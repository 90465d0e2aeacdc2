#include "bank/kit_assembler.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "util/error.h"
#include "util/text.h"

#include <algorithm>
#include <map>
#include <set>

namespace ikit {

namespace {

constexpr std::size_t kDefaultCompetencyCount = 5;
constexpr int kLongInterviewMinutes = 45;  // from here the close reserves 10 minutes, not 5

std::string valid_list(const std::vector<std::string>& ids) { return join(ids, ", "); }

template <typename T>
std::vector<std::string> ids_of(const std::vector<T>& items) {
    std::vector<std::string> ids;
    for (const auto& item : items) ids.push_back(item.id);
    return ids;
}

bool asked_for(const Question& q, const std::string& role_id) {
    return std::any_of(q.role_ids.begin(), q.role_ids.end(), [&](const std::string& r) { return iequals(r, role_id); });
}

bool tagged(const Question& q, const char* tag) {
    return std::any_of(q.tags.begin(), q.tags.end(), [&](const std::string& t) { return iequals(t, tag); });
}

// Questions for the body: scored, and neither an opener nor the close.
bool body_question(const Question& q) { return q.scored && !tagged(q, "opener") && !tagged(q, "close"); }

// The bank's question tagged `tag` for the role: one that suits the role first, then the shortest, then the
// first in the bank; nullptr when the bank has none.
const Question* framing_question(const QuestionBank& bank, const Role& role, const char* tag) {
    const Question* best = nullptr;
    for (const auto& q : bank.questions()) {
        if (!tagged(q, tag)) continue;
        if (!best || (asked_for(q, role.id) && !asked_for(*best, role.id)) ||
            (asked_for(q, role.id) == asked_for(*best, role.id) && q.minutes < best->minutes))
            best = &q;
    }
    return best;
}

bool covers(const Question& q, const std::string& competency_id) {
    return std::any_of(q.competency_ids.begin(), q.competency_ids.end(),
                       [&](const std::string& c) { return iequals(c, competency_id); });
}

// The competencies the kit is for: those asked for (ids or names, once each), else the role's most asked
// main competencies.
std::vector<const Competency*> wanted_competencies(const QuestionBank& bank, const Role& role,
                                                   const std::vector<std::string>& asked) {
    std::vector<const Competency*> wanted;
    for (const auto& key : asked) {
        const Competency* c = bank.competency(key);
        if (!c)
            throw Error(fill(tr("unknown competency \"{1}\"; valid competencies: {2}"),
                             {key, valid_list(ids_of(bank.competencies()))}));
        if (std::find(wanted.begin(), wanted.end(), c) == wanted.end()) wanted.push_back(c);
    }
    if (!wanted.empty()) return wanted;
    std::map<std::string, int> counts;
    for (const auto& q : bank.questions())
        if (asked_for(q, role.id) && body_question(q) && !q.competency_ids.empty()) ++counts[q.main_competency()];
    std::vector<std::pair<std::string, int>> ranked(counts.begin(), counts.end());
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [id, n] : ranked) {
        if (wanted.size() == kDefaultCompetencyCount) break;
        if (const Competency* c = bank.competency(id)) wanted.push_back(c);
    }
    return wanted;
}

// The role's questions for one competency, best first: those whose main competency it is, then those that
// touch it; among equals, questions asked by more guides first.
std::vector<const Question*> ranked_candidates(const QuestionBank& bank, const Role& role, const Competency& c) {
    std::vector<const Question*> list;
    for (const auto& q : bank.questions())
        if (asked_for(q, role.id) && body_question(q) && covers(q, c.id)) list.push_back(&q);
    std::stable_sort(list.begin(), list.end(), [&](const Question* a, const Question* b) {
        const bool am = iequals(a->main_competency(), c.id), bm = iequals(b->main_competency(), c.id);
        if (am != bm) return am;
        return a->sources.size() > b->sources.size();
    });
    return list;
}

// The kit's properties, competencies and one empty section per competency.
Kit kit_outline(const Role& role, const KitRequest& request, const std::vector<const Competency*>& wanted) {
    Kit kit;
    auto& p = kit.properties;
    // TRANSLATORS: the title of a new kit made from the bank: {1} the role, {2} the interview stage.
    p.title = trim(request.title).empty() ? fill(tr("{1} \xE2\x80\x94 {2}"), {role.name, request.stage}) : request.title;
    p.role_id = role.id;
    p.role_name = role.name;
    p.stage = request.stage;
    p.length_minutes = request.minutes;
    p.author = request.author;
    p.modified = today_iso_date();
    // TRANSLATORS: the instructions a new kit gets (the kit's own text, which its author may edit).
    p.instructions =
        tr("Ask every question as written, in order, to every candidate. Use the probes to get to specifics: "
           "what the candidate did, how, and what changed as a result. Take notes during the answer and rate each "
           "question against its anchors right after the interview, before talking to the other interviewers. "
           "Open with the unscored question to put the candidate at ease, and keep the reserved minutes at the end "
           "for the candidate's own questions.");
    for (const Competency* c : wanted) {
        kit.competencies.push_back(*c);
        KitSection s;
        s.id = kit.next_section_id();
        s.title = c->name;
        s.competency_id = c->id;
        kit.sections.push_back(std::move(s));
    }
    return kit;
}

// A kit question for a bank question, with the rubric it is scored on (none for an unscored question).
KitQuestion kit_question(const Kit& kit, const Question& q, const Rubric* rubric) {
    KitQuestion kq = make_kit_question(q, q.scored && rubric ? *rubric : Rubric{});
    kq.id = kit.next_question_id();
    return kq;
}

// The opener section before the body, holding `opener` (nullptr: no opener section).
void add_opener(Kit& kit, const Question* opener) {
    if (!opener) return;
    KitSection s;
    s.id = kit.next_section_id();
    // TRANSLATORS: the title of a new kit's opener section.
    s.title = tr("Opening");
    s.kind = SectionKind::Opener;
    s.questions.push_back(kit_question(kit, *opener, nullptr));
    kit.sections.insert(kit.sections.begin(), std::move(s));
}

// The close after the body: `close` (if any) and the minutes reserved for the candidate's questions.
void add_close(Kit& kit, const Question* close, const RubricLibrary& rubrics, int length) {
    KitSection s;
    s.id = kit.next_section_id();
    // TRANSLATORS: the title of a new kit's closing section.
    s.title = trc("section title", "Close");
    s.kind = SectionKind::Close;
    s.candidate_minutes = close_minutes(length);
    if (close) s.questions.push_back(kit_question(kit, *close, rubrics.for_question(*close)));
    kit.sections.push_back(std::move(s));
}

// Ids in asking order (s1, s2, …; q1, q2, …) once the opener has been put before the body.
void number_in_order(Kit& kit) {
    int section = 0, question = 0;
    for (auto& s : kit.sections) {
        s.id = "s" + std::to_string(++section);
        for (auto& q : s.questions) q.id = "q" + std::to_string(++question);
    }
}

// Moves the questions the user named to the front of the first wanted competency's list they cover, in the
// order named; throws for a name the bank lacks, an unscored question or one the kit's competencies miss.
void put_named_first(const QuestionBank& bank, const std::vector<std::string>& named,
                     const std::vector<const Competency*>& wanted, std::vector<std::vector<const Question*>>& lists) {
    for (auto it = named.rbegin(); it != named.rend(); ++it) {
        const Question* q = bank.find(*it);
        if (!q) throw Error(fill(tr("no bank question has the id \"{1}\""), {*it}));
        if (!body_question(*q))
            throw Error(fill(tr("question {1} is an opener, a close or not scored; the kit adds those itself"), {q->id}));
        std::size_t i = 0;
        while (i < wanted.size() && !iequals(q->main_competency(), wanted[i]->id)) ++i;
        if (i == wanted.size())
            for (i = 0; i < wanted.size() && !covers(*q, wanted[i]->id); ++i) {}
        if (i == wanted.size())
            throw Error(fill(tr("question {1} covers none of the kit's competencies; add its competency ({2}) with "
                                "--competency"),
                             {q->id, q->main_competency()}));
        auto& list = lists[i];
        list.erase(std::remove(list.begin(), list.end(), q), list.end());
        list.insert(list.begin(), q);
    }
}

}  // namespace

int close_minutes(int length) { return length < kLongInterviewMinutes ? 5 : 10; }

Kit assemble_kit(const QuestionBank& bank, const RubricLibrary& rubrics, const KitRequest& request) {
    const Role* role = bank.role(request.role);
    if (!role)
        throw Error(fill(tr("unknown role \"{1}\"; valid roles: {2}"), {request.role, valid_list(ids_of(bank.roles()))}));
    if (request.minutes < 10 || request.minutes > 8 * 60)
        throw Error(tr("the interview length must be between 10 and 480 minutes"));

    const std::vector<const Competency*> wanted = wanted_competencies(bank, *role, request.competencies);
    std::vector<std::vector<const Question*>> candidates;
    for (const Competency* c : wanted) candidates.push_back(ranked_candidates(bank, *role, *c));
    put_named_first(bank, request.questions, wanted, candidates);
    Kit kit = kit_outline(*role, request, wanted);

    const Question* opener = framing_question(bank, *role, "opener");
    const Question* close = framing_question(bank, *role, "close");
    // The body gets what the opener, the close and the slack leave of the interview.
    int budget = request.minutes - kAssemblySlackMinutes - close_minutes(request.minutes) -
                 (opener ? opener->minutes : 0) - (close ? close->minutes : 0);

    // Round robin over the competencies, one question each per round, until the time is used up.
    std::set<std::string> used;
    std::vector<std::size_t> next(wanted.size(), 0);
    bool added = true;
    while (added) {
        added = false;
        for (std::size_t i = 0; i < wanted.size(); ++i) {
            auto& list = candidates[i];
            while (next[i] < list.size() && (used.count(list[next[i]]->id) || list[next[i]]->minutes > budget)) ++next[i];
            if (next[i] >= list.size()) continue;
            const Question& q = *list[next[i]++];
            kit.sections[i].questions.push_back(kit_question(kit, q, rubrics.for_question(q, wanted[i]->id)));
            used.insert(q.id);
            budget -= q.minutes;
            added = true;
        }
    }
    // Sections the bank could not fill stay, empty, so the gap shows in the checks.
    add_opener(kit, opener);
    add_close(kit, close, rubrics, request.minutes);
    number_in_order(kit);
    return kit;
}

}  // namespace ikit
