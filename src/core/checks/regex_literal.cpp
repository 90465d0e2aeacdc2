#include "checks/regex_literal.h"

#include <cstring>

namespace ikit {

namespace {

constexpr std::size_t kShortestRun = 3;

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

// True when the quantifier at pattern[i] allows zero repetitions.
bool allows_none(const std::string& p, std::size_t i) {
    return p[i] == '*' || p[i] == '?' || (p[i] == '{' && i + 1 < p.size() && p[i + 1] == '0');
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

// The pieces of `p` separated by '|' at its top level.
std::vector<std::string> top_level_choices(const std::string& p) {
    std::vector<std::string> choices;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= p.size();) {
        if (i == p.size() || p[i] == '|') {
            choices.push_back(p.substr(start, i - start));
            start = ++i;
            continue;
        }
        std::size_t next = i + 1;
        if (p[i] == '\\') next = i + 2;
        else if (p[i] == '(') next = past_group(p, i);
        else if (p[i] == '[') next = past_class(p, i);
        if (next == std::string::npos) return {p};  // malformed: treat as one piece
        i = next;
    }
    return choices;
}

// A pass over the top level of a pattern without '|': every plain run (with `run_found`) and every
// required group (its content, with `group_found`).
template <typename RunFound, typename GroupFound>
bool scan_sequence(const std::string& p, RunFound run_found, GroupFound group_found) {
    std::string run;
    const auto end_run = [&] {
        if (!run.empty()) run_found(run);
        run.clear();
    };
    std::size_t i = 0;
    while (i < p.size()) {
        const char c = p[i];
        if (c == '(' || c == '[' || c == '.') {
            const std::size_t next = c == '(' ? past_group(p, i) : c == '[' ? past_class(p, i) : i + 1;
            if (next == std::string::npos) return false;
            end_run();
            const bool optional = is_quantifier_at(p, next) && allows_none(p, next);
            if (c == '(' && !optional) {
                const bool zero_width = p.compare(i, 3, "(?=") == 0 || p.compare(i, 3, "(?!") == 0;
                const std::size_t body = p.compare(i, 3, "(?:") == 0 ? i + 3 : i + 1;
                if (!zero_width) group_found(p.substr(body, next - 1 - body));
            }
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
            if (i + 1 >= p.size()) return false;
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
    return true;
}

// One run from each alternative of `choices`; empty when some alternative has none.
std::vector<std::string> one_run_each(const std::vector<std::string>& choices) {
    std::vector<std::string> runs;
    for (const auto& choice : choices) {
        std::string run = required_literal(choice, 1);
        if (run.empty()) return {};
        runs.push_back(std::move(run));
    }
    return runs;
}

}  // namespace

std::string required_literal(const std::string& p, std::size_t shortest) {
    if (top_level_choices(p).size() != 1) return {};
    std::string best;
    if (!scan_sequence(p, [&](const std::string& run) { if (run.size() > best.size()) best = run; },
                       [](const std::string&) {}))
        return {};
    return best.size() >= shortest ? best : std::string();
}

RequiredTexts required_texts(const std::string& p) {
    RequiredTexts required;
    const std::vector<std::string> choices = top_level_choices(p);
    if (choices.size() > 1) {
        if (auto runs = one_run_each(choices); !runs.empty()) required.push_back(std::move(runs));
        return required;
    }
    const bool read = scan_sequence(
        p,
        [&](const std::string& run) {
            if (run.size() >= kShortestRun) required.push_back({run});
        },
        [&](const std::string& group) {
            if (auto runs = one_run_each(top_level_choices(group)); !runs.empty()) required.push_back(std::move(runs));
        });
    return read ? required : RequiredTexts{};
}

bool holds_required_texts(const std::string& text, const RequiredTexts& required) {
    for (const auto& entry : required) {
        bool found = false;
        for (const auto& alternative : entry)
            if (text.find(alternative) != std::string::npos) {
                found = true;
                break;
            }
        if (!found) return false;
    }
    return true;
}

}  // namespace ikit
