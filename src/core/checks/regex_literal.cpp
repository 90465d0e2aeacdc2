#include "checks/regex_literal.h"

#include <cstring>

namespace ikit {

namespace {

constexpr std::size_t kShortestUseful = 3;

// Index just past the group that opens at pattern[open] ('('), or npos when it is not closed.
std::size_t past_group(const std::string& p, std::size_t open) {
    int depth = 0;
    bool in_class = false;
    for (std::size_t i = open; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '\\') {
            ++i;
        } else if (in_class) {
            if (c == ']') in_class = false;
        } else if (c == '[') {
            in_class = true;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            return i + 1;
        }
    }
    return std::string::npos;
}

// Index just past the character class that opens at pattern[open] ('['), or npos.
std::size_t past_class(const std::string& p, std::size_t open) {
    std::size_t i = open + 1;
    if (i < p.size() && p[i] == '^') ++i;
    if (i < p.size() && p[i] == ']') ++i;  // a leading ] is a plain member
    for (; i < p.size(); ++i) {
        if (p[i] == '\\')
            ++i;
        else if (p[i] == ']')
            return i + 1;
    }
    return std::string::npos;
}

bool is_quantifier_at(const std::string& p, std::size_t i) {
    return i < p.size() && (p[i] == '*' || p[i] == '+' || p[i] == '?' || p[i] == '{');
}

// Index just past the quantifier at pattern[i] (and its lazy '?').
std::size_t past_quantifier(const std::string& p, std::size_t i) {
    if (p[i] == '{') {
        const std::size_t close = p.find('}', i);
        i = close == std::string::npos ? p.size() : close + 1;
    } else {
        ++i;
    }
    if (i < p.size() && p[i] == '?') ++i;
    return i;
}

}  // namespace

std::string required_literal(const std::string& p) {
    std::string best, run;
    const auto end_run = [&] {
        if (run.size() > best.size()) best = run;
        run.clear();
    };
    std::size_t i = 0;
    while (i < p.size()) {
        const char c = p[i];
        if (c == '|') return {};  // alternatives at the top: nothing is certain
        if (c == '(' || c == '[' || c == '.') {
            const std::size_t next = c == '(' ? past_group(p, i) : c == '[' ? past_class(p, i) : i + 1;
            if (next == std::string::npos) return {};
            end_run();
            i = is_quantifier_at(p, next) ? past_quantifier(p, next) : next;
            continue;
        }
        if (c == '^' || c == '$') {  // zero-width: the text around stays adjacent
            ++i;
            continue;
        }
        if (is_quantifier_at(p, i)) {  // the character before may be absent or repeated
            if (!run.empty()) run.pop_back();
            end_run();
            i = past_quantifier(p, i);
            continue;
        }
        char literal = c;
        std::size_t next = i + 1;
        if (c == '\\') {
            if (i + 1 >= p.size()) return {};
            const char e = p[i + 1];
            next = i + 2;
            if (e == 'b' || e == 'B') {  // zero-width
                i = next;
                continue;
            }
            if (std::strchr("dDsSwWnrtfvcxu0123456789k", e) != nullptr) {  // a class or a coded character
                end_run();
                i = is_quantifier_at(p, next) ? past_quantifier(p, next) : next;
                continue;
            }
            literal = e;  // an escaped punctuation character stands for itself
        }
        if (is_quantifier_at(p, next)) {
            end_run();
            i = past_quantifier(p, next);
            continue;
        }
        run += literal;
        i = next;
    }
    end_run();
    return best.size() >= kShortestUseful ? best : std::string();
}

}  // namespace ikit
