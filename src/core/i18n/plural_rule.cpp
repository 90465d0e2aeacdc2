#include "i18n/plural_rule.h"

#include "util/error.h"

#include <algorithm>
#include <cctype>

namespace ikit {

namespace {

// A hostile catalog may nest or chain without end: the parse tree is kept shallow and small.
constexpr int kMaxDepth = 64;
constexpr std::size_t kMaxNodes = 512;
constexpr std::size_t kMaxPlurals = 100;

// Recursive descent over C's precedence: ?: || && (== !=) (< <= > >=) (+ -) (* / %) ! primary.
class Parser {
public:
    Parser(std::string_view text, std::vector<PluralRule::Node>& nodes) : text_(text), nodes_(nodes) {}

    int parse_all() {
        int root = conditional();
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == ';') ++pos_;
        skip_space();
        if (pos_ != text_.size()) fail("unexpected \"" + std::string(1, text_[pos_]) + "\"");
        return root;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw Error("bad plural expression at character " + std::to_string(pos_ + 1) + ": " + what);
    }

    void skip_space() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    }

    bool take(std::string_view token) {
        skip_space();
        if (text_.substr(pos_, token.size()) != token) return false;
        // "<" must not match the start of "<=", "!" not the start of "!=", "=" is never alone.
        if (token.size() == 1 && (token == "<" || token == ">" || token == "!") && pos_ + 1 < text_.size() &&
            text_[pos_ + 1] == '=')
            return false;
        pos_ += token.size();
        return true;
    }

    int add(PluralRule::Node node) {
        if (nodes_.size() >= kMaxNodes) fail("the expression is too long");
        int depth = 1;
        for (int child : {node.a, node.b, node.c})
            if (child >= 0) depth = std::max(depth, depths_[static_cast<std::size_t>(child)] + 1);
        if (depth > kMaxDepth) fail("the expression is nested too deeply");
        nodes_.push_back(node);
        depths_.push_back(depth);
        return static_cast<int>(nodes_.size() - 1);
    }

    struct Nesting {
        explicit Nesting(Parser& p) : p_(p) {
            if (++p_.nesting_ > kMaxDepth) p_.fail("the expression is nested too deeply");
        }
        ~Nesting() { --p_.nesting_; }
        Parser& p_;
    };

    int conditional() {
        Nesting guard(*this);
        int cond = logical_or();
        if (!take("?")) return cond;
        int yes = conditional();
        if (!take(":")) fail("\"?\" without \":\"");
        int no = conditional();
        return add({'?', 0, cond, yes, no});
    }

    // Left-associative binary levels: each lists its operators and their node codes.
    template <typename Next>
    int binary(Next next, std::initializer_list<std::pair<std::string_view, char>> ops) {
        int left = (this->*next)();
        for (;;) {
            bool matched = false;
            for (const auto& [token, code] : ops) {
                if (take(token)) {
                    int right = (this->*next)();
                    left = add({code, 0, left, right, -1});
                    matched = true;
                    break;
                }
            }
            if (!matched) return left;
        }
    }

    int logical_or() { return binary(&Parser::logical_and, {{"||", '|'}}); }
    int logical_and() { return binary(&Parser::equality, {{"&&", '&'}}); }
    int equality() { return binary(&Parser::relation, {{"==", '='}, {"!=", 'N'}}); }
    int relation() { return binary(&Parser::additive, {{"<=", 'l'}, {">=", 'g'}, {"<", '<'}, {">", '>'}}); }
    int additive() { return binary(&Parser::multiplicative, {{"+", '+'}, {"-", '-'}}); }
    int multiplicative() { return binary(&Parser::unary, {{"*", '*'}, {"/", '/'}, {"%", '%'}}); }

    int unary() {
        Nesting guard(*this);
        if (take("!")) return add({'!', 0, unary(), -1, -1});
        return primary();
    }

