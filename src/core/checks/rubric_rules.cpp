#include "checks/rubric_rules.h"

#include "i18n/text_fill.h"
#include "i18n/tr.h"
#include "util/text.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace ikit {

bool is_evaluative_only(const std::string& anchor) {
    // Words that judge without describing, and the filler that goes with them; an anchor made only of
    // these ("An excellent answer that exceeds the bar") names no behaviour an interviewer could observe.
    static const std::set<std::string> evaluative{
        // judgements
        "good", "great", "poor", "bad", "excellent", "outstanding", "weak", "strong", "average", "adequate",
        "fair", "ok", "okay", "fine", "solid", "exceptional", "satisfactory", "unsatisfactory", "acceptable",
        "unacceptable", "superb", "terrible", "mediocre", "clear", "impressive", "basic", "limited", "little",
        "thorough", "perfect", "brilliant", "amazing", "awesome", "decent", "sound", "competent", "incompetent",
        "sufficient", "insufficient", "inadequate", "exemplary", "superior", "inferior", "ideal", "awful", "best",
        "worst", "better", "worse", "high", "low", "top", "nice", "reasonable", "appropriate", "inappropriate",
        "effective", "ineffective", "promising", "disappointing", "lacks", "lacking", "depth", "detail",
        "detailed", "shallow", "well", "structured", "professional",
        // degree
        "very", "really", "quite", "somewhat", "highly", "extremely", "truly", "fully", "mostly", "partly",
        "partially", "generally", "rather", "pretty", "slightly", "more", "most", "less", "least", "bit",
        // what is judged
        "answer", "response", "answers", "responses", "candidate", "overall", "performance", "level", "quality",
        "understanding", "knowledge", "skills", "skill", "ability", "fit", "role", "job", "hire",
        // scale talk
        "meets", "meet", "met", "expectations", "expectation", "expected", "exceeds", "exceeded", "below", "above",
        "bar", "standard", "standards", "requirements", "required",
        // filler
        "a", "an", "the", "is", "was", "be", "would", "not", "no", "and", "or", "but", "that", "who", "which",
        "with", "in", "of", "to", "for", "this", "it", "they", "their", "has", "have", "had", "than", "some",
        "gives", "gave", "shows", "showed", "demonstrates", "demonstrated", "all", "around",
        // references to other levels ("as level 4 but more so", "better than 3")
        "as", "than", "same", "like", "plus", "previous", "next", "even", "much", "so", "one", "two", "three",
        "four", "five", "1", "2", "3", "4", "5", "levels", "score", "scores"};
    std::string cleaned;
    for (char c : ascii_lower(anchor)) cleaned += (std::isalnum(static_cast<unsigned char>(c)) ? c : ' ');
    const auto words = split_words(cleaned);
    if (words.empty()) return false;  // an empty anchor is reported as missing, not as evaluative
    if (words.size() > 12) return false;
    return std::all_of(words.begin(), words.end(), [&](const std::string& w) { return evaluative.count(w) > 0; });
}

