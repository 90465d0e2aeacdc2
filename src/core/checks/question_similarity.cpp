#include "checks/question_similarity.h"

#include "util/text.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace ikit {

namespace {

// Function words, question openers and interview filler: they say how a question is asked, not what.
const std::set<std::string>& stop_words() {
    static const std::set<std::string> words{
        // function words
        "a", "an", "the", "of", "to", "in", "on", "for", "with", "and", "or", "but", "at", "by", "from", "as",
        "into", "about", "over", "under", "than", "then", "so", "if", "i", "me", "my", "we", "us", "our", "you",
        "your", "yours", "yourself", "they", "them", "their", "it", "its", "this", "that", "these", "those",
        "there", "here", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have",
        "has", "had", "having", "can", "could", "would", "will", "shall", "may", "might", "must",
        "what", "how", "why", "which", "who", "whom", "when", "where", "whose", "not",
        // interview filler: "can you please tell me about", "give an example of a time when", "walk me through"
        "please", "tell", "describe", "give", "example", "provide", "share", "walk", "through", "talk", "explain",
        "discuss", "mention", "time", "situation", "instance", "occasion", "case", "scenario", "experience",
        "some", "any", "all", "each", "every", "other", "another", "one", "such", "very", "more", "most", "just",
        "also", "ever", "previous", "past", "current", "believe", "feel", "know", "like", "want", "go", "went",
        "going", "get", "got", "make", "made", "way", "ways", "e", "g", "eg", "etc",
        // what is left of contractions: "you've", "we'll", "won't", "can't"
        "ve", "re", "ll", "d", "m", "s", "t", "ca", "wo",
        // the follow-up every behavioural question carries: "what did you do, and what was the outcome?"
        "outcome", "result", "results", "action", "actions", "step", "steps", "take", "took"};
    return words;
}

// Different words for the same ask.
const std::map<std::string, std::string>& synonyms() {
    static const std::map<std::string, std::string> words{
        {"dealt", "handle"},   {"deal", "handle"},        {"dealing", "handle"}, {"handling", "handle"},
        {"handled", "handle"}, {"challenging", "difficult"}, {"irate", "difficult"}, {"upset", "difficult"},
        {"angry", "difficult"}, {"using", "use"},    {"used", "use"},         {"uses", "use"},
        {"informed", "updated"}, {"kpi", "metric"},      {"kpis", "metric"},    {"indicators", "metric"}};
    return words;
}

bool ends_with(const std::string& word, const char* suffix) {
    const std::string s(suffix);
    return word.size() >= s.size() && word.compare(word.size() - s.size(), s.size(), s) == 0;
}

// Light stemming, enough to match "strategies"/"strategy", "implemented"/"implementing", "improve"/"improved".
std::string stem(std::string word) {
    if (word.size() > 4 && ends_with(word, "ies")) {
        word.replace(word.size() - 3, 3, "y");
    } else if (word.size() > 3 && ends_with(word, "s") && !ends_with(word, "ss") && !ends_with(word, "us") &&
               !ends_with(word, "is")) {
        word.pop_back();
    }
    for (const char* suffix : {"ing", "ed", "ment"}) {
        const std::size_t n = std::char_traits<char>::length(suffix);
        if (word.size() > n + 3 && ends_with(word, suffix)) {
            word.erase(word.size() - n);
            break;
        }
    }
    if (word.size() > 4 && word.back() == 'e') word.pop_back();
    return word;
}

// Words every customer-service leadership question uses; sharing them says little.
double weight(const std::string& stemmed) {
    static const std::map<std::string, double> low = [] {
        std::map<std::string, double> m;
        for (const char* w : {"customer", "service", "support", "handle", "ensure"}) m[stem(w)] = 0.25;
        for (const char* w : {"team", "company", "use", "improve", "manage", "work"}) m[stem(w)] = 0.5;
        return m;
    }();
    const auto it = low.find(stemmed);
    return it == low.end() ? 1.0 : it->second;
}

}  // namespace

