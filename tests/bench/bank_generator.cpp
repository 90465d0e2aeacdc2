#include "bank_generator.h"

#include "document/kit_document.h"

#include <algorithm>
#include <cstdio>
#include <unordered_set>

namespace ikit::bench {

namespace {

// Building blocks of the synthetic text. Plain service vocabulary, a few XML-special characters
// (so the writer's escaping is exercised), and words in other scripts.
// Service vocabulary: the words people search for. Large enough that a given term turns up in roughly
// the share of questions it does in the shipped bank (about one in eight for "escalation" or "coach").
const std::vector<std::string>& service_words() {
    static const std::vector<std::string> words{
        "customer", "customers", "team", "agent", "agents", "queue", "backlog", "escalation", "escalations",
        "coach", "coaching", "SLA breach", "SLA", "breach", "forecast", "staffing", "schedule", "shrinkage",
        "handle time", "first-contact resolution", "CSAT", "NPS", "CES", "churn", "refund", "refunds",
        "complaint", "complaints", "outage", "incident", "knowledge base", "macro", "chatbot", "CRM", "helpdesk",
        "telephony", "budget", "headcount", "vendor", "outsourcer", "partner", "product", "engineering",
        "finance", "legal", "policy", "rollout", "training", "feedback", "survey", "root cause", "trend",
        "dashboard", "target", "quality", "QA", "scorecard", "calibration", "review", "one-to-one", "morale",
        "attrition", "hiring", "onboarding", "peak", "weekend", "night shift", "holiday", "overtime", "rota",
        "adherence", "occupancy", "utilisation", "abandon rate", "wait time", "callback", "chat", "email",
        "social media", "self-service", "FAQ", "ticket", "tickets", "case", "backlog age", "reopen rate",
        "billing", "invoice", "contract", "renewal", "upsell", "retention", "loyalty", "journey", "touchpoint",
        "persona", "segment", "VIP", "enterprise", "SMB", "tier 2", "tier 3", "specialist", "team lead",
        "supervisor", "workforce management", "routing", "IVR", "automation", "AI", "pilot", "migration",
        "integration", "API", "roadmap", "OKR", "KPI", "metric", "benchmark", "audit", "compliance", "GDPR",
        "privacy", "security", "fraud", "chargeback", "warranty", "returns", "shipping", "delivery", "delay",
        "apology", "goodwill", "credit", "exception", "approval", "sign-off", "handover", "shift handover",
        "stand-up", "huddle", "town hall", "newsletter", "recognition", "bonus", "career path", "promotion",
        "performance plan", "disciplinary", "grievance", "union", "remote", "hybrid", "office move",
        "R&D", "<24h", "\"priority\"", "don't", "you're"};
    return words;
}

// Everyday words that carry the sentences.
const std::vector<std::string>& common_words() {
    static const std::vector<std::string> words{
        "we", "the", "a", "and", "of", "to", "with", "for", "when", "after", "before", "how", "what", "why",
        "which", "your", "their", "our", "it", "was", "is", "were", "had", "have", "then", "so", "but", "or",
        "because", "while", "during", "about", "between", "without", "every", "each", "some", "most", "few",
        "changed", "measured", "decided", "explained", "handled", "improved", "reduced", "raised", "agreed",
        "noticed", "asked", "tested", "fixed", "planned", "shared", "kept", "lost", "won", "moved", "wrote",
        "called", "met", "told", "showed", "found", "chose", "built", "ran", "led", "set", "saw", "gave",
        "week", "month", "quarter", "year", "day", "morning", "evening", "meeting", "email", "call", "plan",
        "result", "number", "problem", "reason", "decision", "option", "risk", "cost", "time", "people",
        "manager", "director", "lead", "colleague", "stakeholder", "board", "owner", "office", "site",
        "region", "country", "market", "channel", "ticket", "case", "order", "account", "contract", "invoice",
        "clear", "quick", "slow", "late", "early", "hard", "simple", "new", "old", "first", "last", "next",
        "small", "large", "whole", "main", "real", "honest", "calm", "busy", "quiet", "open", "closed",
        "really", "again", "together", "still", "already", "later", "soon", "instead", "also", "only"};
    return words;
}

const std::vector<std::string>& other_script_words() {
    static const std::vector<std::string> words{
        // accents and other Latin letters
        "café", "naïve", "façade", "Zürich", "São Paulo", "Łódź", "résumé", "Ærø", "Ørjan", "señora",
        "Ñandú", "Dvořák", "Müller", "crème brûlée", "garçon",
        // Greek
        "η ελένη", "της ελένης", "Ελένη", "ομάδα", "πελάτες", "κλιμάκωση", "εξυπηρέτηση", "στόχος",
        // Cyrillic
        "клиент", "эскалация", "команда", "Ольга", "обратная связь", "очередь", "Дмитрий",
        // CJK
        "客户服务", "升级", "团队", "顧客", "対応", "満足度", "고객", "상담원",
        // emoji, including a ZWJ sequence and a flag
        "🙂", "📞", "🚨", "⭐", "👩‍💼", "🇬🇷", "✅"};
    return words;
}

const std::vector<std::string>& question_stems() {
    static const std::vector<std::string> stems{
        "Tell me about a time when", "Describe a situation where", "How would you handle", "What would you do if",
        "Walk me through how you", "Give an example of", "How do you decide", "What is your approach to",
        "Why did you", "How have you measured"};
    return stems;
}

const std::vector<std::string>& tag_pool() {
    static const std::vector<std::string> tags{
        "escalation", "coaching", "sla", "metrics", "staffing", "budget", "outage", "feedback", "hiring",
        "conflict", "tools", "automation", "change", "strategy", "quality", "vendor", "churn", "onboarding",
        "de-escalation", "24x7", "csat", "nps", "workforce-management", "chat", "email", "voice"};
    return tags;
}

// Words until the text is at least `target` bytes, never more than `max` bytes; whole words only,
// so multi-byte characters are never cut. `foreign` is the share (percent) of non-Latin words.
std::string words(Random& random, std::size_t target, std::size_t max, std::uint32_t foreign, const std::string& start = {}) {
    std::string out(start);
    while (out.size() < target) {
        const std::uint32_t roll = random.below(100);
        std::string word = roll < foreign        ? random.pick(other_script_words())
                           : roll < foreign + 10 ? random.pick(service_words())
                                                 : random.pick(common_words());
        if (out.size() + 1 + word.size() > max) word = "and";
        if (out.size() + 1 + word.size() > max) break;
        if (!out.empty()) out += ' ';
        out += word;
    }
    return out;
}

// A length in [low, high], biased toward the lower half the way real texts are.
std::size_t length_between(Random& random, std::size_t low, std::size_t high) {
    const auto span = static_cast<std::uint32_t>(high - low);
    const std::uint32_t a = random.below(span + 1), b = random.below(span + 1);
    return low + std::min(a, b) + (std::max(a, b) - std::min(a, b)) / 3;
}

std::string numbered_id(const char* prefix, std::size_t n) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s-%06zu", prefix, n);
    return buf;
}

}  // namespace