namespace {

// Words that may come before a piece's verb without making it a different piece ("and then tracks …").
bool is_leading_adverb(const std::string& w) {
    static const std::set<std::string> words{"also", "then", "clearly", "explicitly", "still", "only", "always",
                                             "never", "actively", "openly", "calmly", "promptly", "early", "later",
                                             "afterwards", "usually", "often", "rarely", "first", "finally", "even",
                                             "quickly", "regularly", "personally", "visibly", "directly", "not"};
    return words.count(w) > 0;
}

// True when `w` (lower case) reads as the verb that starts a condition: a third-person "-s" form, a past
// "-ed" form, or a common irregular or modal verb; not a plural noun or an "-ed" adjective of the kind
// anchors use.
bool looks_like_verb(const std::string& w) {
    static const std::set<std::string> irregular{
        "set", "led", "won", "built", "gave", "kept", "made", "ran", "took", "put", "got", "held", "brought",
        "found", "told", "chose", "drove", "wrote", "cut", "met", "saw", "knew", "began", "grew", "sought", "spent",
        "sent", "left", "lost", "paid", "taught", "understood", "can", "cannot", "could", "can't", "did", "does",
        "has", "had", "is", "was", "will", "would", "says", "said", "gets", "lets", "let", "runs", "sets", "puts",
        "fails", "hires", "fired", "asks", "acts", "adds", "owns", "uses", "names", "lists", "gives", "keeps"};
    static const std::set<std::string> not_verbs{
        // plural nouns anchors list as objects
        "customers", "agents", "teams", "metrics", "tickets", "results", "issues", "trends", "options", "risks",
        "stakeholders", "steps", "numbers", "others", "members", "leaders", "managers", "costs", "goals",
        "targets", "tools", "channels", "queues", "complaints", "comments", "examples", "ideas", "figures",
        "measures", "values", "levels", "dates", "months", "weeks", "days", "years", "hours", "minutes", "sites",
        "tiers", "contacts", "calls", "emails", "chats", "surveys", "scores", "peers", "colleagues", "employees",
        "executives", "partners", "vendors", "products", "services", "policies", "processes", "systems", "rules",
        "routines", "habits", "priorities", "decisions", "actions", "outcomes", "problems", "kpis", "slas",
        "leads", "roles", "people's", "needs", "feelings", "effects", "benefits", "gains", "savings", "hires",
        "this", "its", "his", "hers", "theirs", "ours", "yours", "always", "perhaps", "sometimes", "less", "unless",
        // "-ed" adjectives
        "detailed", "measured", "defined", "structured", "limited", "shared", "varied", "mixed", "related",
        "based", "focused", "balanced", "targeted", "automated", "repeated", "expected", "unexpected", "named",
        "skilled", "informed", "agreed-upon", "red", "need", "speed", "feed", "seed", "bed", "shed"};
    if (w.size() < 3 || not_verbs.count(w)) return false;
    if (irregular.count(w)) return true;
    const auto ends = [&](const char* tail) {
        const std::string t(tail);
        return w.size() > t.size() + 1 && w.compare(w.size() - t.size(), t.size(), t) == 0;
    };
    if (ends("ed")) return true;
    if (ends("s") && !ends("ss") && !ends("us") && !ends("is") && !ends("'s")) return true;
    return false;
}

// The first word of a piece that is not a leading adverb, lower case, punctuation stripped.
std::string first_content_word(const std::string& piece) {
    for (const auto& raw : split_words(piece)) {
        std::string w;
        for (char c : ascii_lower(raw))
            if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || c == '-') w += c;
        if (w.empty() || is_leading_adverb(w)) continue;
        return w;
    }
    return "";
}

enum class Joiner { Start, Comma, And, Or };

struct Piece {
    std::string text;
    Joiner joiner;  // what joins it to the piece before
};

// One clause cut at commas and coordinating words, each piece with the word that joined it.
std::vector<Piece> pieces_of(const std::string& clause) {
    static const std::vector<std::pair<std::string, Joiner>> words{
        {" as well as ", Joiner::And}, {" and ", Joiner::And}, {" but ", Joiner::And}, {" plus ", Joiner::And},
        {" while ", Joiner::And},      {" or ", Joiner::Or}};
    std::vector<Piece> pieces;
    const std::string text = " " + ascii_lower(clause) + " ";
    std::string current;
    Joiner joiner = Joiner::Start;
    const auto flush = [&](Joiner next) {
        if (!trim(current).empty()) pieces.push_back({trim(current), joiner});
        joiner = next;
        current.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == ',') {
            flush(Joiner::Comma);
            ++i;
            continue;
        }
        bool matched = false;
        for (const auto& [word, kind] : words)
            if (text.compare(i, word.size(), word) == 0) {
                if (trim(current).empty() && !pieces.empty()) {
                    joiner = kind;  // ", and …": the word, not the comma, joins
                } else {
                    flush(kind);
                }
                i += word.size() - 1;  // keep the trailing space
                matched = true;
                break;
            }
        if (matched) continue;
        current += text[i++];
    }
    flush(Joiner::Comma);
    return pieces;
}

}  // namespace