namespace {

// The content words of one piece of text (no sentence handling).
std::vector<std::string> content_words(const std::string& cleaned) {
    std::string letters;
    const auto is_word_char = [&](std::size_t k) {
        return k < cleaned.size() && std::isalnum(static_cast<unsigned char>(cleaned[k]));
    };
    for (std::size_t i = 0; i < cleaned.size(); ++i) {
        const char c = cleaned[i];
        if (c == '\'' && i + 1 < cleaned.size() && !is_word_char(i + 2)) {
            if (cleaned[i + 1] == 's') {  // "customer's" -> "customer"
                ++i;
                continue;
            }
            if (cleaned[i + 1] == 't' && !letters.empty() && letters.back() == 'n') {  // "couldn't" -> "could"
                letters.back() = ' ';
                ++i;
                continue;
            }
        }
        letters += is_word_char(i) ? c : ' ';
    }
    std::vector<std::string> words;
    for (std::string word : split_words(letters)) {
        if (stop_words().count(word)) continue;
        if (const auto it = synonyms().find(word); it != synonyms().end()) word = it->second;
        word = stem(word);
        if (stop_words().count(word)) continue;
        words.push_back(word);
    }
    return words;
}

// Words of a generic follow-up ("How did you handle it?", "What actions did you take to resolve the issue?").
bool is_follow_up_word(const std::string& stemmed) {
    static const std::set<std::string> words = [] {
        std::set<std::string> s;
        for (const char* w : {"handle", "approach", "resolve", "issue", "problem", "address", "concern", "respond",
                              "response", "happen", "learn", "differently", "achieve", "impact", "effect", "end"})
            s.insert(stem(w));
        return s;
    }();
    return words.count(stemmed) > 0;
}

}  // namespace

std::vector<std::string> comparison_words(const std::string& text) {
    // Lower-case and turn typographic apostrophes into '.
    const std::string lower = ascii_lower(text);
    std::string cleaned;
    for (std::size_t i = 0; i < lower.size(); ++i) {
        if (lower.compare(i, 3, "\xE2\x80\x99") == 0 || lower.compare(i, 3, "\xE2\x80\x98") == 0) {
            cleaned += '\'';
            i += 2;
        } else {
            cleaned += lower[i];
        }
    }
    // Sentence by sentence: a later sentence that is only a generic follow-up adds nothing to what is asked.
    std::vector<std::string> words;
    std::size_t start = 0;
    bool first = true;
    while (start < cleaned.size()) {
        std::size_t end = start;
        while (end < cleaned.size()) {
            const char c = cleaned[end];
            const bool stop = c == '?' || c == '!' ||
                              (c == '.' && (end + 1 == cleaned.size() || cleaned[end + 1] == ' ') &&
                               !(end >= 2 && cleaned[end - 2] == '.'));  // not the last dot of "e.g."
            ++end;
            if (stop) break;
        }
        const auto sentence = content_words(cleaned.substr(start, end - start));
        const bool follow_up = std::all_of(sentence.begin(), sentence.end(), is_follow_up_word);
        if (first || !follow_up) words.insert(words.end(), sentence.begin(), sentence.end());
        if (!sentence.empty()) first = false;
        start = end;
    }
    return words;
}

double question_similarity(const std::string& a, const std::string& b) {
    const auto wa = comparison_words(a);
    const auto wb = comparison_words(b);
    const std::set<std::string> sa(wa.begin(), wa.end());
    const std::set<std::string> sb(wb.begin(), wb.end());
    if (sa.empty() || sb.empty()) return 0.0;
    double shared = 0.0, all = 0.0;
    for (const auto& w : sa) {
        all += weight(w);
        if (sb.count(w)) shared += weight(w);
    }
    for (const auto& w : sb)
        if (!sa.count(w)) all += weight(w);
    return all > 0.0 ? shared / all : 0.0;
}

}  // namespace ikit
