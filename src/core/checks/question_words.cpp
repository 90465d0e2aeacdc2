#include "checks/question_words.h"

#include "util/text.h"

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
        "has", "had", "having", "can", "could", "would", "will", "shall", "may", "might", "must", "what", "how",
        "why", "which", "who", "whom", "when", "where", "whose", "not",
        // interview filler: "can you please tell me about", "give an example of a time when", "walk me through"
        "please", "tell", "describe", "give", "example", "provide", "share", "walk", "through", "talk", "explain",
        "discuss", "mention", "time", "situation", "instance", "occasion", "case", "scenario", "experience",
        "some", "any", "all", "each", "every", "other", "another", "one", "such", "very", "more", "most", "just",
        "also", "ever", "previous", "past", "current", "believe", "feel", "know", "like", "want", "go", "went",
        "going", "get", "got", "make", "made", "way", "ways", "eg", "ie", "etc", "vs",
        // what is left of contractions: "you've", "we'll", "won't", "can't"
        "ve", "re", "ll", "d", "m", "s", "t", "ca", "wo",
        // the follow-up every behavioural question carries: "what did you do, and what was the outcome?"
        "outcome", "result", "results", "action", "actions", "step", "steps", "take", "took"};
    return words;
}

// Different words for the same thing.
const std::map<std::string, std::string>& synonyms() {
    static const std::map<std::string, std::string> words{
        {"dealt", "handle"},     {"deal", "handle"},        {"dealing", "handle"},  {"handling", "handle"},
        {"handled", "handle"},   {"challenging", "difficult"}, {"irate", "difficult"}, {"upset", "difficult"},
        {"angry", "difficult"},  {"using", "use"},          {"used", "use"},         {"uses", "use"},
        {"informed", "updated"}, {"kpi", "metric"},         {"kpis", "metric"},      {"indicators", "metric"},
        {"measure", "metric"},   {"measures", "metric"},    {"measuring", "metric"}, {"measured", "metric"}};
    return words;
}

bool ends_with(const std::string& word, const std::string& suffix) {
    return word.size() >= suffix.size() && word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Light stemming, enough to match "strategies"/"strategy", "implemented"/"implementing", "improve"/"improved".
std::string stem(std::string word) {
    if (word.size() > 4 && ends_with(word, "ies")) {
        word.replace(word.size() - 3, 3, "y");
    } else if (word.size() > 3 && ends_with(word, "s") && !ends_with(word, "ss") && !ends_with(word, "us") &&
               !ends_with(word, "is")) {
        word.pop_back();
    }
    for (const std::string suffix : {"ing", "ed", "ment"}) {
        if (word.size() > suffix.size() + 3 && ends_with(word, suffix)) {
            word.erase(word.size() - suffix.size());
            break;
        }
    }
    if (word.size() > 4 && word.back() == 'e') word.pop_back();
    return word;
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::string clean_question_text(const std::string& text) {
    const std::string lower = ascii_lower(text);
    std::string out;
    out.reserve(lower.size());
    for (std::size_t i = 0; i < lower.size(); ++i) {
        if (lower.compare(i, 3, "\xE2\x80\x99") == 0 || lower.compare(i, 3, "\xE2\x80\x98") == 0) {
            out += '\'';
            i += 2;
        } else if (is_ascii_space(lower[i])) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += lower[i];
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    // Abbreviations whose dots would otherwise end a sentence.
    for (const std::string abbreviation : {"e.g.", "i.e.", "etc.", "vs."}) {
        std::string bare;
        for (char c : abbreviation)
            if (c != '.') bare += c;
        for (std::size_t at = out.find(abbreviation); at != std::string::npos; at = out.find(abbreviation, at)) {
            const bool starts_word = at == 0 || !is_word_char(out[at - 1]);
            if (starts_word) out.replace(at, abbreviation.size(), bare);
            at += starts_word ? bare.size() : 1;
        }
    }
    return out;
}

std::vector<std::string> split_sentences(const std::string& cleaned) {
    std::vector<std::string> sentences;
    std::string current;
    for (std::size_t i = 0; i < cleaned.size(); ++i) {
        const char c = cleaned[i];
        current += c;
        const bool ends = c == '?' || c == '!' || (c == '.' && (i + 1 == cleaned.size() || cleaned[i + 1] == ' '));
        if (ends) {
            if (std::string t = trim(current); !t.empty() && t.find_first_not_of("?!. ") != std::string::npos)
                sentences.push_back(std::move(t));
            current.clear();
        }
    }
    if (std::string t = trim(current); !t.empty()) sentences.push_back(std::move(t));
    return sentences;
}

std::vector<std::string> plain_words(const std::string& cleaned) {
    std::string letters;
    const auto word_at = [&](std::size_t k) { return k < cleaned.size() && is_word_char(cleaned[k]); };
    for (std::size_t i = 0; i < cleaned.size(); ++i) {
        const char c = cleaned[i];
        if (c == '\'' && i + 1 < cleaned.size() && !word_at(i + 2)) {
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
        letters += word_at(i) ? c : ' ';
    }
    return split_words(letters);
}

std::vector<std::string> content_words(const std::string& cleaned) {
    std::vector<std::string> words;
    for (std::string word : plain_words(cleaned)) {
        if (stop_words().count(word)) continue;
        if (const auto it = synonyms().find(word); it != synonyms().end()) word = it->second;
        word = stem(word);
        if (stop_words().count(word)) continue;
        words.push_back(std::move(word));
    }
    return words;
}

bool is_follow_up_word(const std::string& content_word) {
    static const std::set<std::string> words = [] {
        std::set<std::string> s;
        for (const char* w : {"handle", "approach", "resolve", "issue", "problem", "address", "concern", "respond",
                              "response", "happen", "learn", "differently", "achieve", "impact", "effect", "end",
                              "lesson", "learned", "change", "improvement", "feedback", "react", "reaction", "next",
                              "afterwards", "later", "first", "role", "part", "contribution", "involved",
                              "challenge", "hardest", "biggest", "toughest", "mistake", "success", "wrong", "well",
                              "instead", "decide", "decision"})
            s.insert(stem(w));
        return s;
    }();
    return words.count(content_word) > 0;
}

double content_word_weight(const std::string& content_word) {
    static const std::map<std::string, double> low = [] {
        std::map<std::string, double> m;
        for (const char* w : {"customer", "service", "support", "handle", "ensure"}) m[stem(w)] = 0.25;
        for (const char* w : {"team", "company", "use", "improve", "manage", "work"}) m[stem(w)] = 0.5;
        return m;
    }();
    const auto it = low.find(content_word);
    return it == low.end() ? 1.0 : it->second;
}

}  // namespace ikit