int count_anchor_conditions(const std::string& anchor) {
    if (trim(anchor).empty()) return 0;
    int conditions = 0;
    std::size_t start = 0;
    for (;;) {
        const std::size_t semicolon = anchor.find(';', start);
        const std::string clause = anchor.substr(start, semicolon == std::string::npos ? std::string::npos : semicolon - start);
        const auto pieces = pieces_of(clause);
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            if (i == 0) {
                ++conditions;  // every clause sets at least one condition
                continue;
            }
            // A piece after a comma belongs to the list the next word closes: "A, B, or C" are alternatives.
            Joiner joiner = pieces[i].joiner;
            for (std::size_t j = i; joiner == Joiner::Comma && j + 1 < pieces.size(); ++j) joiner = pieces[j + 1].joiner;
            if (joiner == Joiner::Or) continue;
            // A verb with something it acts on; a lone word is an item of a list ("phases, people and dependencies").
            if (split_words(pieces[i].text).size() >= 2 && looks_like_verb(first_content_word(pieces[i].text)))
                ++conditions;
        }
        if (semicolon == std::string::npos) break;
        start = semicolon + 1;
    }
    return conditions;
}

std::vector<int> missing_examples(const Rubric& rubric) {
    std::vector<int> missing;
    if (rubric.levels.empty()) return missing;
    std::vector<int> wanted{rubric.levels.front().score, rubric.levels[rubric.levels.size() / 2].score,
                            rubric.levels.back().score};
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    for (int score : wanted)
        if (!rubric.example(score)) missing.push_back(score);
    return missing;
}

namespace {

// Scores run 1, 2, 3, … with none left out (a missing level leaves interviewers guessing what lies between).
void check_level_numbers(const Rubric& rubric, std::vector<RubricProblem>& problems) {
    int expected = 1;
    for (const auto& level : rubric.levels) {
        if (level.score < expected) continue;  // out of order or repeated: reported with the level
        for (; expected < level.score; ++expected)
            problems.push_back({expected, fill(tr("level {1} is missing: number the levels from 1 with none left out"),
                                               {std::to_string(expected)})});
        expected = level.score + 1;
    }
}

}  // namespace

std::vector<RubricProblem> check_rubric(const Rubric& rubric) {
    std::vector<RubricProblem> problems;
    const auto n = rubric.levels.size();
    if (n < 4 || n > 5)
        problems.push_back({0, fill(trn("has {1} level; a rating scale needs 4 or 5",
                                        "has {1} levels; a rating scale needs 4 or 5", static_cast<unsigned long>(n)),
                                    {std::to_string(n)})});
    check_level_numbers(rubric, problems);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& level = rubric.levels[i];
        if (i > 0 && level.score <= rubric.levels[i - 1].score)
            problems.push_back({level.score, fill(tr("level {1} is out of order: scores must rise from the lowest "
                                                     "level to the highest"),
                                                  {std::to_string(level.score)})});
        if (trim(level.anchor).empty()) {
            problems.push_back({level.score, fill(tr("level {1} has no anchor: describe what an answer at this level "
                                                     "sounds like"),
                                                  {std::to_string(level.score)})});
            continue;
        }
        if (is_evaluative_only(level.anchor))
            problems.push_back({level.score, fill(tr("level {1} anchor \"{2}\" only judges; describe the observable "
                                                     "behaviour instead"),
                                                  {std::to_string(level.score), trim(level.anchor)})});
        for (std::size_t j = 0; j < i; ++j)
            if (iequals(trim(rubric.levels[j].anchor), trim(level.anchor)))
                problems.push_back({level.score, fill(tr("level {1} has the same anchor as level {2}"),
                                                      {std::to_string(level.score),
                                                       std::to_string(rubric.levels[j].score)})});
        const int conditions = count_anchor_conditions(level.anchor);
        if (conditions > kMaxAnchorConditions)
            problems.push_back({level.score,
                                fill(tr("level {1} anchor stacks {2} conditions; keep at most {3} observable ones so "
                                        "the level is awarded consistently"),
                                     {std::to_string(level.score), std::to_string(conditions),
                                      std::to_string(kMaxAnchorConditions)}),
                                /*heuristic=*/true});
    }
    for (const auto& example : rubric.examples)
        if (!rubric.level(example.score))
            problems.push_back({example.score, fill(tr("the example answer for level {1} is for a level the rubric "
                                                       "does not have"),
                                                    {std::to_string(example.score)})});
    return problems;
}

}  // namespace ikit