std::vector<Role> bench_roles() {
    return {{"head-cs", "Head of Customer Service", "head"},
            {"director-cs", "Director of Customer Service", "director"},
            {"cs-manager", "Customer Service Manager", "manager"},
            {"cs-ops-manager", "Customer Service Operations Manager", "manager"},
            {"director-support", "Director of Customer Support", "director"}};
}

std::vector<Competency> bench_competencies() {
    return {{"kpis-metrics", "KPIs & metrics", "Reads service measures and acts on them."},
            {"team-management", "Team management & coaching", "Builds, coaches and leads a service team."},
            {"conflict-resolution", "Conflict resolution", "Settles disputes with customers and colleagues."},
            {"technology-tools", "Technology & tools", "Chooses and gets value from service tools."},
            {"communication", "Communication", "Makes decisions and changes clear to everyone concerned."},
            {"problem-solving", "Problem solving", "Finds causes and makes sound calls."},
            {"customer-experience", "Customer satisfaction & experience", "Turns customer needs into better service."},
            {"strategy-improvement", "Strategy & continuous improvement", "Sets direction and keeps improving."},
            {"crisis-pressure", "Crisis & pressure", "Keeps service running when things go wrong."},
            {"operations", "Operations (SLAs, staffing, budget, channels)", "Runs the day-to-day operation."},
            {"change-leadership", "Leading change", "Brings teams through change with lasting adoption."},
            {"collaboration", "Cross-functional collaboration", "Works with other departments on shared goals."}};
}