    int primary() {
        skip_space();
        if (take("(")) {
            int inner = conditional();
            if (!take(")")) fail("\"(\" without \")\"");
            return inner;
        }
        if (pos_ < text_.size() && text_[pos_] == 'n') {
            ++pos_;
            return add({'n', 0, -1, -1, -1});
        }
        if (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
            unsigned long value = 0;
            while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
                if (value > 99999999UL) fail("a number is too large");
                value = value * 10 + static_cast<unsigned long>(text_[pos_] - '0');
                ++pos_;
            }
            return add({'#', value, -1, -1, -1});
        }
        fail(pos_ < text_.size() ? "unexpected \"" + std::string(1, text_[pos_]) + "\"" : "the expression ends early");
    }

    std::string_view text_;
    std::vector<PluralRule::Node>& nodes_;
    std::vector<int> depths_;
    std::size_t pos_ = 0;
    int nesting_ = 0;
};

// The value after "name=" in a Plural-Forms header, up to the next ";" (or the end); npos when missing.
std::size_t find_field(std::string_view text, std::string_view name) {
    for (std::size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
        bool starts_word = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
        std::size_t after = at + name.size();
        while (after < text.size() && text[after] == ' ') ++after;
        if (starts_word && after < text.size() && text[after] == '=') return after + 1;
    }
    return std::string_view::npos;
}

}  // namespace

PluralRule::PluralRule() {
    nodes_ = {{'n', 0, -1, -1, -1}, {'#', 1, -1, -1, -1}, {'N', 0, 0, 1, -1}};
    root_ = 2;
}

PluralRule PluralRule::parse(std::string_view plural_forms) {
    PluralRule rule;
    std::size_t count_at = find_field(plural_forms, "nplurals");
    if (count_at == std::string_view::npos) throw Error("the Plural-Forms header has no nplurals");
    while (count_at < plural_forms.size() && plural_forms[count_at] == ' ') ++count_at;
    std::size_t count = 0;
    std::size_t digits = 0;
    while (count_at < plural_forms.size() && std::isdigit(static_cast<unsigned char>(plural_forms[count_at])) &&
           digits < 4) {
        count = count * 10 + static_cast<std::size_t>(plural_forms[count_at++] - '0');
        ++digits;
    }
    if (digits == 0 || count < 1 || count > kMaxPlurals)
        throw Error("the Plural-Forms header's nplurals is not a number from 1 to " + std::to_string(kMaxPlurals));
    std::size_t expr_at = find_field(plural_forms, "plural");
    if (expr_at == std::string_view::npos) throw Error("the Plural-Forms header has no plural expression");
    std::string_view expr = plural_forms.substr(expr_at);
    expr = expr.substr(0, std::min(expr.size(), expr.find(';') == std::string_view::npos ? expr.size()
                                                                                          : expr.find(';') + 1));
    rule.nplurals_ = count;
    rule.nodes_.clear();
    Parser parser(expr, rule.nodes_);
    rule.root_ = parser.parse_all();
    return rule;
}

unsigned long PluralRule::eval(int index, unsigned long n) const {
    const Node& node = nodes_[static_cast<std::size_t>(index)];
    switch (node.op) {
        case 'n': return n;
        case '#': return node.value;
        case '!': return eval(node.a, n) == 0 ? 1 : 0;
        case '?': return eval(node.a, n) != 0 ? eval(node.b, n) : eval(node.c, n);
        case '&': return (eval(node.a, n) != 0 && eval(node.b, n) != 0) ? 1 : 0;
        case '|': return (eval(node.a, n) != 0 || eval(node.b, n) != 0) ? 1 : 0;
        default: break;
    }
    const unsigned long a = eval(node.a, n);
    const unsigned long b = eval(node.b, n);
    switch (node.op) {
        case '=': return a == b;
        case 'N': return a != b;
        case '<': return a < b;
        case 'l': return a <= b;
        case '>': return a > b;
        case 'g': return a >= b;
        case '+': return a + b;
        case '-': return a - b;
        case '*': return a * b;
        case '/': return b == 0 ? 0 : a / b;
        case '%': return b == 0 ? 0 : a % b;
        default: return 0;
    }
}

std::size_t PluralRule::index(unsigned long n) const {
    const unsigned long value = eval(root_, n);
    return value >= nplurals_ ? nplurals_ - 1 : static_cast<std::size_t>(value);
}

}  // namespace ikit