BankContent generate_bank(std::size_t question_count, std::uint32_t seed) {
    Random random(seed);
    BankContent content;
    content.file = bank_file_name(question_count);
    content.roles = bench_roles();
    content.competencies = bench_competencies();
    const auto& roles = content.roles;
    const auto& competencies = content.competencies;
    static const char* const kLevels[] = {"manager", "director", "head"};
    content.questions.reserve(question_count);
    std::unordered_set<std::string> texts;
    for (std::size_t n = 1; n <= question_count; ++n) {
        Question q;
        q.id = numbered_id("gen", n);
        q.type = static_cast<QuestionType>(random.below(4));
        q.minutes = static_cast<int>(random.between(2, 10));
        // Roles: a random non-empty subset, in the bank's order.
        for (const auto& role : roles)
            if (random.chance(45)) q.role_ids.push_back(role.id);
        if (q.role_ids.empty()) q.role_ids.push_back(roles[random.below(static_cast<std::uint32_t>(roles.size()))].id);
        // Competencies: the main one cycles so all twelve are covered evenly, then 0–2 others.
        q.competency_ids.push_back(competencies[(n - 1) % competencies.size()].id);
        const std::uint32_t extra = random.below(3);
        for (std::uint32_t k = 0; k < extra; ++k) {
            const std::string& c = random.pick(competencies).id;
            if (std::find(q.competency_ids.begin(), q.competency_ids.end(), c) == q.competency_ids.end())
                q.competency_ids.push_back(c);
        }
        if (random.chance(10)) q.levels.push_back(kLevels[random.below(3)]);

        const std::uint32_t foreign = random.chance(15) ? 50 : 1;
        // Texts are unique in the file and items unique in their question, as the bank schema asks.
        do {
            q.text = words(random, length_between(random, 20, 599), 599, foreign, random.pick(question_stems())) + "?";
        } while (!texts.insert(q.text).second);
        const auto add_distinct = [&](std::vector<std::string>& items, std::size_t low, std::size_t high,
                                      const char* start, const char* end) {
            std::string item;
            do {
                item = words(random, length_between(random, low, high), high, foreign, start) + end;
            } while (std::find(items.begin(), items.end(), item) != items.end());
            items.push_back(std::move(item));
        };
        const std::uint32_t listen = random.between(2, 4);
        for (std::uint32_t k = 0; k < listen; ++k) add_distinct(q.listen_for, 30, 220, "", "");
        const std::uint32_t probes = random.between(1, 3);
        for (std::uint32_t k = 0; k < probes; ++k) add_distinct(q.probes, 20, 160, "And", "?");
        const std::uint32_t flags = random.below(3);
        for (std::uint32_t k = 0; k < flags; ++k) add_distinct(q.red_flags, 25, 160, "", "");
        const std::uint32_t tags = random.between(1, 4);
        for (std::uint32_t k = 0; k < tags; ++k) {
            const std::string& tag = random.pick(tag_pool());
            if (std::find(q.tags.begin(), q.tags.end(), tag) == q.tags.end()) q.tags.push_back(tag);
        }
        // Sources: a guide and a number that no other question of the file uses.
        const std::uint32_t sources = random.between(1, 3);
        for (std::uint32_t k = 0; k < sources; ++k) {
            Provenance p;
            p.guide = numbered_id("g", random.below(12)).substr(5);  // "g-000007" -> "007"
            p.number = std::to_string(n * 4 + k);
            p.wording = words(random, length_between(random, 20, 200), 200, foreign);
            q.sources.push_back(std::move(p));
        }
        content.questions.push_back(std::move(q));
    }
    return content;
}

std::vector<Rubric> generate_rubrics(std::uint32_t seed) {
    Random random(seed ^ 0x5eedu);
    std::vector<Rubric> rubrics;
    auto competencies = bench_competencies();
    competencies.push_back({"generic", "General answer quality", "Any competency without its own rubric."});
    for (const auto& c : competencies) {
        Rubric r;
        r.id = c.id;
        r.name = c.name;
        r.competency_id = c.id == "generic" ? "" : c.id;
        r.description = "How well the answer shows " + c.name + ".";
        for (int score = 1; score <= 5; ++score) {
            RubricLevel level;
            level.score = score;
            level.label = default_level_labels()[static_cast<std::size_t>(score - 1)];
            level.anchor = words(random, length_between(random, 60, 240), 240, 5, "Describes");
            r.levels.push_back(std::move(level));
        }
        rubrics.push_back(std::move(r));
    }
    return rubrics;
}

Kit generate_kit(const BankContent& bank, const std::vector<Rubric>& rubrics, std::size_t question_count,
                 std::uint32_t seed) {
    Random random(seed ^ 0x417u);
    question_count = std::min(question_count, bank.questions.size());
    // Distinct questions: a random start and a stride coprime with the bank size visit each at most once.
    const auto size = static_cast<std::uint32_t>(bank.questions.size());
    std::vector<const Question*> chosen;
    if (size > 0) {
        std::uint32_t stride = random.between(1, std::max(1u, size - 1));
        const auto gcd = [](std::uint32_t a, std::uint32_t b) {
            while (b) {
                const std::uint32_t t = a % b;
                a = b;
                b = t;
            }
            return a;
        };
        while (gcd(stride, size) != 1) ++stride;
        std::uint32_t at = random.below(size);
        for (std::size_t k = 0; k < question_count; ++k, at = static_cast<std::uint32_t>((at + stride) % size))
            chosen.push_back(&bank.questions[at]);
    }

    Kit kit;
    auto& p = kit.properties;
    p.title = "Benchmark kit — " + std::to_string(question_count) + " questions";
    p.role_id = bank.roles.empty() ? "" : bank.roles.front().id;
    p.role_name = bank.roles.empty() ? "" : bank.roles.front().name;
    p.stage = "Panel";
    p.length_minutes = 90;
    p.instructions = "Ask every question as written; rate each answer against its anchors right after the interview.";
    p.author = "ikit-bench-gen";
    p.modified = "2024-09-17";
    p.paper = Paper::A4;
    kit.competencies = bank.competencies;
    for (const auto& c : bank.competencies) {
        KitSection section;
        section.id = kit.next_section_id();
        section.title = c.name;
        section.competency_id = c.id;
        kit.sections.push_back(std::move(section));
    }
    int next_id = 1;
    for (const Question* q : chosen) {
        const Rubric* rubric = nullptr;
        for (const auto& r : rubrics)
            if (r.id == q->main_competency()) rubric = &r;
        KitQuestion kq = make_kit_question(*q, rubric ? *rubric : Rubric{});
        kq.id = "q" + std::to_string(next_id++);
        auto section = std::find_if(kit.sections.begin(), kit.sections.end(),
                                    [&](const KitSection& s) { return s.competency_id == q->main_competency(); });
        if (section == kit.sections.end()) section = kit.sections.begin();
        section->questions.push_back(std::move(kq));
    }
    kit.sections.erase(std::remove_if(kit.sections.begin(), kit.sections.end(),
                                      [](const KitSection& s) { return s.questions.empty(); }),
                       kit.sections.end());
    return kit;
}

std::string bank_file_name(std::size_t question_count) {
    if (question_count >= 1000 && question_count % 1000 == 0)
        return "bank-" + std::to_string(question_count / 1000) + "k.xml";
    return "bank-" + std::to_string(question_count) + ".xml";
}

}  // namespace ikit::bench
